package org.handbook.changes;

import java.util.List;
import java.util.Optional;
import org.handbook.config.Edition;
import org.handbook.link.LinkedBook;
import org.handbook.model.SitePath;
import org.handbook.model.Title;
import org.handbook.parse.TextBlock;
import org.handbook.parse.country.Fact;

/**
 * What changed in one language from {@code previous} to {@code edition}: the chapters (in the new
 * edition's reading order, then those removed), and the country profiles whose facts changed.
 */
public record EditionChanges(LinkedBook book, Edition previous, List<PageChange> pages, List<CountryChange> countries) {

    public EditionChanges {
        pages = List.copyOf(pages);
        countries = List.copyOf(countries);
    }

    public Edition edition() {
        return book.edition();
    }

    public boolean isEmpty() {
        return pages.isEmpty() && countries.isEmpty();
    }

    /** A chapter added, removed or changed; {@code path} is where it is in the newer edition, if there. */
    public record PageChange(String id, Title title, Status status, String number, String previousNumber,
                             Optional<SitePath> path, Optional<SitePath> previousPath, List<BlockChange> blocks,
                             List<ParagraphMove> moves) {

        public PageChange {
            blocks = List.copyOf(blocks);
            moves = List.copyOf(moves);
        }

        /** {@code TRANSLATED}: the earlier edition had this chapter in the default language only. */
        public enum Status { ADDED, REMOVED, CHANGED, TRANSLATED }
    }

    /**
     * A block of text inserted, deleted or changed, as spans of the same, inserted and deleted
     * words; {@code section} is the heading of the section it is in.
     */
    public record BlockChange(TextBlock.Kind kind, String section, List<Span> spans) {

        public BlockChange {
            spans = List.copyOf(spans);
        }
    }

    public record Span(Type type, String text) {

        public enum Type { SAME, INSERTED, DELETED }
    }

    /** A numbered paragraph of the previous edition, and its number now (empty when it was removed). */
    public record ParagraphMove(String before, String now) {
    }

    /** A profile with the fields whose facts changed, by path ("instruments.untoc"). */
    public record CountryChange(String code, String name, SitePath path, List<FieldChange> fields) {

        public CountryChange {
            fields = List.copyOf(fields);
        }
    }

    public record FieldChange(String path, Fact before, Fact now) {
    }
}
