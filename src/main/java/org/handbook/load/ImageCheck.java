package org.handbook.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Whether an image file is the image its name says, whole, and of a size a page can show: read
 * with the JDK's image readers, the size from the header before any pixel is decoded, so a small
 * file that would unpack into gigabytes is refused unread.
 */
final class ImageCheck {

    /** Far beyond any page image (a 300 dpi full page is about 2,500 × 3,500), far below what exhausts memory. */
    static final long MAX_PIXELS = 40_000_000L;

    /**
     * What reading an image found: why it cannot be used, and where in the file when known, or else
     * its size (null for a drawing that states none).
     */
    record Outcome(Optional<String> problem, ImageSize size, int line, int column) {

        static Outcome refused(String problem) {
            return refused(problem, 0, 0);
        }

        /** Refused for what is written at a line and column of the file (a drawing's XML). */
        static Outcome refused(String problem, int line, int column) {
            return new Outcome(Optional.of(problem), null, line, column);
        }

        static Outcome readable(ImageSize size) {
            return new Outcome(Optional.empty(), size, 0, 0);
        }
    }

    private ImageCheck() {
    }

    /** Why the image cannot be used, or its size when it can. */
    static Outcome check(byte[] bytes, String extension) {
        if (extension.equals("svg")) {
            return SvgCheck.check(bytes);
        }
        if (bytes.length == 0) {
            return Outcome.refused("the file is empty");
        }
        String expected = extension.equals("jpg") ? "jpeg" : extension;
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Outcome.refused("the file is not an image (its first bytes are not those of PNG, JPEG or GIF)");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!Set.of(expected, expected.toUpperCase(Locale.ROOT)).contains(format) && !format.equals(expected)) {
                    return Outcome.refused("the file is a " + format.toUpperCase(Locale.ROOT) + " image named ." + extension);
                }
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    return Outcome.refused("the image is " + reader.getWidth(0) + " × " + reader.getHeight(0)
                            + " pixels; the limit is " + MAX_PIXELS / 1_000_000 + " million");
                }
                reader.read(0);
                return Outcome.readable(new ImageSize(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Outcome.refused("the image cannot be read, probably cut short (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }
}
