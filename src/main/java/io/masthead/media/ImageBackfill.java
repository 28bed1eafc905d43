package io.masthead.media;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Pictures stored before WebP and the current widths existed get their missing variants, once, in
 * the background after start: pages list every width in both formats, and an older store must not
 * answer them with 404s for long. Made from the largest JPEG kept, the same re-encoded picture.
 */
@ApplicationScoped
public class ImageBackfill {

    private static final int BATCH = 200;

    private final ImageStore store;

    ImageBackfill(ImageStore store) {
        this.store = store;
    }

    void onStart(@Observes StartupEvent event) {
        Thread thread = new Thread(this::run, "image-backfill");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Adds what is missing for every stored picture; returns how many pictures needed it. */
    public int run() {
        int filled = 0;
        long after = 0;
        try {
            while (true) {
                long from = after;
                List<Image> batch = QuarkusTransaction.requiringNew().call(() ->
                        Image.<Image>find("id > ?1 order by id", from).page(0, BATCH).list());
                if (batch.isEmpty()) {
                    break;
                }
                for (Image image : batch) {
                    filled += fill(image) ? 1 : 0;
                }
                after = batch.get(batch.size() - 1).id;
            }
        } catch (RuntimeException e) {
            Log.warnf(e, "Adding missing image variants stopped after %d pictures", filled);
        }
        if (filled > 0) {
            Log.infof("Added missing WebP and width variants for %d stored pictures", filled);
        }
        return filled;
    }

    private boolean fill(Image image) {
        Path folder = store.folder();
        List<Integer> widths = ImageStore.widthsOf(image.width);
        boolean complete = widths.stream().allMatch(w ->
                Files.isRegularFile(folder.resolve(ImageStore.name(image.hash, w, "jpg")))
                        && Files.isRegularFile(folder.resolve(ImageStore.name(image.hash, w, "webp"))));
        if (complete) {
            return false;
        }
        BufferedImage source = largestJpeg(folder, image);
        if (source == null) {
            Log.warnf("Picture %s has no stored JPEG to make its other variants from", image.hash);
            return false;
        }
        store.writeVariants(image.hash, source, true);
        return true;
    }

    /** Widths older versions stored besides today's, largest first. */
    private static final List<Integer> EVER_STORED = List.of(1280, 960, 720, 640, 480, 320, 160);

    private static BufferedImage largestJpeg(Path folder, Image image) {
        for (int width : EVER_STORED) {
            Path file = folder.resolve(ImageStore.name(image.hash, width, "jpg"));
            if (Files.isRegularFile(file)) {
                try {
                    return ImageIO.read(file.toFile());
                } catch (IOException e) {
                    Log.warnf(e, "Could not read %s", file);
                }
            }
        }
        return null;
    }
}
