package org.handbook.pdf;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.handbook.render.theme.Theme;

/**
 * Prints a document that is not a book, such as a cover, with the book's fonts, shaping and
 * metadata, so that a title in any of the handbook's scripts prints as it does in the book.
 */
public final class LooseSheets {

    private static final String FONTS = "fonts/";

    private LooseSheets() {
    }

    /**
     * The PDF of {@code xhtml}, whose own styles give its page size.
     *
     * @param date the date the PDF says it was made, or none
     */
    public static byte[] write(String xhtml, Theme theme, String title, String author, String language,
                               Optional<LocalDate> date) throws IOException {
        return PdfWriter.write(xhtml, new PrintFonts(theme.print()),
                new PdfWriter.Metadata(title, author, language, date.map(Object::toString))).bytes();
    }

    /**
     * The families of the theme's print fonts, as a CSS font-family list names them: the shortest
     * name first, as a family for one script is usually named after the family it extends
     * ("Noto Sans", then "Noto Sans Thai").
     */
    public static List<String> fontFamilies(Theme theme) {
        Set<String> families = new LinkedHashSet<>();
        theme.print().keySet().stream()
                .filter(name -> name.startsWith(FONTS) && name.endsWith(".ttf"))
                .map(name -> name.substring(FONTS.length(), name.length() - ".ttf".length()))
                .map(base -> base.contains("-") ? base.substring(0, base.lastIndexOf('-')) : base)
                .map(family -> family.replaceAll("(?<=[a-z])(?=[A-Z])", " "))
                .sorted((a, b) -> Integer.compare(a.length(), b.length()) != 0 ? Integer.compare(a.length(), b.length())
                        : a.compareTo(b))
                .forEach(families::add);
        return List.copyOf(families);
    }
}
