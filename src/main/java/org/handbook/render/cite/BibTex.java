package org.handbook.render.cite;

import java.util.List;
import java.util.Locale;

/**
 * Works as BibTeX entries, {@code @book} and {@code @inbook}, in UTF-8 as biber and current
 * BibTeX read it; an organisation's name is braced so that it is not taken apart as a person's,
 * and every character TeX treats as markup is written as itself.
 */
final class BibTex {

    private static final java.util.Set<String> LIGATURES = java.util.Set.of("--", "''", "``", "<<", ">>", "!`", "?`", ",,");

    private BibTex() {
    }

    static String of(List<CitedWork> works) {
        StringBuilder bib = new StringBuilder();
        for (CitedWork work : works) {
            bib.append('@').append(work.chapter() ? "inbook" : "book").append('{').append(work.key()).append(",\n");
            field(bib, "title", "{" + escaped(work.title()) + "}");
            if (work.chapter()) {
                field(bib, "booktitle", "{" + escaped(work.bookTitle()) + "}");
                if (!work.number().isEmpty()) {
                    field(bib, "chapter", escaped(work.number()));
                }
            }
            field(bib, "edition", escaped(work.edition()));
            if (!work.author().isEmpty()) {
                field(bib, "author", "{" + escaped(work.author()) + "}");
            }
            if (!work.publisher().isEmpty()) {
                field(bib, "publisher", escaped(work.publisher()));
            }
            work.date().ifPresent(date -> {
                field(bib, "year", Integer.toString(date.getYear()));
                field(bib, "date", date.toString());
            });
            field(bib, "language", work.language());
            if (!work.isbn().isEmpty()) {
                field(bib, "isbn", escaped(work.isbn()));
            }
            work.url().ifPresent(url -> field(bib, "url", url.replace("%", "\\%").replace("#", "\\#")));
            bib.append("}\n\n");
        }
        return bib.toString().stripTrailing() + "\n";
    }

    private static void field(StringBuilder bib, String name, String value) {
        bib.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /**
     * Text as TeX reads it back: its special characters escaped, on one line, and the pairs TeX
     * would join into another character (a dash from {@code --}, quotation marks from {@code ''},
     * guillemets from {@code <<}) kept apart.
     */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        char[] characters = text.replaceAll("\\s+", " ").strip().toCharArray();
        for (int i = 0; i < characters.length; i++) {
            char c = characters[i];
            if (i + 1 < characters.length && LIGATURES.contains("" + c + characters[i + 1])) {
                out.append(c).append("{}");
                continue;
            }
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A key's characters: what BibTeX allows in a key anywhere. */
    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    }
}
