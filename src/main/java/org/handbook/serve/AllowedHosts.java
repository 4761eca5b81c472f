package org.handbook.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The names the preview answers to, checked against each request's Host header: {@code localhost}
 * and the addresses it listens on, with its port. A web page under any other name (one that a DNS
 * server of the page's maker points at 127.0.0.1, say) is refused, so it cannot read the preview;
 * a page at an address that is the preview's own is not another site, so an address may pass.
 */
final class AllowedHosts {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9A-Fa-f:.]+]");

    private final InetAddress bound;
    private final int port;

    AllowedHosts(InetAddress bound, int port) {
        this.bound = bound;
        this.port = port;
    }

    /** Whether {@code host}, a Host header's value such as {@code 127.0.0.1:8000}, names this preview. */
    boolean allow(String host) {
        int colon = host.lastIndexOf(':');
        String name = host;
        int asked = 80;
        if (colon >= 0 && host.indexOf(']', colon) < 0) {
            name = host.substring(0, colon);
            try {
                asked = Integer.parseInt(host.substring(colon + 1));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (asked != port) {
            return false;
        }
        if (name.toLowerCase(Locale.ROOT).equals("localhost")) {
            return true;
        }
        if (!IPV4.matcher(name).matches() && !IPV6.matcher(name).matches()) {
            // A name: looking it up would ask the very DNS server that may lie about it.
            return false;
        }
        try {
            // A literal address, with its brackets if IPv6: the runtime then parses it and never looks it up.
            InetAddress address = InetAddress.getByName(name);
            return address.isLoopbackAddress() || address.equals(bound) || bound.isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
