package org.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves the last good preview of the site over HTTP: GET and HEAD only, files inside the site
 * only, each HTML page with the live-reload script added on its way out (never in the files).
 */
final class PreviewServer implements AutoCloseable {

    static final String PREFIX = "/__handbook/";
    private static final String SCRIPT_PATH = PREFIX + "live-reload.js";
    private static final String EVENTS_PATH = PREFIX + "events";
    private static final String SCRIPT_TAG = "<script src=\"" + SCRIPT_PATH + "\"></script>";
    private static final byte[] SCRIPT = script();

    private final HttpServer server;
    private final ExecutorService threads;
    private final Supplier<Optional<Path>> site;
    private final LiveReload reload;

    /** @param site the folder of the last good site, or empty before the first good build */
    PreviewServer(InetSocketAddress address, Supplier<Optional<Path>> site, LiveReload reload) throws IOException {
        this.site = site;
        this.reload = reload;
        this.server = HttpServer.create(address, 0);
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "handbook-serve");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    URI address() {
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD are served.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals(EVENTS_PATH)) {
                listen(exchange);
                return;
            }
            if (path.equals(SCRIPT_PATH)) {
                send(exchange, 200, "text/javascript; charset=utf-8", SCRIPT);
                return;
            }
            serveFile(exchange, path);
        }
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        Optional<Path> root = site.get();
        if (root.isEmpty()) {
            send(exchange, 503, "text/html; charset=utf-8", page("The handbook has not built yet: the errors are in the terminal."));
            return;
        }
        if (StaticFiles.isFolderWithoutSlash(root.get(), path)) {
            exchange.getResponseHeaders().set("Location", path + "/");
            send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        Optional<Path> file = StaticFiles.resolve(root.get(), path);
        if (file.isPresent()) {
            String type = StaticFiles.contentType(file.get());
            byte[] content = Files.readAllBytes(file.get());
            send(exchange, 200, type, type.startsWith("text/html") ? withScript(content) : content);
            return;
        }
        Path notFound = root.get().resolve("404.html");
        send(exchange, 404, "text/html; charset=utf-8",
                Files.isRegularFile(notFound) ? withScript(Files.readAllBytes(notFound)) : page("Not found."));
    }

    /** Keeps the response open as a stream of events; the listener is dropped once it cannot be written to. */
    private void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        try {
            // Holds this request's thread until the browser goes, so the exchange stays open.
            reload.listenUntilGone(exchange.getResponseBody());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
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
        reload.closeAll();
        server.stop(0);
        threads.shutdownNow();
    }
}
