package org.handbook.serve;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The request line and the headers the preview looks at of an HTTP/1.1 request (Host, and the
 * browser's Sec-Fetch-Site and Sec-Fetch-Mode, which say whether another site's page made it), read
 * within a deadline and a size: a request sent half, or slowly, or without end, is answered with a
 * refusal rather than waited for. The body, if any, is never read: only GET and HEAD are served.
 */
record RequestHead(String method, String target, Optional<String> host, Optional<String> fetchSite,
                   Optional<String> fetchMode) {

    /** Whether a page of another site (another port of this machine included) made the browser send this, other than by a link followed. */
    boolean fromAnotherSite() {
        boolean otherSite = fetchSite.filter(site -> site.equals("cross-site") || site.equals("same-site")).isPresent();
        return otherSite && !fetchMode.filter(mode -> mode.equals("navigate")).isPresent();
    }

    /** A header's name: a token, with no space before its colon (RFC 9112 asks for a refusal then). */
    private static final java.util.regex.Pattern HEADER_NAME = java.util.regex.Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    /** The request line and headers together; browsers send a few kilobytes at most. */
    static final int MOST_BYTES = 16 * 1024;

    /** A request that is not answered as asked, with the status and the short text that say why. */
    static final class Refusal extends Exception {

        private final int status;

        Refusal(int status, String why) {
            super(why, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /**
     * Reads the head of a request from {@code socket}; by {@code deadline} ({@link System#nanoTime})
     * it must have come whole.
     *
     * @throws EOFException when the browser closed the connection before sending a whole request
     */
    static RequestHead read(Socket socket, long deadline) throws IOException, Refusal {
        InputStream in = socket.getInputStream();
        byte[] head = new byte[MOST_BYTES];
        int length = 0;
        int scanned = 0;
        int end;
        // Only the bytes that came last are searched for the end: a request sent a byte at a time is not searched again from its start.
        while ((end = end(head, scanned, length)) < 0) {
            scanned = Math.max(0, length - 3);
            if (length == MOST_BYTES) {
                throw indexOf(head, length, (byte) '\n') < 0 ? new Refusal(414, "The request line is too long.\n")
                        : new Refusal(431, "The request's headers are too long.\n");
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new Refusal(408, "The request did not come in time.\n");
            }
            socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
            int read;
            try {
                read = in.read(head, length, MOST_BYTES - length);
            } catch (SocketTimeoutException e) {
                throw new Refusal(408, "The request did not come in time.\n");
            }
            if (read < 0) {
                throw new EOFException("the request ended early");
            }
            length += read;
        }
        return parse(new String(head, 0, end, StandardCharsets.ISO_8859_1));
    }

    private static RequestHead parse(String head) throws Refusal {
        String[] lines = head.split("\r?\n", -1);
        String[] request = lines[0].split(" ", -1);
        if (request.length != 3 || request[0].isEmpty() || request[1].isEmpty() || !request[2].startsWith("HTTP/1.")) {
            throw new Refusal(400, "The request line is not HTTP/1.1.\n");
        }
        String host = null;
        String fetchSite = null;
        String fetchMode = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            if (colon <= 0 || !HEADER_NAME.matcher(line.substring(0, colon)).matches()) {
                throw new Refusal(400, "A header of the request is malformed.\n");
            }
            String value = line.substring(colon + 1).strip();
            switch (line.substring(0, colon).toLowerCase(Locale.ROOT)) {
                case "host" -> {
                    if (host != null) {
                        throw new Refusal(400, "The request has two Host headers.\n");
                    }
                    host = value;
                }
                case "sec-fetch-site" -> fetchSite = value.toLowerCase(Locale.ROOT);
                case "sec-fetch-mode" -> fetchMode = value.toLowerCase(Locale.ROOT);
                default -> {
                }
            }
        }
        return new RequestHead(request[0], request[1], Optional.ofNullable(host), Optional.ofNullable(fetchSite),
                Optional.ofNullable(fetchMode));
    }

    /** Where the head ends (the start of its empty line), searched from {@code from}, or -1 when it has not ended yet. */
    private static int end(byte[] bytes, int from, int length) {
        for (int i = from; i + 1 < length; i++) {
            if (bytes[i] == '\n' && bytes[i + 1] == '\n') {
                return i;
            }
            if (bytes[i] == '\n' && bytes[i + 1] == '\r' && i + 2 < length && bytes[i + 2] == '\n') {
                return i > 0 && bytes[i - 1] == '\r' ? i - 1 : i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] bytes, int length, byte b) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
