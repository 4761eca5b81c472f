package org.handbook.press;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * A printer's ICC output profile, as PDF/X needs it for its output intent: one that describes a
 * printing device ("prtr"), in grey, RGB or CMYK. A display profile such as sRGB ("mntr"), which
 * PDF/A accepts, is not one.
 *
 * @param colourSpace  the profile's data colour space: "GRAY", "RGB" or "CMYK"
 * @param description  the profile's own name for itself, empty when it has none
 */
record OutputProfile(byte[] bytes, String colourSpace, String description) {

    private static final Set<String> COLOUR_SPACES = Set.of("GRAY", "RGB", "CMYK");
    private static final int HEADER = 128;

    /** Why {@code bytes} cannot be a PDF/X output profile. */
    static final class NotUsable extends Exception {
        NotUsable(String reason) {
            super(reason);
        }
    }

    /** How many colourants the profile's colour space has: what the output intent's stream must say. */
    int components() {
        return switch (colourSpace) {
            case "GRAY" -> 1;
            case "RGB" -> 3;
            default -> 4;
        };
    }

    static OutputProfile read(byte[] bytes) throws NotUsable {
        if (bytes.length < HEADER + 4 || !ascii(bytes, 36, 4).equals("acsp")) {
            throw new NotUsable("is not an ICC profile");
        }
        String deviceClass = ascii(bytes, 12, 4);
        if (!deviceClass.equals("prtr")) {
            throw new NotUsable("describes " + (deviceClass.equals("mntr") ? "a display" : "no printer") + " ('"
                    + deviceClass.strip() + "'), and PDF/X accepts only a printing device's output profile ('prtr')");
        }
        String colourSpace = ascii(bytes, 16, 4).strip();
        if (!COLOUR_SPACES.contains(colourSpace)) {
            throw new NotUsable("is for '" + colourSpace + "' colour, and a press PDF's output intent is grey, RGB or CMYK");
        }
        return new OutputProfile(bytes.clone(), colourSpace, description(bytes).orElse(""));
    }

    /** The text of the profile description tag ('desc'), in either of its two encodings. */
    private static Optional<String> description(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int tags = buffer.getInt(HEADER);
        for (int i = 0; i < tags && HEADER + 4 + 12 * (i + 1) <= bytes.length; i++) {
            int entry = HEADER + 4 + 12 * i;
            int offset = buffer.getInt(entry + 4);
            int size = buffer.getInt(entry + 8);
            if (!ascii(bytes, entry, 4).equals("desc") || offset < 0 || size < 12 || offset + size > bytes.length) {
                continue;
            }
            String type = ascii(bytes, offset, 4);
            if (type.equals("desc")) {
                int length = buffer.getInt(offset + 8);
                if (length > 0 && offset + 12 + length <= bytes.length) {
                    return Optional.of(new String(bytes, offset + 12, length, StandardCharsets.US_ASCII).replace("\0", "").strip());
                }
            } else if (type.equals("mluc") && size >= 28) {
                int length = buffer.getInt(offset + 20);
                int start = offset + buffer.getInt(offset + 24);
                if (length > 0 && start + length <= bytes.length) {
                    return Optional.of(new String(bytes, start, length, StandardCharsets.UTF_16BE).strip());
                }
            }
        }
        return Optional.empty();
    }

    private static String ascii(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.US_ASCII);
    }
}
