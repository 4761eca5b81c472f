package org.handbook.render.page;

import org.handbook.model.SitePath;

/**
 * A book's print PDF as written: where it is, the pages and bytes a reader is told before
 * downloading it, and its SHA-256, by which a kept copy is checked.
 */
public record PrintedPdf(SitePath path, int pages, long bytes, String sha256) {
}
