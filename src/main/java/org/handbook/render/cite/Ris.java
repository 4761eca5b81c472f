package org.handbook.render.cite;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Works as RIS records ({@code BOOK}, {@code CHAP}), the tagged format EndNote, RefWorks and
 * Zotero import: one tag per line, a value on one line, each record ended by {@code ER}, lines
 * ended as the format's definition ends them (CR LF).
 */
final class Ris {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd/");

    private Ris() {
    }

    static String of(List<CitedWork> works) {
        StringBuilder ris = new StringBuilder();
        for (CitedWork work : works) {
            line(ris, "TY", work.chapter() ? "CHAP" : "BOOK");
            line(ris, "ID", work.key());
            line(ris, "TI", work.title());
            if (work.chapter()) {
                // The book's title under both its tags: EndNote and Zotero read T2, older readers BT.
                line(ris, "T2", work.bookTitle());
                line(ris, "BT", work.bookTitle());
                line(ris, "SE", work.number());
            }
            line(ris, "ET", work.edition());
            line(ris, "AU", work.author());
            line(ris, "PB", work.publisher());
            work.date().ifPresent(date -> {
                line(ris, "PY", Integer.toString(date.getYear()));
                line(ris, "DA", DATE.format(date));
            });
            line(ris, "LA", work.language());
            line(ris, "SN", work.isbn());
            work.url().ifPresent(url -> line(ris, "UR", url));
            ris.append("ER  - \r\n");
        }
        return ris.toString();
    }

    /** A tag and its value, left out when the value is empty. */
    private static void line(StringBuilder ris, String tag, String value) {
        String oneLine = value.replaceAll("\\s+", " ").strip();
        if (!oneLine.isEmpty()) {
            ris.append(tag).append("  - ").append(oneLine).append("\r\n");
        }
    }
}
