package io.masthead.media;

import io.masthead.delivery.Answer;
import io.masthead.delivery.PublicPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.ws.rs.NotFoundException;

/** Serves stored image variants. Names are content hashes, so a variant never changes: cache it for a year. */
@ApplicationScoped
public class MediaResource {

    private final ImageStore store;

    MediaResource(ImageStore store) {
        this.store = store;
    }

    @Produces
    PublicPage imageVariant() {
        return PublicPage.at("/media/{name}", request -> {
            String name = request.param("name");
            java.nio.file.Path file = store.file(name).orElseThrow(NotFoundException::new);
            return new Answer.File(file, name.endsWith(".webp") ? "image/webp" : "image/jpeg",
                    "\"" + name.replace('.', '-') + "\"");
        });
    }
}
