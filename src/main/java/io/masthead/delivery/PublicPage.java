package io.masthead.delivery;

import java.util.function.Function;

/**
 * A public page, declared once by a producer method of its feature's class: where it lives
 * ({@link RouteTemplate}) and how it answers a request, from data it reads through the
 * {@link PageRequest} (which owns the data cache's keys). The delivery pipeline
 * ({@link PageServer}) does the rest: it answers from the page cache when it can, calls the page
 * on the event loop when its data is loaded and on a worker when not, renders, sets validators
 * and cache headers, keeps the page, and times the request under the route template.
 *
 * <p>Pages only read: on the event loop an answer may stop half way (data not loaded) and is
 * asked for again on a worker. A page throws {@code NotFoundException} or
 * {@code BadRequestException} for the error pages.
 */
public record PublicPage(RouteTemplate route, Function<PageRequest, Answer> answerer) {

    public static PublicPage at(String template, Function<PageRequest, Answer> answerer) {
        return new PublicPage(RouteTemplate.of(template), answerer);
    }

    Answer answer(PageRequest request) {
        return answerer.apply(request);
    }
}
