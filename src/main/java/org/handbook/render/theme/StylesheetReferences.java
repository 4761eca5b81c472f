package org.handbook.render.theme;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import org.handbook.model.SitePath;

/** Points a stylesheet's {@code url(...)} references at the hashed names of the assets they name. */
final class StylesheetReferences {

    private static final String OPEN = "url(";

    private StylesheetReferences() {
    }

    /**
     * @param name   the stylesheet's name under assets/ ("css/style.css")
     * @param others every other asset by name, already hashed
     */
    static byte[] rewrite(String name, byte[] stylesheet, Map<String, Asset> others) {
        String css = new String(stylesheet, StandardCharsets.UTF_8);
        SitePath self = new SitePath("assets/" + name);
        StringBuilder out = new StringBuilder(css.length());
        // Scanned by hand, once: a pattern tried at every "url(" of a hostile sheet takes quadratic time.
        int copied = 0;
        int close = -1;
        int next = css.indexOf(OPEN);
        while (next >= 0) {
            int start = next;
            next = css.indexOf(OPEN, start + OPEN.length());
            if (close < start) {
                close = css.indexOf(')', start);
                if (close < 0) {
                    break;
                }
            }
            if (next >= 0 && next < close) {
                continue; // another url( before this one closes: not a reference to rewrite
            }
            Optional<Reference> reference = Reference.in(css.substring(start + OPEN.length(), close));
            Asset target = reference.map(found -> others.get(resolve(name, withoutQuery(found.address())))).orElse(null);
            if (target != null) {
                String quote = reference.get().quote();
                out.append(css, copied, start).append(OPEN).append(quote).append(target.path().hrefFrom(self))
                        .append(suffix(reference.get().address())).append(quote).append(')');
                copied = close + 1;
            }
        }
        out.append(css, copied, css.length());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What is between {@code url(} and {@code )}: an address, unquoted or in matching quotes. */
    private record Reference(String quote, String address) {

        static Optional<Reference> in(String inside) {
            String text = inside.strip();
            String quote = text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')
                    && text.charAt(text.length() - 1) == text.charAt(0) ? text.substring(0, 1) : "";
            String address = text.substring(quote.length(), text.length() - quote.length()).strip();
            if (address.isEmpty() || address.indexOf('"') >= 0 || address.indexOf('\'') >= 0) {
                return Optional.empty();
            }
            return Optional.of(new Reference(quote, address));
        }
    }

    /** The asset name a relative reference from {@code stylesheet} leads to, or "" when it leads elsewhere. */
    private static String resolve(String stylesheet, String reference) {
        if (reference.isEmpty() || reference.startsWith("/") || reference.startsWith("#") || reference.contains(":")) {
            return "";
        }
        int slash = stylesheet.lastIndexOf('/');
        Deque<String> segments = new ArrayDeque<>();
        if (slash >= 0) {
            for (String segment : stylesheet.substring(0, slash).split("/")) {
                segments.addLast(segment);
            }
        }
        for (String segment : reference.split("/")) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return "";
                }
                segments.removeLast();
            } else if (!segment.equals(".") && !segment.isEmpty()) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    private static String withoutQuery(String reference) {
        int cut = indexOfSuffix(reference);
        return cut < 0 ? reference : reference.substring(0, cut);
    }

    /** A font's "?#iefix" or "#glyph" part, kept as it was. */
    private static String suffix(String reference) {
        int cut = indexOfSuffix(reference);
        return cut < 0 ? "" : reference.substring(cut);
    }

    private static int indexOfSuffix(String reference) {
        int query = reference.indexOf('?');
        int fragment = reference.indexOf('#');
        if (query < 0) {
            return fragment;
        }
        return fragment < 0 ? query : Math.min(query, fragment);
    }
}
