package org.handbook.model;

/**
 * A title as readers see it, in both the forms it is shown in: {@code text}, for where no markup
 * can go (a page's {@code <title>}, PDF bookmarks, JSON, an attribute), and {@code html}, the same
 * words with the markup their author wrote ({@code <code>}, {@code <em>}, {@code <strong>},
 * {@code <del>}), safe to write into a heading or a link's text as it is. {@code text} is what
 * {@code html} shows, so one never needs to be made from the other.
 */
public record Title(String text, String html) {

    /** A title written without markup: its HTML is its text, escaped. */
    public static Title plain(String text) {
        return new Title(text, escape(text));
    }

    /** The text as HTML shows it, escaped as the templates escape text, so either way gives the same bytes. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
