package io.masthead.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;

/** The list and form pages the simple newsroom resources (tags, sections, authors, videos, users, settings) share. */
public final class NewsroomPages {

    public record Row(String edit, List<String> cells) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(String title, String newUrl, List<String> headings, List<Row> rows);

        static native TemplateInstance edit(NewsroomForm form);
    }

    private NewsroomPages() {
    }

    public static TemplateInstance list(String title, String newUrl, List<String> headings, List<Row> rows) {
        return Templates.list(title, newUrl, headings, rows);
    }

    public static RestResponse<TemplateInstance> form(NewsroomForm form) {
        return RestResponse.status(form.hasErrors() ? RestResponse.Status.BAD_REQUEST : RestResponse.Status.OK,
                Templates.edit(form));
    }

    /**
     * Post/Redirect/Get for a form: runs the save, then 303 to {@code done} with the message, or the
     * form again (400) with the problems beside its fields and the typed values kept.
     */
    public static RestResponse<?> submit(Runnable save, String done, String message, Function<Errors, NewsroomForm> form) {
        try {
            save.run();
            return Flash.redirect(done, message);
        } catch (Invalid e) {
            return form(form.apply(e.errors));
        } catch (ConstraintViolationException e) {
            return form(form.apply(Invalid.of(e).errors));
        }
    }
}
