package org.handbook.render.page;

import org.handbook.model.SitePath;

/** A book's e-book as written: where it is, and the bytes a reader is told before downloading it. */
public record WrittenEpub(SitePath path, long bytes) {
}
