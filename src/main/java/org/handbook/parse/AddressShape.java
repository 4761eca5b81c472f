package org.handbook.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a cited web address look mistyped, though a browser might still open it: a host
 * ending with a dot ({@code en.wikisource.org./wiki/…}), an empty folder in the path
 * ({@code sso.agc.gov.sg//Acts}), or a percent escape encoded twice ({@code %252c} for
 * {@code %2c}, a comma). Each is the mark of an address copied from another page's markup or
 * mangled on the way, which readers cannot cite and a link checker flags.
 */
public final class AddressShape {

    private static final Pattern WEB = Pattern.compile("(?i)https?://([^/?#]*)([^?#]*)(.*)");
    private static final Pattern TWICE_ENCODED = Pattern.compile("%25([0-9A-Fa-f]{2})");

    private AddressShape() {
    }

    /** What looks mistyped in the http(s) address {@code address}, if anything. */
    public static Optional<String> problem(String address) {
        Matcher web = WEB.matcher(address);
        if (!web.matches()) {
            return Optional.empty();
        }
        String authority = web.group(1);
        String host = authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":\\d*$", "");
        if (host.endsWith(".")) {
            return Optional.of("its host ends with a dot (" + host + ")");
        }
        if (web.group(2).contains("//")) {
            return Optional.of("its path has an empty folder ('//' after " + host + ")");
        }
        Matcher twice = TWICE_ENCODED.matcher(web.group(2) + web.group(3));
        if (twice.find()) {
            return Optional.of("it is percent-encoded twice ('" + twice.group() + "' stands for '%" + twice.group(1)
                    + "', itself an escape)");
        }
        return Optional.empty();
    }
}
