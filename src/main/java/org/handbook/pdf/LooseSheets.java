package org.handbook.pdf;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handbook.render.theme.Theme;

/**
 * Prints a document that is not a book, such as a cover, with the book's fonts, shaping and
 * metadata, so that a title in any of the handbook's scripts prints as it does in the book.
 */
public final class LooseSheets {

    /** Parsed once: a theme's fonts are the largest thing a print reads, and covers print in parallel. */
    private final PrintFonts fonts;

    public LooseSheets(Theme theme) {
        this.fonts = new PrintFonts(theme.print());
    }

    /**
     * The PDF of {@code xhtml}, whose own styles give its page size.
     *
     * @param date the date the PDF says it was made, or none
     */
    public byte[] write(String xhtml, String title, String author, String language, Optional<LocalDate> date)
            throws IOException {
        return PdfWriter.write(xhtml, fonts, new PdfWriter.Metadata(title, author, language, date),
                PageReferenceWords.of(Map.of())).bytes();
    }

    /** How wide {@code text} sets in the print fonts' bold at one point, in points. */
    public double boldWidthPerPoint(String text) {
        return fonts.boldWidthPerPoint(text);
    }

    /**
     * The families of the theme's print fonts, as a CSS font-family list names them: the shortest
     * name first, as a family for one script is usually named after the family it extends
     * ("Noto Sans", then "Noto Sans Thai").
     */
    public List<String> fontFamilies() {
        return fonts.families().stream()
                .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                .toList();
    }
}
