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

    public static final int PAGE = 50;

    /**
     * Where a searchable list is: the words typed, the page number, and whether another page
     * follows. Finders fetch {@link #PAGE} + 1 rows, so "more" needs no count.
     */
    public record Listing(String url, String query, int page, boolean more) {

        public static Listing of(String url, String q, String page) {
            if (q != null && q.length() > 200) {
                throw new jakarta.ws.rs.BadRequestException("That search is too long.");
            }
            return new Listing(url, q == null ? "" : q.strip(), QueryParams.page(page), false);
        }

        /** For a LIKE: lowercase, wildcards typed by the user taken literally out. */
        public String like() {
            return "%" + query.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
        }

        public boolean searched() {
            return !query.isEmpty();
        }

        public int firstRow() {
            return (page - 1) * PAGE;
        }

        /** The page of rows to show, knowing from the extra row whether another page follows. */
        public <T> Listing after(List<T> fetched) {
            return new Listing(url, query, page, fetched.size() > PAGE);
        }

        public String pageUrl(int n) {
            return url + "?page=" + n + (query.isEmpty() ? "" : "&q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        }

        public String previousUrl() {
            return pageUrl(page - 1);
        }

        public String nextUrl() {
            return pageUrl(page + 1);
        }
    }

    /** At most one page of what a finder fetched with {@link Listing#firstRow()} and {@code PAGE + 1}. */
    public static <T> List<T> shown(List<T> fetched) {
        return fetched.size() > PAGE ? fetched.subList(0, PAGE) : fetched;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(String title, String newUrl, List<String> headings, List<Row> rows, Listing listing);

        static native TemplateInstance edit(NewsroomForm form);
    }

    private NewsroomPages() {
    }

    public static TemplateInstance list(String title, String newUrl, List<String> headings, List<Row> rows) {
        return Templates.list(title, newUrl, headings, rows, null);
    }

    /** A list with a search box and pages: {@code rows} are those of the shown page. */
    public static TemplateInstance list(String title, String newUrl, List<String> headings, List<Row> rows, Listing listing) {
        return Templates.list(title, newUrl, headings, rows, listing);
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
