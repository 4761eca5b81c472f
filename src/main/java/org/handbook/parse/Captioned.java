package org.handbook.parse;

import org.handbook.model.AnchorId;

/** A table or figure with a caption, numbered in its page, with an anchor references can name. */
public interface Captioned {

    AnchorId id();

    /** The caption as plain text. */
    String caption();
}
