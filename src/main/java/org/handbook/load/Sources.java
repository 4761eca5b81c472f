package org.handbook.load;

import java.util.List;
import org.handbook.config.HandbookConfig;

/** Everything the load stage read: one book per edition and language that has sources. */
public record Sources(HandbookConfig config, List<SourceBook> books) {

    public Sources {
        books = List.copyOf(books);
    }
}
