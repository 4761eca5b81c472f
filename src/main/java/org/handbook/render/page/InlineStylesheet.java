package org.handbook.render.page;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A stylesheet as a page may carry it inside its {@code <style>} element. HTML ends that element at
 * the first {@code </style}, whatever CSS thinks it is in (a string, a comment), so a theme's
 * stylesheet holding one could close it and go on with markup of its own, a script included. A
 * backslash before the slash keeps HTML from seeing the end tag, and means the slash itself to CSS,
 * in a string, a comment or anywhere else.
 */
final class InlineStylesheet {

    private static final Pattern END_TAG = Pattern.compile("</(?=style)", Pattern.CASE_INSENSITIVE);

    private InlineStylesheet() {
    }

    static String of(byte[] css) {
        return END_TAG.matcher(new String(css, StandardCharsets.UTF_8)).replaceAll("<\\\\/");
    }
}
