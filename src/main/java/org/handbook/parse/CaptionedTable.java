package org.handbook.parse;

import org.handbook.model.AnchorId;
import org.handbook.model.SourcePosition;

/** A table with a caption, which makes it a numbered table ("Table 4.2") that references can name. */
public record CaptionedTable(AnchorId id, String caption, SourcePosition position) implements Captioned {

    /** Where the visible number of the {@code ordinal}th captioned table of a page goes. */
    public static String marker(int ordinal) {
        return "\uE006" + ordinal + "\uE006";
    }
}
