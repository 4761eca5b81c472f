package org.handbook.parse;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.handbook.config.RawHtmlPolicy;
import org.handbook.load.SourceBook;
import org.handbook.load.SourcePage;
import org.handbook.model.Diagnostic;

/**
 * The pages parsed by the previous build, for a build that follows it in the same process (the
 * preview server's): a page whose source, images and parsing options are equal to last time's is
 * taken as it was parsed then, with the problems found then. Parsing is a pure function of those
 * inputs, so the result is the same as parsing again. Only the last build's pages are kept.
 */
public final class ParseMemo {

    record Key(SourcePage page, List<String> media, Set<Path> refusedMedia, RawHtmlPolicy rawHtml, boolean keepTextBlocks,
               boolean fingerprinted) {

        static Key of(SourcePage page, SourceBook book, RawHtmlPolicy rawHtml, boolean keepTextBlocks, boolean fingerprinted) {
            // MediaFile holds arrays, which records compare by identity: the images are named by path and digest.
            List<String> images = book.media().entrySet().stream()
                    .map(entry -> entry.getKey() + "=" + HexFormat.of().formatHex(entry.getValue().sha256()))
                    .sorted().toList();
            return new Key(page, images, book.refusedMedia(), rawHtml, keepTextBlocks, fingerprinted);
        }
    }

    record Parsed(ParsedPage page, List<Diagnostic> diagnostics) {
    }

    private Map<Key, Parsed> previous = new ConcurrentHashMap<>();
    private Map<Key, Parsed> current = new ConcurrentHashMap<>();

    /** Starts a build: what the last one parsed is what this one may reuse. */
    synchronized void startBuild() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }

    Parsed find(Key key) {
        Parsed parsed = previous.get(key);
        if (parsed != null) {
            current.put(key, parsed);
        }
        return parsed;
    }

    void keep(Key key, Parsed parsed) {
        current.put(key, parsed);
    }
}
