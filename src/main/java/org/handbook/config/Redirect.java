package org.handbook.config;

import java.util.Optional;
import org.handbook.model.PageId;
import org.handbook.model.SourcePosition;

/**
 * One entry of {@code redirects} in handbook.yml: a page that moved, whose old address sends
 * readers on to the page it moved to, at one of its sections when {@code anchor} is given.
 *
 * @param fromPosition where the old id is written, for a problem with the entry as a whole
 * @param toPosition   where the new page is written, for a problem with where it leads
 */
public record Redirect(PageId from, PageId to, Optional<String> anchor, SourcePosition fromPosition,
                       SourcePosition toPosition) {

    /** Where it leads, as handbook.yml writes it: "extradition#dual-criminality". */
    public String written() {
        return to.value() + anchor.map(name -> "#" + name).orElse("");
    }
}
