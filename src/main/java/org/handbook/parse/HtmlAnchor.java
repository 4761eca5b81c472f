package org.handbook.parse;

import java.util.Optional;
import org.handbook.model.AnchorId;
import org.handbook.model.SourcePosition;

/**
 * An id raw HTML gives an element ({@code <a id="old-name"></a>}, {@code <div id="answers">}), which
 * links and references reach as they reach a heading.
 *
 * @param section the heading it stands under, none before the first
 */
public record HtmlAnchor(AnchorId id, Optional<AnchorId> section, SourcePosition position) {
}
