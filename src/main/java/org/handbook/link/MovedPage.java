package org.handbook.link;

import org.handbook.model.PageId;
import org.handbook.model.SitePath;

/**
 * A page that moved, at its old address in one book: a redirect from {@code path} to the place
 * of the same book it moved to.
 *
 * @param id     the page's old id, which {@code path} is made of
 * @param target the page it moved to, or the section of it that handbook.yml names
 */
public record MovedPage(PageId id, SitePath path, ReferenceTarget target) {
}
