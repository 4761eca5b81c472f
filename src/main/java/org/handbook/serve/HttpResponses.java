package org.handbook.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How the preview writes an HTTP/1.1 response on a connection and closes it: every response with
 * its length and {@code Connection: close}, files streamed as they are read, and a close that lets
 * the browser read the answer first.
 */
final class HttpResponses {

    /**
     * How long a closing connection is read from while the browser is still sending, so that it
     * reads the response before the close; and how long a quiet moment ends that sooner.
     */
    private static final Duration LINGER = Duration.ofSeconds(1);
    private static final Duration QUIET = Duration.ofMillis(50);

    private HttpResponses() {
    }

    static void reply(SocketChannel channel, int status, String type, byte[] body, boolean head, String headers) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(response(status, type, body, head, headers));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            // The browser went before it had its answer.
        }
    }

    static byte[] response(int status, String type, byte[] body, boolean head, String headers) {
        byte[] start = statusAndHeaders(status, type, body.length, headers);
        return head ? start : ByteBuffer.allocate(start.length + body.length).put(start).put(body).array();
    }

    static byte[] statusAndHeaders(int status, String type, long length, String headers) {
        return ("HTTP/1.1 " + status + " " + reason(status) + "\r\nContent-Type: " + type + "\r\nContent-Length: "
                + length + "\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n" + headers
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Sends a file as it is read, so that an image of megabytes is never held whole for each request. */
    static void replyWithFile(SocketChannel channel, String type, Path file, boolean head) throws IOException {
        try (FileChannel content = FileChannel.open(file)) {
            long size = content.size();
            ByteBuffer start = ByteBuffer.wrap(statusAndHeaders(200, type, size, ""));
            while (start.hasRemaining()) {
                channel.write(start);
            }
            for (long sent = 0; !head && sent < size; ) {
                sent += content.transferTo(sent, size - sent, channel);
            }
        }
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 414 -> "URI Too Long";
            case 421 -> "Misdirected Request";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }

    /**
     * Ends the response, then reads what the browser may still be sending (a request body it was not
     * asked for) while it keeps sending, for a second at most, before closing: closing with unread bytes would reset the connection,
     * and the browser could lose the response it has not read yet.
     */
    static void closeGently(SocketChannel channel) {
        try (channel) {
            channel.shutdownOutput();
            Socket socket = channel.socket();
            InputStream rest = socket.getInputStream();
            long deadline = System.nanoTime() + LINGER.toNanos();
            byte[] ignored = new byte[8192];
            long left;
            while ((left = deadline - System.nanoTime()) > 0) {
                socket.setSoTimeout((int) Math.max(1, Math.min(QUIET.toMillis(), left / 1_000_000)));
                if (rest.read(ignored) < 0) {
                    return;
                }
            }
        } catch (IOException e) {
            // closed, or the moment passed
        }
    }

    static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // gone already
        }
    }
}
