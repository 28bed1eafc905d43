package io.masthead.admin;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.MessageInterpolator;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Constraint messages come from the newsroom's message bundle, like every visible string: a
 * template {@code "{tooLong}"} calls {@link NewsroomMessages#tooLong(int)} with the constraint's
 * {@code max}. Any other template (the built-in defaults) is interpolated as Bean Validation does.
 */
@ApplicationScoped
public class BundleMessageInterpolator implements MessageInterpolator {

    private final MessageInterpolator fallback = new ParameterMessageInterpolator();
    private final Map<String, Optional<Method>> methods = new ConcurrentHashMap<>();

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Locale.ROOT);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        Optional<Method> method = template.startsWith("{") && template.endsWith("}")
                ? methods.computeIfAbsent(template.substring(1, template.length() - 1), BundleMessageInterpolator::find)
                : Optional.empty();
        if (method.isEmpty()) {
            return fallback.interpolate(template, context, locale);
        }
        Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
        Object[] args = Arrays.stream(method.get().getParameters()).map(Parameter::getName).map(attributes::get).toArray();
        try {
            return (String) method.get().invoke(MessageBundles.get(NewsroomMessages.class), args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot render the message " + template, e);
        }
    }

    private static Optional<Method> find(String key) {
        return Arrays.stream(NewsroomMessages.class.getMethods()).filter(m -> m.getName().equals(key)).findFirst();
    }
}
