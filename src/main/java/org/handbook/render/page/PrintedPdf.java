package org.handbook.render.page;

import org.handbook.model.SitePath;

/** A book's print PDF as written: where it is, and the pages and bytes a reader is told before downloading it. */
public record PrintedPdf(SitePath path, int pages, long bytes) {
}
