package org.handbook.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * What a link's or image's address is, as a browser would read it: one of the handbook's own
 * schemes, a web address, a path inside the site, or something that must not reach a page. Every
 * channel that takes Markdown (chapters, data files) reads addresses through this one class, so
 * they are all held to the same rules.
 */
record LinkDestination(Kind kind, String scheme, int offset) {

    enum Kind {
        /** {@code xref:}, {@code annex:}, {@code country:} or {@code glossary:}. */
        REFERENCE,
        /** {@code index:} or {@code authority:}, a subject-index or authority mark. */
        MARK,
        /** {@code https://host/…} and the other allowed schemes. */
        WEB,
        /** {@code //host/…}: another site, in the scheme of the page. */
        OTHER_HOST,
        /** {@code javascript:}, {@code data:}, {@code file:}… */
        UNSAFE_SCHEME,
        /** {@code https:javascript:…}: a web scheme with no {@code //host} after it, which is no web address. */
        WEB_SCHEME_WITHOUT_HOST,
        /** A path written with {@code \} (or {@code %5C}), which some browsers read as {@code /} and others not. */
        BACKSLASH,
        /** A {@code %} not followed by two hexadecimal digits, at {@link #offset()}. */
        BAD_ENCODING,
        /** A path inside the site, or a {@code #fragment} of this page. */
        LOCAL
    }

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern CONTROL_AND_SPACE = Pattern.compile("[\\x00-\\x20\\x7f]");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

    static LinkDestination of(String destination) {
        if (ReferenceLinks.scheme(destination).isPresent()) {
            return new LinkDestination(Kind.REFERENCE, "", 0);
        }
        if (IndexMarks.isMark(destination) || AuthorityMarks.isMark(destination)) {
            return new LinkDestination(Kind.MARK, "", 0);
        }
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:") and read "\" as "/".
        String compact = CONTROL_AND_SPACE.matcher(destination).replaceAll("");
        Matcher matcher = SCHEME.matcher(compact);
        if (matcher.find()) {
            String scheme = matcher.group(1).toLowerCase(Locale.ROOT);
            if (!SAFE_SCHEMES.contains(scheme)) {
                return new LinkDestination(Kind.UNSAFE_SCHEME, scheme, 0);
            }
            String rest = compact.substring(matcher.end()).replace('\\', '/');
            if (WEB_SCHEMES.contains(scheme) && (!rest.startsWith("//") || rest.length() == 2)) {
                return new LinkDestination(Kind.WEB_SCHEME_WITHOUT_HOST, scheme, 0);
            }
            return new LinkDestination(Kind.WEB, scheme, 0);
        }
        String slashes = compact.replace('\\', '/');
        if (slashes.startsWith("//")) {
            return new LinkDestination(Kind.OTHER_HOST, "", 0);
        }
        int backslash = destination.indexOf('\\');
        int encoded = destination.toUpperCase(Locale.ROOT).indexOf("%5C");
        if (backslash >= 0 || encoded >= 0) {
            return new LinkDestination(Kind.BACKSLASH, "", backslash >= 0 ? backslash : encoded);
        }
        return badEncoding(destination).map(at -> new LinkDestination(Kind.BAD_ENCODING, "", at))
                .orElse(new LinkDestination(Kind.LOCAL, "", 0));
    }

    /**
     * What the HTML renderer keeps of an address: only the schemes allowed here, so that what is
     * reported and what is rendered never disagree (the renderer's own default drops {@code tel:}).
     */
    static UrlSanitizer sanitizer() {
        return new DefaultUrlSanitizer(SAFE_SCHEMES);
    }

    /** The offset of the first {@code %} that does not start an escape such as {@code %20}. */
    private static Optional<Integer> badEncoding(String destination) {
        for (int at = destination.indexOf('%'); at >= 0; at = destination.indexOf('%', at + 1)) {
            if (at + 2 >= destination.length() || !isHex(destination.charAt(at + 1)) || !isHex(destination.charAt(at + 2))) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
