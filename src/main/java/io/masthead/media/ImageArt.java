package io.masthead.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Random;

/**
 * Flat illustrations drawn in code, so the demo newsroom and synthetic articles have
 * original lead images without copying or hotlinking a single photo.
 */
public final class ImageArt {

    public enum Motif { SKYLINE, COLUMNS, CHART, WAVES, HILLS, GRID }

    public enum Palette {
        DAWN("#2b1d4e", "#f28c6b", "#ffd3a5", "#5b3a70", "#1c1233"),
        OCEAN("#0b2545", "#13315c", "#8da9c4", "#134074", "#eef4ed"),
        FOREST("#1b4332", "#40916c", "#b7e4c7", "#2d6a4f", "#081c15"),
        EMBER("#3d0c02", "#9d0208", "#f48c06", "#6a040f", "#ffba08"),
        SLATE("#1d2d44", "#3e5c76", "#c9d1d9", "#748cab", "#0d1321");

        final Color[] colors;

        Palette(String... hex) {
            colors = new Color[hex.length];
            for (int i = 0; i < hex.length; i++) {
                colors[i] = Color.decode(hex[i]);
            }
        }
    }

    private ImageArt() {
    }

    public static Motif motif(String name) {
        return Motif.valueOf(name.toUpperCase(Locale.ROOT));
    }

    public static Palette palette(String name) {
        return Palette.valueOf(name.toUpperCase(Locale.ROOT));
    }

    public static BufferedImage draw(Motif motif, Palette palette, long seed, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color[] c = palette.colors;
        Random random = new Random(seed);
        g.setPaint(new GradientPaint(0, 0, c[0], 0, height, c[1]));
        g.fillRect(0, 0, width, height);
        switch (motif) {
            case SKYLINE -> skyline(g, c, random, width, height);
            case COLUMNS -> columns(g, c, width, height);
            case CHART -> chart(g, c, random, width, height);
            case WAVES -> waves(g, c, random, width, height);
            case HILLS -> hills(g, c, random, width, height);
            case GRID -> grid(g, c, random, width, height);
        }
        g.dispose();
        return image;
    }

    private static void skyline(Graphics2D g, Color[] c, Random r, int w, int h) {
        g.setColor(c[2]);
        g.fillOval(w * 2 / 3, h / 6, h / 4, h / 4);
        for (int layer = 0; layer < 2; layer++) {
            g.setColor(layer == 0 ? c[3] : c[4]);
            int x = 0;
            while (x < w) {
                int bw = w / 28 + r.nextInt(w / 14);
                int bh = h / 5 + r.nextInt(h / (layer == 0 ? 2 : 3));
                g.fillRect(x, h - bh, bw, bh);
                x += bw + r.nextInt(w / 60 + 1);
            }
        }
        g.setColor(c[2]);
        for (int i = 0; i < 120; i++) {
            int x = r.nextInt(w);
            int y = h - 1 - r.nextInt(h / 4);
            g.fillRect(x, y, Math.max(2, w / 300), Math.max(3, h / 180));
        }
    }

    private static void columns(Graphics2D g, Color[] c, int w, int h) {
        int base = h * 5 / 6;
        int top = h * 2 / 5;
        g.setColor(c[2]);
        g.fillRect(w / 10, base, w * 8 / 10, h / 20);
        g.fillRect(w / 8, top - h / 25, w * 3 / 4, h / 25);
        Polygon pediment = new Polygon(new int[] {w / 8, w / 2, w * 7 / 8}, new int[] {top - h / 25, h / 8, top - h / 25}, 3);
        g.fillPolygon(pediment);
        int count = 8;
        int span = w * 3 / 4;
        int colWidth = span / (count * 2);
        for (int i = 0; i < count; i++) {
            int x = w / 8 + colWidth / 2 + i * span / count;
            g.setColor(c[2]);
            g.fillRect(x, top, colWidth, base - top);
            g.setColor(c[3]);
            g.fillRect(x + colWidth / 3, top, Math.max(2, colWidth / 8), base - top);
        }
        g.setColor(c[4]);
        g.fillRect(0, base + h / 20, w, h);
    }

    private static void chart(Graphics2D g, Color[] c, Random r, int w, int h) {
        int bars = 9;
        int gap = w / 40;
        int bw = (w * 8 / 10 - gap * (bars - 1)) / bars;
        double level = 0.2;
        for (int i = 0; i < bars; i++) {
            level = Math.min(0.85, level + 0.03 + r.nextDouble() * 0.08);
            int bh = (int) (h * level);
            int x = w / 10 + i * (bw + gap);
            g.setColor(i % 2 == 0 ? c[2] : c[3]);
            g.fillRect(x, h - h / 10 - bh, bw, bh);
        }
        g.setColor(c[4]);
        g.fillRect(w / 12, h - h / 10, w * 10 / 12, Math.max(3, h / 120));
    }

    private static void waves(Graphics2D g, Color[] c, Random r, int w, int h) {
        for (int band = 0; band < 5; band++) {
            double amplitude = h / 18.0 + r.nextInt(h / 20 + 1);
            double phase = r.nextDouble() * Math.PI * 2;
            int baseY = h / 3 + band * h / 7;
            Path2D path = new Path2D.Double();
            path.moveTo(0, h);
            for (int x = 0; x <= w; x += 8) {
                path.lineTo(x, baseY + amplitude * Math.sin(phase + x * 2 * Math.PI / (w / 1.5)));
            }
            path.lineTo(w, h);
            path.closePath();
            g.setColor(c[(band % 4) + 1]);
            g.fill(path);
        }
    }

    private static void hills(Graphics2D g, Color[] c, Random r, int w, int h) {
        g.setColor(c[2]);
        g.fillOval(w / 5 + r.nextInt(w / 2), h / 8, h / 4, h / 4);
        for (int band = 0; band < 4; band++) {
            Path2D path = new Path2D.Double();
            int baseY = h / 2 + band * h / 9;
            path.moveTo(0, h);
            double phase = r.nextDouble() * Math.PI;
            for (int x = 0; x <= w; x += 8) {
                path.lineTo(x, baseY - (h / 10.0) * Math.cos(phase + x * Math.PI / (w / (1.2 + band * 0.4))));
            }
            path.lineTo(w, h);
            path.closePath();
            g.setColor(c[band == 0 ? 3 : band == 1 ? 1 : band == 2 ? 0 : 4]);
            g.fill(path);
        }
    }

    private static void grid(Graphics2D g, Color[] c, Random r, int w, int h) {
        int step = Math.max(12, w / 40);
        int dot = Math.max(4, step / 3);
        for (int y = step; y < h; y += step) {
            for (int x = step; x < w; x += step) {
                int pick = r.nextInt(10);
                g.setColor(pick < 6 ? c[3] : pick < 9 ? c[2] : c[4]);
                g.fillOval(x - dot / 2, y - dot / 2, dot, dot);
            }
        }
    }
}
