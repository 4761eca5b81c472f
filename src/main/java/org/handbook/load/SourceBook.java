package org.handbook.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbook.config.Edition;
import org.handbook.config.Language;

/**
 * The pages of one language in one edition, in reading order, and the edition's images by their
 * path from the root.
 */
public record SourceBook(Language language, Edition edition, List<SourcePage> pages, Map<Path, MediaFile> media) {

    public SourceBook {
        pages = List.copyOf(pages);
        media = Map.copyOf(media);
    }
}
