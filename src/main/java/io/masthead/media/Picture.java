package io.masthead.media;

import java.util.List;
import java.util.stream.Collectors;

/** What a page needs to show a stored image responsively: its hash and size. */
public record Picture(String hash, int width, int height) {

    public static Picture of(Image image) {
        return image == null ? null : new Picture(image.hash, image.width, image.height);
    }

    public List<Integer> widths() {
        return ImageStore.widthsOf(width);
    }

    /** The variant closest to but not above the wanted width. */
    public String src(int wanted) {
        return url(widthUpTo(wanted));
    }

    /** Width of the variant {@link #src} picks: what feeds and social cards must state next to its URL. */
    public int widthUpTo(int wanted) {
        List<Integer> widths = widths();
        int chosen = widths.get(0);
        for (int w : widths) {
            if (w <= wanted) {
                chosen = w;
            }
        }
        return chosen;
    }

    public int heightUpTo(int wanted) {
        return heightAt(widthUpTo(wanted));
    }

    public String srcset() {
        return widths().stream().map(w -> url(w) + " " + w + "w").collect(Collectors.joining(", "));
    }

    /** The same widths as WebP, for a {@code <source type="image/webp">}. */
    public String webpSrcset() {
        return widths().stream().map(w -> webpUrl(w) + " " + w + "w").collect(Collectors.joining(", "));
    }

    /** The WebP variant closest to but not above the wanted width (video posters). */
    public String webpSrc(int wanted) {
        return webpUrl(widthUpTo(wanted));
    }

    public String webpUrl(int w) {
        return "/media/" + hash + "-" + w + ".webp";
    }

    /** Height of the given rendered width, so the browser reserves the space before the image loads. */
    public int heightAt(int renderedWidth) {
        return Math.round((float) height * renderedWidth / width);
    }

    public String url(int w) {
        return "/media/" + hash + "-" + w + ".jpg";
    }
}
