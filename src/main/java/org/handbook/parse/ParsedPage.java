package org.handbook.parse;

import java.nio.file.Path;
import java.util.List;
import org.handbook.load.BookPlace;
import org.handbook.load.MediaFile;
import org.handbook.load.FrontMatter;
import org.handbook.model.Title;

/**
 * A page after parsing: where it came from, its front matter, its title as readers see it (made
 * from the front matter's inline Markdown), its outline, its body as an HTML
 * fragment (safe: raw HTML escaped or cleaned, link targets checked), and the country tables and
 * cross-references it holds markers for, its subject-index and authority marks, its ordinary links into the
 * site, to be checked, the fingerprint of its text, which translations of it record, and its
 * blocks of text, which editions are compared by, and where it stands in its book.
 */
public record ParsedPage(Path file, FrontMatter frontMatter, Title title, Outline outline, String html, List<CountryTable> tables,
                         List<Reference> references, List<IndexMark> indexMarks, List<AuthorityMark> authorityMarks,
                         List<LocalLink> localLinks,
                         SourceFingerprint fingerprint, List<TextBlock> blocks, List<MediaFile> media, BookPlace place) {

    /** A page at the top of a flat book. */
    public ParsedPage(Path file, FrontMatter frontMatter, Title title, Outline outline, String html, List<CountryTable> tables,
                      List<Reference> references, List<IndexMark> indexMarks, List<AuthorityMark> authorityMarks,
                      List<LocalLink> localLinks,
                      SourceFingerprint fingerprint, List<TextBlock> blocks, List<MediaFile> media) {
        this(file, frontMatter, title, outline, html, tables, references, indexMarks, authorityMarks, localLinks, fingerprint, blocks, media,
                BookPlace.top(file.getFileName()));
    }

    public ParsedPage {
        tables = List.copyOf(tables);
        indexMarks = List.copyOf(indexMarks);
        authorityMarks = List.copyOf(authorityMarks);
        blocks = List.copyOf(blocks);
        references = List.copyOf(references);
        localLinks = List.copyOf(localLinks);
        media = List.copyOf(media);
    }
}
