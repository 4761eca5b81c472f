package org.handbook.render.page;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Puts each numbered section's number at the start of its heading ("4.2 Dual criminality"). */
final class SectionNumbers {

    private static final Pattern HEADING = Pattern.compile("<h([2-6]) id=\"([^\"]+)\">");

    private SectionNumbers() {
    }

    static String insert(String html, Map<String, String> numbers) {
        if (numbers.isEmpty()) {
            return html;
        }
        Matcher matcher = HEADING.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + numbers.size() * 40);
        while (matcher.find()) {
            String number = numbers.get(matcher.group(2));
            String replacement = number == null ? matcher.group()
                    : matcher.group() + "<span class=\"section-number\">" + number + "</span> ";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
