package org.handbook.load;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** An edition's images by their path from the root, and the files of its image folder refused with an error. */
record MediaFolder(Map<Path, MediaFile> images, Set<Path> refused) {

    MediaFolder {
        images = Map.copyOf(images);
        refused = Set.copyOf(refused);
    }
}
