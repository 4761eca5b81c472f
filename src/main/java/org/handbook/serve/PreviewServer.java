package org.handbook.serve;

import static org.handbook.serve.HttpResponses.closeGently;
import static org.handbook.serve.HttpResponses.closeQuietly;
import static org.handbook.serve.HttpResponses.reply;
import static org.handbook.serve.HttpResponses.replyWithFile;
import static org.handbook.serve.HttpResponses.response;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Serves the last good preview of the site over HTTP/1.1: GET and HEAD only, files inside the site
 * only, each HTML page with the live-reload script added on its way out (never in the files), and
 * only to requests that name the preview in their Host header.
 *
 * <p>Any web page the editor has open can make the browser connect here, so what a connection may
 * hold is bounded: at most {@code connections} requests are read or answered at once (a thread
 * each), each request must arrive whole within {@code readTimeout}, the oldest half-sent request
 * is closed to make room for a new one, and event streams are {@link LiveReload}'s, on one thread.
 * Each response closes its connection, so no connection is held between requests.
 */
final class PreviewServer implements AutoCloseable {

    /** The bounds; {@link #DEFAULT} for {@code handbook serve}, tighter ones in tests. */
    record Limits(int connections, int listeners, Duration readTimeout) {
        static final Limits DEFAULT = new Limits(64, 32, Duration.ofSeconds(5));
    }

    static final String PREFIX = "/__handbook/";
    private static final String SCRIPT_PATH = PREFIX + "live-reload.js";
    private static final String EVENTS_PATH = PREFIX + "events";
    private static final String SCRIPT_TAG = "<script src=\"" + SCRIPT_PATH + "\"></script>";
    private static final byte[] SCRIPT = script();
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final byte[] EVENT_STREAM = ("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
            + "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final ServerSocketChannel listening;
    private final Limits limits;
    private final Semaphore slots;
    private final ThreadPoolExecutor workers;
    private final Thread accepting;
    /** The connections whose request is still being read, and since when: the oldest goes first when all slots are taken. */
    private final Map<SocketChannel, Long> reading = new ConcurrentHashMap<>();
    private final Supplier<Optional<Path>> site;
    private final LiveReload reload;
    private final AllowedHosts hosts;

    /** @param site the folder of the last good site, or empty before the first good build */
    PreviewServer(InetSocketAddress address, Supplier<Optional<Path>> site, LiveReload reload, Limits limits) throws IOException {
        this.site = site;
        this.reload = reload;
        this.limits = limits;
        this.slots = new Semaphore(limits.connections());
        this.listening = ServerSocketChannel.open();
        try {
            listening.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            listening.bind(address, 128);
        } catch (IOException e) {
            listening.close();
            throw e;
        }
        InetSocketAddress bound = (InetSocketAddress) listening.getLocalAddress();
        this.hosts = new AllowedHosts(bound.getAddress(), bound.getPort());
        // As many threads as slots; a task whose slot was just freed by a thread not yet idle waits in the queue.
        this.workers = new ThreadPoolExecutor(limits.connections(), limits.connections(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "handbook-serve");
                    thread.setDaemon(true);
                    return thread;
                });
        workers.allowCoreThreadTimeOut(true);
        this.accepting = new Thread(this::acceptUntilClosed, "handbook-serve-accept");
        accepting.setDaemon(true);
    }

    void start() {
        accepting.start();
    }

    URI address() {
        InetSocketAddress bound;
        try {
            bound = (InetSocketAddress) listening.getLocalAddress();
        } catch (IOException e) {
            throw new IllegalStateException("the preview server is closed", e);
        }
        String host = bound.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort() + "/");
    }

    private void acceptUntilClosed() {
        while (listening.isOpen()) {
            SocketChannel channel;
            try {
                channel = listening.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                // Out of file descriptors, say: the connection is lost, and the server goes on after a pause
                // rather than spinning on a failure that lasts.
                pause();
                continue;
            }
            if (!slots.tryAcquire() && !makeRoom()) {
                refuseAtOnce(channel);
                continue;
            }
            long accepted = System.nanoTime();
            reading.put(channel, accepted);
            try {
                workers.execute(() -> {
                    boolean streaming = false;
                    try {
                        streaming = answer(channel, accepted + limits.readTimeout().toNanos());
                    } catch (RuntimeException closing) {
                        // The server closed while answering: the connection is closed below.
                    } finally {
                        // The slot is for reading and answering: a connection that only closes holds none.
                        slots.release();
                        if (!streaming) {
                            closeGently(channel);
                        }
                    }
                });
            } catch (RejectedExecutionException e) {
                // closing
                reading.remove(channel);
                slots.release();
                closeQuietly(channel);
            }
        }
    }

    /** Closes the oldest connection still sending its request, and takes its slot once it is free. */
    private boolean makeRoom() {
        Optional<SocketChannel> oldest;
        do {
            oldest = reading.entrySet().stream().min(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
            // Taken out first, so that a request read whole meanwhile, and being answered, is never closed instead.
        } while (oldest.isPresent() && reading.remove(oldest.get()) == null);
        if (oldest.isEmpty()) {
            return false;
        }
        closeQuietly(oldest.get());
        try {
            return slots.tryAcquire(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Every slot is answering a whole request: this connection is told so, without a thread of its own. */
    private static void refuseAtOnce(SocketChannel channel) {
        try (channel) {
            // A new connection's send buffer is empty: the short answer is written without waiting.
            channel.configureBlocking(false);
            channel.write(ByteBuffer.wrap(response(503, TEXT, "The preview is busy: try again in a moment.\n"
                    .getBytes(StandardCharsets.UTF_8), false, "")));
            channel.shutdownOutput();
            // What of the request has come is read, so that the close does not reset the connection.
            channel.read(ByteBuffer.allocate(RequestHead.MOST_BYTES));
        } catch (IOException e) {
            // gone already
        }
    }

    /**
     * Reads one request, which must have come whole by {@code deadline}, and answers it; true when
     * the connection became an event stream, which stays open.
     */
    private boolean answer(SocketChannel channel, long deadline) {
        try {
            RequestHead request = RequestHead.read(channel.socket(), deadline);
            if (reading.remove(channel) == null) {
                return false; // closed to make room just as its request came whole
            }
            return route(channel, request);
        } catch (RequestHead.Refusal refusal) {
            reply(channel, refusal.status(), TEXT, refusal.getMessage().getBytes(StandardCharsets.UTF_8), false, "");
        } catch (IOException e) {
            // The browser went, or the connection was closed to make room: there is no one to answer.
        } finally {
            reading.remove(channel);
        }
        return false;
    }

    /** Answers one request; true when the connection became an event stream, which stays open. */
    private boolean route(SocketChannel channel, RequestHead request) throws IOException {
        boolean head = request.method().equals("HEAD");
        if (request.host().isEmpty()) {
            reply(channel, 400, TEXT, "The request has no Host header.\n".getBytes(StandardCharsets.UTF_8), head, "");
            return false;
        }
        if (!hosts.allow(request.host().get())) {
            reply(channel, 421, TEXT, ("The preview answers only to " + address() + " and to localhost with its port,"
                    + " not to pages under other names.\n").getBytes(StandardCharsets.UTF_8), head, "");
            return false;
        }
        if (request.fromAnotherSite()) {
            // Another site's page may still link here, but not make the browser fetch from the preview: each such
            // request would hold a slot, or a place among the event streams, that the editor's own tabs need.
            reply(channel, 403, TEXT, "The preview answers its own pages, not requests that other sites' pages make.\n"
                    .getBytes(StandardCharsets.UTF_8), head, "");
            return false;
        }
        if (!request.method().equals("GET") && !head) {
            reply(channel, 405, TEXT, "Only GET and HEAD are served.\n".getBytes(StandardCharsets.UTF_8), false, "Allow: GET, HEAD\r\n");
            return false;
        }
        String path;
        String query;
        try {
            URI target = new URI(request.target());
            path = Optional.ofNullable(target.getRawPath()).orElse("");
            query = target.getRawQuery() == null ? "" : "?" + target.getRawQuery();
        } catch (java.net.URISyntaxException e) {
            reply(channel, 400, TEXT, "The request's address is malformed.\n".getBytes(StandardCharsets.UTF_8), head, "");
            return false;
        }
        if (path.equals(EVENTS_PATH)) {
            if (head) {
                reply(channel, 200, "text/event-stream; charset=utf-8", new byte[0], true, "");
                return false;
            }
            if (reload.listen(channel, EVENT_STREAM)) {
                return true;
            }
            reply(channel, 503, TEXT, "Too many tabs are listening for changes: close some, then reload this one.\n"
                    .getBytes(StandardCharsets.UTF_8), false, "");
            return false;
        }
        if (path.equals(SCRIPT_PATH)) {
            reply(channel, 200, "text/javascript; charset=utf-8", SCRIPT, head, "");
            return false;
        }
        serveFile(channel, path, query, head);
        return false;
    }

    private void serveFile(SocketChannel channel, String path, String query, boolean head) throws IOException {
        Optional<Path> root = site.get();
        if (root.isEmpty()) {
            reply(channel, 503, "text/html; charset=utf-8", page("The handbook has not built yet: the errors are in the terminal."),
                    head, "");
            return;
        }
        if (StaticFiles.isFolderWithoutSlash(root.get(), path)) {
            reply(channel, 301, TEXT, new byte[0], head, "Location: " + path + "/" + query + "\r\n");
            return;
        }
        Optional<Path> file = StaticFiles.resolve(root.get(), path);
        if (file.isPresent()) {
            String type = StaticFiles.contentType(file.get());
            if (type.startsWith("text/html")) {
                reply(channel, 200, type, withScript(Files.readAllBytes(file.get())), head, "");
            } else {
                replyWithFile(channel, type, file.get(), head);
            }
            return;
        }
        Path notFound = root.get().resolve("404.html");
        reply(channel, 404, "text/html; charset=utf-8",
                Files.isRegularFile(notFound) ? withScript(Files.readAllBytes(notFound)) : page("Not found."), head, "");
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static byte[] withScript(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        String injected = end < 0 ? page + SCRIPT_TAG : page.substring(0, end) + SCRIPT_TAG + page.substring(end);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] page(String message) {
        return withScript(("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>handbook serve</title></head>"
                + "<body><p>" + message + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] script() {
        try (InputStream in = PreviewServer.class.getResourceAsStream("live-reload.js")) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the tool's jar lacks live-reload.js", e);
        }
    }

    @Override
    public void close() {
        try {
            listening.close();
        } catch (IOException e) {
            // stopping anyway
        }
        reading.keySet().forEach(HttpResponses::closeQuietly);
        reload.close();
        workers.shutdownNow();
    }
}
