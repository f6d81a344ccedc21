package nl.kwartiermaker.story;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Picture files for tests, good and hostile, made in code so every byte is visible in the test. */
public final class TestPictures {

    /** A 1 × 1 lossless WebP (the well-known feature-detection image). */
    public static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private TestPictures() {
    }

    public static byte[] png(int width, int height) {
        return encoded(picture(width, height, BufferedImage.TYPE_INT_RGB), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return encoded(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    public static byte[] gif(int width, int height) {
        return encoded(picture(width, height, BufferedImage.TYPE_INT_RGB), "gif");
    }

    /** A JPEG with an EXIF segment right after its start, carrying a GPS position in text we can look for. */
    public static byte[] jpegWithExif(int width, int height, String gpsMarker) {
        byte[] jpeg = jpeg(width, height);
        byte[] tiff = concat("Exif\0\0MM\0*\0\0\0\u0008".getBytes(StandardCharsets.ISO_8859_1),
                ("GPSLatitude " + gpsMarker).getBytes(StandardCharsets.ISO_8859_1));
        ByteBuffer app1 = ByteBuffer.allocate(4 + tiff.length);
        app1.put((byte) 0xff).put((byte) 0xe1).putShort((short) (tiff.length + 2)).put(tiff);
        byte[] start = {jpeg[0], jpeg[1]};
        byte[] rest = new byte[jpeg.length - 2];
        System.arraycopy(jpeg, 2, rest, 0, rest.length);
        return concat(start, app1.array(), rest);
    }

    /** Only the signature and header of a PNG that claims these dimensions: a decompression bomb's first bytes. */
    public static byte[] pngHeaderClaiming(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, chunk("IHDR", header.array()),
                chunk("IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00}));
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2a6f97));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encoded(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
