package org.handbook.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server on the loopback address that nothing may connect to: each connection it sees is kept,
 * with the first line the client sent, and closed. Addresses naming it stand for any host on the
 * internet a handbook could name.
 */
public final class ConnectionTrap implements AutoCloseable {

    private final ServerSocket server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public ConnectionTrap() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::accept, "connection-trap");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** "127.0.0.1:PORT", for addresses such as {@code http://127.0.0.1:PORT/x.png} and {@code //127.0.0.1:PORT/x}. */
    public String hostAndPort() {
        return server.getInetAddress().getHostAddress() + ":" + server.getLocalPort();
    }

    /** The connections seen so far, each as the first line its client sent (empty when it sent none). */
    public List<String> connections() {
        return List.copyOf(requests);
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(2000);
                StringBuilder line = new StringBuilder();
                try {
                    int c;
                    while ((c = client.getInputStream().read()) >= 0 && c != '\n' && line.length() < 500) {
                        line.append((char) c);
                    }
                } catch (IOException e) {
                    // The connection alone is what counts.
                }
                requests.add(line.toString().strip());
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                requests.add("(failed: " + e + ")");
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        try {
            acceptor.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
