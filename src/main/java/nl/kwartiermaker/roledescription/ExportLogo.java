package nl.kwartiermaker.roledescription;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The logo as a document prints it: a PNG or JPEG whose size its header gives. The logo is an optional part of a
 * document, so one that cannot be used is left out and the document still made. The organisation module already hands
 * out only logos it could decode and encode itself; this is the last guard, and it warns once per logo, not on every
 * export.
 */
record ExportLogo(byte[] bytes, String type, int width, int height) {

    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    private static final Logger log = LoggerFactory.getLogger(ExportLogo.class);
    // the last logo warned about, by content hash: a broken logo warns once, not once per export
    private static final AtomicReference<Integer> lastWarned = new AtomicReference<>();

    static Optional<ExportLogo> of(ExportDocument document) {
        if (!document.hasLogo()) {
            return Optional.empty();
        }
        byte[] bytes = document.logo();
        String format = PNG.equals(document.logoType()) ? "png" : JPEG.equals(document.logoType()) ? "jpeg" : null;
        if (format == null) {
            return leftOut(bytes, "type " + document.logoType() + " is neither PNG nor JPEG");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                return leftOut(bytes, "it is " + width + " × " + height + " pixels");
            }
            return Optional.of(new ExportLogo(bytes, document.logoType(), width, height));
        } catch (IOException | RuntimeException e) {
            return leftOut(bytes, e.toString());
        } finally {
            reader.dispose();
        }
    }

    /** Called too when a renderer fails on a logo that looked fine. */
    static <T> Optional<T> leftOut(byte[] bytes, String reason) {
        int hash = Arrays.hashCode(bytes);
        if (!Integer.valueOf(hash).equals(lastWarned.getAndSet(hash))) {
            log.warn("The organisation logo is left out of exported documents: {}", reason);
        }
        return Optional.empty();
    }
}
