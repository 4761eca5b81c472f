package org.handbook.load;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * An image of the handbook ({@code images/} at the root, or a frozen edition's copy of it).
 *
 * @param file   relative to the handbook's root
 * @param sha256 of the content, which names it on the site so that it can be cached for ever
 * @param size   how large it shows unless sized; none for a drawing that states no size
 */
public record MediaFile(Path file, byte[] bytes, byte[] sha256, Optional<ImageSize> size) {

    public String fileName() {
        return file.getFileName().toString();
    }

    /** The IANA media type, from the name's extension (only the types {@link MediaLoader} accepts). */
    public String mediaType() {
        String name = fileName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".gif")) {
            return "image/gif";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "image/jpeg";
    }

    public String shortHash() {
        return HexFormat.of().formatHex(sha256, 0, 6);
    }
}
