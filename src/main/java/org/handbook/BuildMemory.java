package org.handbook;

import java.nio.file.Path;
import java.util.Set;
import org.handbook.parse.ParseMemo;
import org.handbook.render.RenderMemo;

/**
 * What one preview keeps for the next in the same process: the pages it parsed and rendered,
 * each taken again only when its inputs are equal, so a preview after a one-chapter change costs
 * about one chapter's work in those stages. The result is the same as a build from nothing.
 */
public final class BuildMemory {

    private static final Path CHAPTERS = Path.of("chapters");

    private final ParseMemo parsed = new ParseMemo();
    private final RenderMemo rendered = new RenderMemo();

    /**
     * Tells what changed since the last preview (paths relative to the handbook's root). Pages are
     * rendered from their chapter and from what the books share; a change to anything else (the
     * configuration, the theme, country data, images, frozen editions) makes every page render again.
     */
    public void sourcesChanged(Set<Path> changed) {
        if (changed.stream().anyMatch(path -> !path.startsWith(CHAPTERS) || path.equals(CHAPTERS))) {
            rendered.invalidate();
        }
    }

    ParseMemo parsed() {
        return parsed;
    }

    RenderMemo rendered() {
        return rendered;
    }

    /** How many pages the last preview took as they were rendered before. */
    public int pagesReused() {
        return rendered.reused();
    }
}
