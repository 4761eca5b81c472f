package org.handbook.link;

import org.handbook.model.SitePath;

/** Enough about a page to link to it. */
public record PageRef(String title, SitePath path) {
}
