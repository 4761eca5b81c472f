package org.handbook.links;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Servers on this machine that answer as the web does: a page, a permanent and a temporary move, a missing page, a
 * server that refuses HEAD, one that never answers in time, and one that resets every connection.
 */
public final class LinkServers implements AutoCloseable {

    private final HttpServer http;
    private final ServerSocket resetting;
    private final Thread resetter;
    /** Each request as "METHOD /path", in the order they came. */
    public final List<String> requests = new CopyOnWriteArrayList<>();

    public LinkServers() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + path);
            int status;
            switch (path) {
                case "/page", "/new-page" -> status = 200;
                case "/moved" -> {
                    exchange.getResponseHeaders().add("Location", "/new-page");
                    status = 301;
                }
                case "/elsewhere-for-now" -> {
                    exchange.getResponseHeaders().add("Location", "/page");
                    status = 302;
                }
                case "/no-head" -> status = exchange.getRequestMethod().equals("HEAD") ? 405 : 200;
                case "/slow" -> {
                    sleep(3_000);
                    status = 200;
                }
                default -> status = 404;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        http.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        http.start();
        resetting = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        resetter = new Thread(() -> {
            while (!resetting.isClosed()) {
                try (Socket socket = resetting.accept()) {
                    // Closing at once with a zero linger sends a reset instead of an orderly close.
                    socket.setSoLinger(true, 0);
                } catch (IOException e) {
                    return;
                }
            }
        });
        resetter.setDaemon(true);
        resetter.start();
    }

    /** An address on the HTTP server. */
    public String at(String path) {
        return "http://127.0.0.1:" + http.getAddress().getPort() + path;
    }

    /** An address on the server that resets every connection. */
    public String resetting() {
        return "http://127.0.0.1:" + resetting.getLocalPort() + "/page";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        http.stop(0);
        try {
            resetting.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
