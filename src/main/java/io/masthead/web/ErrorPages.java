package io.masthead.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error a reader can meet is a page in the site layout with a plain explanation:
 * never a stack trace, SQL or a class name.
 */
@ApplicationScoped
public class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String message);
    }

    @ServerExceptionMapper
    public Uni<Response> webError(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 300 && status < 400) {
            return Uni.createFrom().item(e.getResponse());
        }
        Uni<Response> page = page(status, status == 400 || status == 503 ? e.getMessage() : null);
        String retryAfter = status == 503 ? e.getResponse().getHeaderString("Retry-After") : null;
        return retryAfter == null ? page : page.map(r -> Response.fromResponse(r).header("Retry-After", retryAfter).build());
    }

    /** A signed-in user whose role does not allow the page: the same page as any other refusal. */
    @ServerExceptionMapper
    public Uni<Response> forbidden(io.quarkus.security.ForbiddenException e) {
        return page(403, null);
    }

    @ServerExceptionMapper
    public Uni<Response> unexpected(Exception e) {
        if (isUnreadableForm(e)) {
            // A broken or cut-off form body is the client's doing: a 400, not an error with a stack trace.
            Log.debugf("Unreadable form body: %s", LogText.of(e.getMessage()));
            return page(400, "The form could not be read. Please send it again.");
        }
        Log.error("Request failed", LogText.error(e));
        return page(500, null);
    }

    /** Thrown while the REST layer parsed a form or multipart body (truncated, no boundary, ...). */
    static boolean isUnreadableForm(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException) {
                for (StackTraceElement frame : t.getStackTrace()) {
                    String type = frame.getClassName();
                    if (type.startsWith("org.jboss.resteasy.reactive.server.core.multipart.")
                            || type.equals("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Paths nothing answers: the pipeline's last route. Like every other error page it is
     * rendered on a worker, since its navigation may have to be read.
     */
    public void notFound(RoutingContext ctx) {
        if (!ctx.response().ended()) {
            send(ctx, 404, null);
        }
    }

    /**
     * An error page for a request the delivery pipeline handles. Rendered on a worker (the
     * navigation may be read); a caller already on a worker renders it there, inside its own
     * request context, rather than handing it to another worker that could outlive that context.
     */
    public static void send(RoutingContext ctx, int status, String detail) {
        if (!Context.isOnEventLoopThread()) {
            end(ctx, status, renderInRequestContext(status, detail));
            return;
        }
        ctx.vertx().executeBlocking(() -> renderInRequestContext(status, detail), false)
                .onSuccess(html -> end(ctx, status, html))
                .onFailure(ctx::fail);
    }

    private static String renderInRequestContext(int status, String detail) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            return render(status, detail);
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    private static void end(RoutingContext ctx, int status, String html) {
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(html);
    }

    /**
     * Some errors are raised on the IO thread, before a request reaches a worker (no resource
     * matched the path, a role check failed), and the page's navigation may have to be read from
     * the database: those pages are rendered on a worker.
     */
    static Uni<Response> page(int status, String detail) {
        Uni<Response> page = Uni.createFrom().item(() -> Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .entity(render(status, detail))
                .build());
        return Context.isOnEventLoopThread() ? page.runSubscriptionOn(Infrastructure.getDefaultWorkerPool()) : page;
    }

    static String render(int status, String detail) {
        String title = switch (status) {
            case 400 -> "That request did not make sense to us";
            case 401, 403 -> "You are not allowed to see this page";
            case 404 -> "We could not find that page";
            case 405 -> "That is not something this page does";
            case 406, 415 -> "We cannot answer in that format";
            case 409 -> "Someone else changed this first";
            case 413 -> "That was too large";
            case 503 -> "This is not available right now";
            default -> status >= 500 ? "Something went wrong on our side" : "That request could not be completed";
        };
        String message = switch (status) {
            case 404 -> "The page may have moved, or the address may have a typo. Try the front page or a section.";
            case 400 -> detail != null && !detail.isBlank() && !detail.startsWith("HTTP ")
                    ? detail : "Please check the address and try again.";
            case 503 -> detail != null && !detail.isBlank() && !detail.startsWith("HTTP ")
                    ? detail : "Please try again in a few minutes.";
            default -> status >= 500 ? "We have been told about it. Please try again in a moment."
                    : "Please go back and try again.";
        };
        return Templates.error(status, title, message).render();
    }
}
