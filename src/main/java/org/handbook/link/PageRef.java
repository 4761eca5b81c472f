package org.handbook.link;

import org.handbook.model.SitePath;
import org.handbook.model.Title;

/** Enough about a page to link to it. */
public record PageRef(Title title, SitePath path) {
}
