package nl.kwartiermaker.organisation;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A logo as the portal itself encodes it. A file is only taken when it decodes completely, every pixel, as a PNG or
 * JPEG of {@value #MIN_SIDE} to {@value #MAX_SIDE} pixels per side; what is kept is a fresh encoding of those pixels,
 * never the file's own bytes, so trailing data, metadata (such as a photo's location) and parser tricks in the file
 * reach no document, browser or Word. A PNG stays a PNG (lossless, keeps transparency); a JPEG stays a JPEG, because a
 * photo as PNG would grow many times over in every export.
 */
record LogoPicture(byte[] bytes, String type, int width, int height) {

    /** Smaller than this is no legible logo; it also keeps out the 1 × 1 pixel and 0 × 0 non-pictures. */
    static final int MIN_SIDE = 16;
    /**
     * Larger than this is far beyond what a document prints (40 pt high) and costs memory to decode: 4000 × 4000
     * pixels are 64 MB. The declared size is checked before any pixel is decoded, so a small file that claims a
     * huge picture (a decompression bomb) is refused without allocating it.
     */
    static final int MAX_SIDE = 4000;

    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final float JPEG_QUALITY = 0.92f;

    LogoPicture {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Decodes the file and encodes its pixels anew.
     *
     * @throws Unusable with the i18n key that tells the person why, and a technical reason for the log
     */
    static LogoPicture of(byte[] file) throws Unusable {
        String type = startsWith(file, PNG_SIGNATURE) ? PNG : startsWith(file, JPEG_SIGNATURE) ? JPEG : null;
        if (type == null) {
            throw new Unusable("organisation.error.logo.type", "neither a PNG nor a JPEG signature");
        }
        String format = type.equals(PNG) ? "png" : "jpeg";
        BufferedImage image = decode(file, format);
        return new LogoPicture(encode(image, format), type, image.getWidth(), image.getHeight());
    }

    private static BufferedImage decode(byte[] file, String format) throws Unusable {
        ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
        // the JPEG reader fills a cut-off file with grey and only warns; a warning means the file is damaged
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(file))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
                throw new Unusable("organisation.error.logo.dimensions", width + " × " + height + " pixels",
                        MIN_SIDE, MAX_SIDE, width, height);
            }
            BufferedImage image = reader.read(0);
            if (!warnings.isEmpty()) {
                throw new Unusable("organisation.error.logo.unreadable", String.join("; ", warnings));
            }
            return image;
        } catch (IOException | RuntimeException e) {
            // ImageIO reports a malformed file as IIOException, but also as runtime exceptions from deep inside
            throw new Unusable("organisation.error.logo.unreadable", e.toString());
        } finally {
            reader.dispose();
        }
    }

    private static byte[] encode(BufferedImage image, String format) throws Unusable {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format.equals("jpeg")) {
                writeJpeg(opaque(image), out);
            } else if (!ImageIO.write(image, "png", out)) {
                // a pixel layout the PNG writer does not take (rare): write it as plain 8-bit RGBA
                out.reset();
                ImageIO.write(withLayout(image, BufferedImage.TYPE_INT_ARGB), "png", out);
            }
        } catch (IOException | RuntimeException e) {
            throw new Unusable("organisation.error.logo.unreadable", "cannot encode: " + e);
        }
        if (out.size() == 0) {
            throw new Unusable("organisation.error.logo.unreadable", "no " + format + " writer for this picture");
        }
        return out.toByteArray();
    }

    private static void writeJpeg(BufferedImage image, ByteArrayOutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static BufferedImage opaque(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_INT_RGB
                || type == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        return withLayout(image, BufferedImage.TYPE_INT_RGB);
    }

    private static BufferedImage withLayout(BufferedImage image, int type) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = copy.createGraphics();
        try {
            if (type == BufferedImage.TYPE_INT_RGB) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
            }
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Why a file cannot be a logo: an i18n key with parameters for the person, a reason for the log. */
    static final class Unusable extends Exception {

        private final String messageKey;
        private final transient Object[] params;

        Unusable(String messageKey, String reason, Object... params) {
            super(reason);
            this.messageKey = messageKey;
            this.params = params;
        }

        String messageKey() {
            return messageKey;
        }

        Object[] params() {
            return params.clone();
        }
    }
}
