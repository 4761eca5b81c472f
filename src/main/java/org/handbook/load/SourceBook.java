package org.handbook.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.handbook.config.Edition;
import org.handbook.config.Language;

/**
 * The pages of one language in one edition, in reading order, the chapter files whose front
 * matter could not be read (reported where they are), the edition's images by their path
 * from the root, and the files of its image folder that were refused (reported where they are).
 */
public record SourceBook(Language language, Edition edition, List<SourcePage> pages, List<UnreadablePage> unreadable,
                         Map<Path, MediaFile> media, Set<Path> refusedMedia) {

    public SourceBook {
        pages = List.copyOf(pages);
        unreadable = List.copyOf(unreadable);
        media = Map.copyOf(media);
        refusedMedia = Set.copyOf(refusedMedia);
    }
}
