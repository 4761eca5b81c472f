package org.handbook.render.page;

import java.util.Map;

/** Puts each numbered section's number at the start of its heading ("4.2 Dual criminality"). */
final class SectionNumbers {

    private static final String ID = " id=\"";

    private SectionNumbers() {
    }

    /** Scans for {@code <hN id="...">} by hand: a regular expression costs more than the rest of the page. */
    static String insert(String html, Map<String, String> numbers) {
        if (numbers.isEmpty()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + numbers.size() * 40);
        int copied = 0;
        for (int at = html.indexOf("<h"); at >= 0; at = html.indexOf("<h", at + 2)) {
            char level = at + 2 < html.length() ? html.charAt(at + 2) : ' ';
            if (level < '2' || level > '6' || !html.startsWith(ID, at + 3)) {
                continue;
            }
            int idStart = at + 3 + ID.length();
            int idEnd = html.indexOf('"', idStart);
            if (idEnd < 0 || idEnd + 1 >= html.length() || html.charAt(idEnd + 1) != '>') {
                continue;
            }
            String id = html.substring(idStart, idEnd);
            String number = numbers.get(id);
            if (number != null) {
                out.append(html, copied, idEnd + 2).append("<span class=\"section-number\">").append(number).append("</span> ");
                copied = idEnd + 2;
            }
        }
        return out.append(html, copied, html.length()).toString();
    }
}
