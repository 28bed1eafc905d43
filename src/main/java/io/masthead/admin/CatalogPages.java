package io.masthead.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/** The list and form pages every catalog resource (tags, sections, authors, videos, users) shares. */
public final class CatalogPages {

    public record Row(String edit, List<String> cells) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(String title, String newUrl, List<String> headings, List<Row> rows);

        static native TemplateInstance edit(CatalogForm form);
    }

    private CatalogPages() {
    }

    static TemplateInstance list(String title, String newUrl, List<String> headings, List<Row> rows) {
        return Templates.list(title, newUrl, headings, rows);
    }

    static RestResponse<TemplateInstance> form(CatalogForm form) {
        return RestResponse.status(form.hasErrors() ? RestResponse.Status.BAD_REQUEST : RestResponse.Status.OK,
                Templates.edit(form));
    }
}
