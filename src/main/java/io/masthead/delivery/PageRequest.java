package io.masthead.delivery;

import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One request to a {@link PublicPage}: its path parameters and query, and the way to its data. A
 * page reads everything through here: {@link #cached} for data kept in the data cache under a
 * key the page owns, {@link #read} for data read afresh each time (a later page of a river).
 * On the event loop neither touches the database: data not loaded sends the request to a worker.
 */
public final class PageRequest {

    private final RoutingContext ctx;
    private final DataCache data;
    private final List<String> ownData = new ArrayList<>(1);

    PageRequest(RoutingContext ctx, DataCache data) {
        this.ctx = ctx;
        this.data = data;
    }

    /** A path parameter of the route template. */
    public String param(String name) {
        return ctx.pathParam(name);
    }

    /** A query parameter's first value, or null. */
    public String query(String name) {
        java.util.List<String> values = ctx.queryParam(name);
        return values.isEmpty() ? null : values.get(0);
    }

    public String path() {
        return ctx.request().path();
    }

    /** Data kept in the data cache under {@code key} (see {@link DataCache#get}). */
    public <T> T cached(String key, Reach reach, Supplier<T> loader) {
        if (reach == Reach.SINGLE) {
            ownData.add(key);
        }
        return data.get(key, reach, loader);
    }

    /** The keys of the page's own data ({@link Reach#SINGLE}) it asked for. */
    List<String> ownData() {
        return ownData;
    }

    /** Data this request reads for itself, never kept. */
    public <T> T read(Supplier<T> loader) {
        if (Context.isOnEventLoopThread()) {
            throw DataCache.NotLoaded.INSTANCE;
        }
        return loader.get();
    }
}
