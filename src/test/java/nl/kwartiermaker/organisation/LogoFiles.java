package nl.kwartiermaker.organisation;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Logo files for tests: real pictures, and the broken and hostile files the portal must refuse or survive. */
public final class LogoFiles {

    private static final int IHDR_DATA = 16;

    private LogoFiles() {
    }

    /** A real picture with some shapes, so a JPEG has something to compress. */
    public static byte[] picture(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1f4e79));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The eight bytes that make a file look like a PNG, and nothing of a picture after them. */
    public static byte[] pngSignatureOnly() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 'n', 'o', ' ', 'l', 'o', 'g', 'o'};
    }

    /** The three bytes that make a file look like a JPEG, and nothing of a picture after them. */
    public static byte[] jpegSignatureOnly() {
        return new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 'n', 'o', ' ', 'l', 'o', 'g', 'o'};
    }

    /** The first half of a real picture, as an interrupted upload leaves it. */
    public static byte[] cutOff(byte[] file) {
        return Arrays.copyOf(file, file.length / 2);
    }

    /**
     * A small, valid PNG whose header claims the given size: a decoder that trusts it allocates width × height pixels
     * before it finds out the data is missing (a decompression bomb).
     */
    public static byte[] pngClaiming(int width, int height) {
        byte[] png = picture("png", 16, 16);
        // signature (8), IHDR length (4), "IHDR" (4), then width and height, and the chunk's CRC after 13 data bytes
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.putInt(IHDR_DATA, width);
        buffer.putInt(IHDR_DATA + 4, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + 13);
        buffer.putInt(IHDR_DATA + 13, (int) crc.getValue());
        return png;
    }

    /** A real PNG with a text chunk after its header and a payload after its end, as a polyglot file carries them. */
    public static byte[] pngWithHiddenText(String text, String trailer) {
        byte[] png = picture("png", 64, 32);
        byte[] keywordAndText = ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer chunk = ByteBuffer.allocate(12 + keywordAndText.length);
        chunk.putInt(keywordAndText.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(keywordAndText);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + keywordAndText.length);
        chunk.putInt((int) crc.getValue());
        int afterHeader = 8 + 12 + 13;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(chunk.array());
        out.write(png, afterHeader, png.length - afterHeader);
        out.writeBytes(trailer.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A real JPEG with a comment segment (where cameras and editors leave metadata) right after its start. */
    public static byte[] jpegWithComment(String comment) {
        byte[] jpeg = picture("jpg", 64, 32);
        byte[] text = comment.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xff);
        out.write(0xfe);
        out.write((text.length + 2) >> 8);
        out.write((text.length + 2) & 0xff);
        out.writeBytes(text);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** Decodes a file as the tests check pictures: null when it is none. */
    public static BufferedImage decode(byte[] file) {
        try {
            return ImageIO.read(new ByteArrayInputStream(file));
        } catch (IOException e) {
            return null;
        }
    }

    public static boolean contains(byte[] file, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i <= file.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (file[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
