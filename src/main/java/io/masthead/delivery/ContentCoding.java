package io.masthead.delivery;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jboss.logging.Logger;

/**
 * The encodings a cached page is stored in, each compressed once (see {@link CachedPage}), and
 * the choice among them for a request's Accept-Encoding: brotli, then gzip, else the plain bytes.
 */
public enum ContentCoding {
    BROTLI("br"), GZIP("gzip"), IDENTITY(null);

    private static final Logger LOG = Logger.getLogger(ContentCoding.class);
    /** Brotli's native library may be missing on an unusual platform; gzip alone is served then. */
    static final boolean BROTLI_AVAILABLE = loadBrotli();
    private static final Encoder.Parameters BROTLI_PARAMETERS = new Encoder.Parameters().setQuality(6);
    /** Deflate's buffer: a page goes through in a few calls instead of one per 512 bytes. */
    private static final int BUFFER = 16 * 1024;

    /** The Content-Encoding header value; null for the plain bytes. */
    public final String header;

    ContentCoding(String header) {
        this.header = header;
    }

    /** The best coding this client accepts (a q of 0 refuses one), among those the page has. */
    public static ContentCoding choose(String acceptEncoding, boolean brotliStored) {
        if (acceptEncoding == null || acceptEncoding.isEmpty()) {
            return IDENTITY;
        }
        boolean br = false;
        boolean gzip = false;
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].trim();
            if (refused(pieces)) {
                continue;
            }
            br |= coding.equals("br");
            gzip |= coding.equals("gzip") || coding.equals("*");
            br |= coding.equals("*");
        }
        return br && brotliStored ? BROTLI : gzip ? GZIP : IDENTITY;
    }

    private static boolean refused(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim()) <= 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }

    public static byte[] gzip(byte[] body) {
        return gzip(body, Deflater.DEFAULT_COMPRESSION);
    }

    /** Gzip at the fastest level: a few times cheaper than the default, for a slightly larger result. */
    static byte[] gzipFast(byte[] body) {
        return gzip(body, Deflater.BEST_SPEED);
    }

    private static byte[] gzip(byte[] body, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, BUFFER) {
            {
                def.setLevel(level);
            }
        }) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped), BUFFER)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page in brotli, or null when brotli is not available here. */
    static byte[] brotli(byte[] body) {
        if (!BROTLI_AVAILABLE) {
            return null;
        }
        try {
            return Encoder.compress(body, BROTLI_PARAMETERS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean loadBrotli() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        } catch (Throwable e) {
            LOG.warnf("Brotli is not available on this platform (%s); cached pages are served with gzip", e.toString());
            return false;
        }
    }
}
