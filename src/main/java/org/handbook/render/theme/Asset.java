package org.handbook.render.theme;

import org.handbook.model.SitePath;

/**
 * A theme file published as it is, under a name that carries a hash of its content, so browsers
 * may cache it for ever. {@code name} is its path under {@code theme/assets/} ("style.css").
 */
public record Asset(String name, SitePath path, byte[] content) {
}
