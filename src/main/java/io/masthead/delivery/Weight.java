package io.masthead.delivery;

import io.quarkus.qute.RawString;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Hibernate;

/**
 * About how many bytes of heap a cached value holds, so the caches can be bounded in bytes rather
 * than entries: an archive article's data is tens of kilobytes, a rail's HTML a few. Walks records,
 * collections, maps, strings and this application's entities (never into an association Hibernate
 * has not loaded), each object once. An estimate: object headers and strings dominate, and that is
 * what it counts.
 */
final class Weight {

    private static final int HEADER = 16;
    private static final int REFERENCE = 8;
    /** A value bigger than this is not walked further; it is counted as this big. */
    private static final int MAX_OBJECTS = 20_000;
    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c.getName().startsWith("io.masthead."); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !field.getName().startsWith("$$")
                            && !field.isSynthetic() && field.trySetAccessible()) {
                        fields.add(field);
                    }
                }
            }
            return fields;
        }
    };

    /** Record accessors of reference type, made accessible once per class (doing it per call was most of the cost). */
    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> accessors = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                if (!component.getType().isPrimitive() && accessor.trySetAccessible()) {
                    accessors.add(accessor);
                }
            }
            return List.copyOf(accessors);
        }
    };

    private final IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
    private long bytes;

    private Weight() {
    }

    /** The estimate in bytes, at most Integer.MAX_VALUE. */
    static int of(Object value) {
        Weight weight = new Weight();
        weight.add(value);
        return (int) Math.min(Integer.MAX_VALUE, weight.bytes);
    }

    private void add(Object value) {
        if (value == null || seen.size() > MAX_OBJECTS || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof CharSequence text) {
            // Latin-1 strings hold a byte a character, others two: count two, the safe side.
            bytes += HEADER + 24 + 2L * text.length();
        } else if (value instanceof RawString raw) {
            bytes += HEADER;
            add(raw.getValue());
        } else if (value instanceof byte[] array) {
            bytes += HEADER + array.length;
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof java.time.temporal.Temporal || value instanceof Character) {
            bytes += HEADER + 8;
        } else if (!Hibernate.isInitialized(value)) {
            bytes += HEADER + REFERENCE;
        } else if (value instanceof Collection<?> items) {
            bytes += HEADER + 16 + (long) REFERENCE * items.size();
            items.forEach(this::add);
        } else if (value instanceof Map<?, ?> map) {
            bytes += HEADER + 32L * map.size();
            map.forEach((k, v) -> {
                add(k);
                add(v);
            });
        } else if (value instanceof Object[] array) {
            bytes += HEADER + (long) REFERENCE * array.length;
            for (Object item : array) {
                add(item);
            }
        } else if (value.getClass().isRecord()) {
            addRecord(value);
        } else {
            addFields(value);
        }
    }

    private void addRecord(Object record) {
        List<Method> accessors = ACCESSORS.get(record.getClass());
        bytes += HEADER + (long) REFERENCE * accessors.size();
        for (Method accessor : accessors) {
            try {
                add(accessor.invoke(record));
            } catch (ReflectiveOperationException | RuntimeException e) {
                bytes += REFERENCE;
            }
        }
    }

    private void addFields(Object object) {
        List<Field> fields = FIELDS.get(object.getClass());
        bytes += HEADER + (long) REFERENCE * fields.size();
        for (Field field : fields) {
            if (field.getType().isPrimitive()) {
                continue;
            }
            try {
                add(field.get(object));
            } catch (IllegalAccessException | RuntimeException e) {
                bytes += REFERENCE;
            }
        }
    }
}
