package io.masthead.media;

import io.masthead.config.MastheadConfig;
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
import com.luciad.imageio.webp.CompressionType;
import com.luciad.imageio.webp.WebPWriteParam;

/**
 * Keeps pictures on the data volume as re-encoded variants, one JPEG and one WebP per width, under
 * content-hash names: {@code images/<hash>-<width>.jpg} and {@code .webp}. Re-encoding drops all
 * metadata; both formats are made from the same decoded, validated picture.
 */
@ApplicationScoped
public class ImageStore {

    /** Steps close enough that a browser never fetches much more than the layout shows. */
    public static final List<Integer> WIDTHS = List.of(160, 320, 480, 720, 960, 1280);
    private static final Pattern FILE_NAME = Pattern.compile("[0-9a-f]{32}-\\d{3,4}\\.(jpg|webp)");
    private static final float QUALITY = 0.82f;
    private static final float WEBP_QUALITY = 0.78f;

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
        writeVariants(hash, rgb, false);
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

    /**
     * Writes every width in both formats; with {@code onlyMissing}, only the files not there yet
     * (pictures stored before a width or format was added).
     */
    void writeVariants(String hash, BufferedImage rgb, boolean onlyMissing) {
        for (int width : widthsOf(rgb.getWidth())) {
            BufferedImage scaled = null;
            for (String format : FORMATS) {
                if (onlyMissing && Files.isRegularFile(folder.resolve(name(hash, width, format)))) {
                    continue;
                }
                scaled = scaled != null ? scaled : scale(rgb, width);
                write(name(hash, width, format), format.equals("webp") ? encodeWebp(scaled) : encode(scaled));
            }
        }
    }

    private static final List<String> FORMATS = List.of("jpg", "webp");

    /** The widths stored for a picture this wide: those it reaches, and always the smallest. */
    static List<Integer> widthsOf(int pictureWidth) {
        List<Integer> widths = WIDTHS.stream().filter(w -> w <= pictureWidth).toList();
        return widths.isEmpty() ? List.of(WIDTHS.get(0)) : widths;
    }

    static String name(String hash, int width, String format) {
        return hash + "-" + width + "." + format;
    }

    Path folder() {
        return folder;
    }

    private void write(String name, byte[] bytes) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(name);
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

    /** Lossy WebP through libwebp; the file starts with RIFF....WEBP or it is not written. */
    static byte[] encodeWebp(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByMIMEType("image/webp").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            WebPWriteParam param = new WebPWriteParam(writer.getLocale());
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(CompressionType.Lossy);
            param.setCompressionQuality(WEBP_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        byte[] bytes = out.toByteArray();
        if (ImageUploads.sniff(bytes, Math.min(bytes.length, 16)) != ImageUploads.Format.WEBP) {
            throw new IllegalStateException("The WebP encoder wrote something that is not a WebP file");
        }
        return bytes;
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
