package org.handbook.render.theme;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.model.SitePath;

/** Points a stylesheet's {@code url(...)} references at the hashed names of the assets they name. */
final class StylesheetReferences {

    private static final Pattern URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");

    private StylesheetReferences() {
    }

    /**
     * @param name   the stylesheet's name under assets/ ("css/style.css")
     * @param others every other asset by name, already hashed
     */
    static byte[] rewrite(String name, byte[] stylesheet, Map<String, Asset> others) {
        String css = new String(stylesheet, StandardCharsets.UTF_8);
        SitePath self = new SitePath("assets/" + name);
        Matcher matcher = URL.matcher(css);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String reference = matcher.group(2).strip();
            Asset target = others.get(resolve(name, withoutQuery(reference)));
            String replacement = target == null
                    ? matcher.group()
                    : "url(" + matcher.group(1) + target.path().hrefFrom(self) + suffix(reference) + matcher.group(1) + ")";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
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
