package io.masthead.media;

import io.masthead.web.MastheadConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Keeps pictures on the data volume as re-encoded JPEG variants, one per width, under
 * content-hash names: {@code images/<hash>-<width>.jpg}. Re-encoding drops all metadata.
 */
@ApplicationScoped
public class ImageStore {

    public static final List<Integer> WIDTHS = List.of(320, 640, 960, 1280);
    private static final Pattern FILE_NAME = Pattern.compile("[0-9a-f]{32}-\\d{3,4}\\.jpg");
    private static final float QUALITY = 0.82f;

    private final Path folder;

    ImageStore(MastheadConfig config) {
        this.folder = Path.of(config.dataDir(), "images");
    }

    /** Stores every variant of the picture and records it; the same picture twice is one record. */
    @Transactional
    public Image store(BufferedImage picture) {
        BufferedImage rgb = toRgb(picture);
        byte[] full = encode(rgb);
        String hash = hash(full);
        Optional<Image> known = Image.findByHash(hash);
        if (known.isPresent()) {
            return known.get();
        }
        for (int width : WIDTHS) {
            if (width <= rgb.getWidth() || width == WIDTHS.get(0)) {
                write(hash, width, encode(scale(rgb, width)));
            }
        }
        Image image = new Image();
        image.hash = hash;
        image.width = rgb.getWidth();
        image.height = rgb.getHeight();
        image.createdAt = Instant.now();
        image.persist();
        return image;
    }

    /** The file behind a public image name, if that name is well-formed and stored. */
    public Optional<Path> file(String name) {
        if (name == null || !FILE_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private void write(String hash, int width, byte[] bytes) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(hash + "-" + width + ".jpg");
            Path partial = Files.createTempFile(folder, "upload", ".part");
            Files.write(partial, bytes);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write an image to " + folder, e);
        }
    }

    private static BufferedImage toRgb(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_INT_RGB) {
            return source;
        }
        BufferedImage rgb = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static BufferedImage scale(BufferedImage source, int width) {
        if (source.getWidth() <= width) {
            return source;
        }
        int height = Math.max(1, Math.round((float) source.getHeight() * width / source.getWidth()));
        BufferedImage current = source;
        // Halving steps keep downscaled illustrations smooth without a third-party resampler.
        while (current.getWidth() / 2 >= width) {
            current = resize(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return resize(current, width, height);
    }

    private static BufferedImage resize(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return target;
    }

    static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
