package org.handbook.parse;

import org.handbook.model.AnchorId;
import org.handbook.model.SourcePosition;

/** An image with a caption, which makes it a numbered figure ("Figure 4.2") that references can name. */
public record CaptionedFigure(AnchorId id, String caption, SourcePosition position) implements Captioned {

    /** Where the visible number of the {@code ordinal}th captioned figure of a page goes. */
    public static String marker(int ordinal) {
        return "\uE001" + ordinal + "\uE001";
    }
}
