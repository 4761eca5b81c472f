package org.handbook.parse;

import java.nio.file.Path;
import org.handbook.load.FrontMatter;

/**
 * A page after parsing: where it came from, its front matter, its outline and its body as an HTML
 * fragment (safe: raw HTML escaped or cleaned, link targets checked).
 */
public record ParsedPage(Path file, FrontMatter frontMatter, Outline outline, String html) {
}
