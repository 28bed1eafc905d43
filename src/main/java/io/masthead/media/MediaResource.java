package io.masthead.media;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** Serves stored image variants. Names are content hashes, so a variant never changes: cache it for a year. */
@Path("/media")
@PermitAll
public class MediaResource {

    private final ImageStore store;

    MediaResource(ImageStore store) {
        this.store = store;
    }

    @GET
    @Path("{name}")
    public RestResponse<java.nio.file.Path> image(@RestPath String name) {
        java.nio.file.Path file = store.file(name).orElseThrow(NotFoundException::new);
        return RestResponse.ResponseBuilder.ok(file)
                .header("Content-Type", name.endsWith(".webp") ? "image/webp" : "image/jpeg")
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("ETag", "\"" + name.replace('.', '-') + "\"")
                .build();
    }
}
