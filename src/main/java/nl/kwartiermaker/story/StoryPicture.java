package nl.kwartiermaker.story;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import nl.kwartiermaker.base.InvalidInput;

/**
 * A story's picture as the portal itself encodes it. The type is read from the file's first bytes, never from its name
 * or the browser's word: PNG, JPEG and WebP only (SVG can carry script, GIF and the rest are not needed). The declared
 * dimensions are checked before any pixel is decoded, so a small file claiming a huge picture (a decompression bomb)
 * is refused without allocating it. What is kept is a fresh encoding of the decoded pixels in a few widths, never the
 * file's own bytes: metadata (a photo's GPS position), trailing data (a polyglot's HTML) and parser tricks are gone.
 * Pictures with transparency become PNG, all others JPEG (WebP is read but not written).
 */
final class StoryPicture {

    /** The widths the cards (480) and the story page (960, 1440 on wide or dense screens) ask for. */
    static final int[] WIDTHS = {480, 960, 1440};
    static final int MAX_SIDE = 8000;
    /** 40 megapixels: 160 MB of pixels to decode at most, which an 8000-pixel side alone would not bound. */
    static final long MAX_PIXELS = 40_000_000L;

    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String WEBP = "image/webp";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final float JPEG_QUALITY = 0.85f;

    static {
        // the WebP reader comes as a plug-in; in the packaged application it is only found after a scan
        ImageIO.scanForPlugins();
    }

    /** One encoded width. */
    record Variant(int width, int height, String contentType, byte[] bytes) {
    }

    private StoryPicture() {
    }

    /**
     * Checks and re-encodes an uploaded file.
     *
     * @throws InvalidInput with the message that tells the person why the file is refused
     */
    static List<Variant> of(byte[] file) {
        String type = typeOf(file);
        BufferedImage image = decode(file, type);
        String output = image.getColorModel().hasAlpha() ? PNG : JPEG;
        TreeSet<Integer> widths = new TreeSet<>();
        for (int width : WIDTHS) {
            widths.add(Math.min(width, image.getWidth())); // never larger than the original
        }
        List<Variant> variants = new ArrayList<>();
        for (int width : widths) {
            BufferedImage scaled = scaled(image, width);
            variants.add(new Variant(scaled.getWidth(), scaled.getHeight(), output, encode(scaled, output)));
        }
        return variants;
    }

    static String typeOf(byte[] file) {
        if (startsWith(file, PNG_SIGNATURE)) {
            return PNG;
        }
        if (startsWith(file, JPEG_SIGNATURE)) {
            return JPEG;
        }
        if (file.length >= 12 && new String(file, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
                && new String(file, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return WEBP;
        }
        if (isOtherPicture(file)) {
            throw new InvalidInput("story.image.error.type");
        }
        throw new InvalidInput("story.image.error.not_an_image");
    }

    /** GIF, BMP, TIFF, SVG and the like: pictures, but of a kind the portal does not take. */
    private static boolean isOtherPicture(byte[] file) {
        String head = new String(file, 0, Math.min(file.length, 512), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.startsWith("gif8") || head.startsWith("bm") || head.startsWith("ii*") || head.startsWith("mm\0*")
                || head.contains("<svg") || (head.length() > 11 && head.substring(4, 12).startsWith("ftyp"));
    }

    private static BufferedImage decode(byte[] file, String type) {
        String format = switch (type) {
            case PNG -> "png";
            case JPEG -> "jpeg";
            default -> "webp";
        };
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        // the JPEG reader fills a cut-off file with grey and only warns; a warning means the file is damaged
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(file))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE
                    || (long) width * height > MAX_PIXELS) {
                throw new InvalidInput("story.image.error.dimensions", MAX_SIDE, width, height);
            }
            BufferedImage image = reader.read(0);
            if (!warnings.isEmpty()) {
                throw new InvalidInput("story.image.error.unreadable");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput refused) {
                throw refused;
            }
            // ImageIO reports a malformed file as IIOException, but also as runtime exceptions from deep inside
            throw new InvalidInput("story.image.error.unreadable");
        } finally {
            reader.dispose();
        }
    }

    /** Halves the picture step by step before the last step: one bilinear step from far larger loses detail. */
    private static BufferedImage scaled(BufferedImage image, int width) {
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage current = image;
        int currentWidth = image.getWidth();
        do {
            int next = Math.max(width, currentWidth / 2);
            int nextHeight = Math.max(1, (int) Math.round((double) image.getHeight() * next / image.getWidth()));
            current = drawn(current, next, nextHeight, alpha);
            currentWidth = next;
        } while (currentWidth > width);
        return current;
    }

    private static BufferedImage drawn(BufferedImage image, int width, int height, boolean alpha) {
        BufferedImage copy = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            if (!alpha) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    private static byte[] encode(BufferedImage image, String type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (type.equals(PNG)) {
                ImageIO.write(image, "png", out);
            } else {
                ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
                try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                    ImageWriteParam param = writer.getDefaultWriteParam();
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(JPEG_QUALITY);
                    writer.setOutput(stream);
                    writer.write(null, new IIOImage(image, null, null), param);
                } finally {
                    writer.dispose();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode a decoded picture", e);
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
