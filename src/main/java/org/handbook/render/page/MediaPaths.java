package org.handbook.render.page;

import java.util.Locale;
import org.handbook.load.MediaFile;
import org.handbook.model.SitePath;

/**
 * Where an image of the handbook is published: under {@code assets/media/}, named by its content,
 * so that every language and edition that shows it shares one file, and a changed image gets a
 * new address (browsers may cache each for ever).
 */
public final class MediaPaths {

    private MediaPaths() {
    }

    public static SitePath of(MediaFile image) {
        String name = image.fileName();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return SitePath.of("assets", "media", image.shortHash() + "." + (extension.equals("jpeg") ? "jpg" : extension));
    }
}
