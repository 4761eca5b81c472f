package org.handbook.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a web page open in the editor's browser can make the preview server hold: it can connect
 * to 127.0.0.1 as often as it likes, so connections, half-sent requests and event streams are
 * bounded, and a page request is still answered meanwhile. On loopback only.
 */
class PreviewServerTest {

    private static final PreviewServer.Limits LIMITS = new PreviewServer.Limits(16, 100, Duration.ofMillis(800));

    @TempDir
    Path site;

    private LiveReload reload;
    private PreviewServer server;
    private final List<Socket> sockets = new ArrayList<>();
    private int threadsBefore;

    @BeforeEach
    void start() throws IOException {
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><body><h1>Welcome</h1></body></html>");
        threadsBefore = liveThreads();
        reload = new LiveReload(LIMITS.listeners());
        server = new PreviewServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), () -> Optional.of(site), reload, LIMITS);
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        server.close();
    }

    @Test
    void halfSentRequestsHoldBoundedThreadsLeaveRoomForAPageAndAreClosedAfterTheTimeout() throws Exception {
        for (int i = 0; i < 300; i++) {
            send(connect(), "GET / HTTP/1.1\r\nHost: " + host() + "\r\n");
        }
        Thread.sleep(200);
        assertThat(liveThreads() - threadsBefore).as("threads for 300 half-sent requests").isLessThanOrEqualTo(LIMITS.connections() + 3);

        assertThat(get("/")).startsWith("HTTP/1.1 200 OK\r\n").contains("<h1>Welcome</h1>");

        long start = System.nanoTime();
        for (Socket socket : sockets) {
            socket.setSoTimeout(3_000);
            assertThat(closedByServer(socket)).as("a half-sent request after the timeout").isTrue();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aSlowTrickleOfARequestIsRefusedWhenItsTimeIsUp() throws Exception {
        Socket socket = connect();
        long start = System.nanoTime();
        send(socket, "GET / HTTP/1.1\r\n");
        // A header every 30 ms, past the time allowed for the whole request; then what came back.
        for (int i = 0; System.nanoTime() - start < LIMITS.readTimeout().toNanos() + 200_000_000L; i++) {
            Thread.sleep(30);
            send(socket, "X-Slow: " + i + "\r\n");
        }
        socket.setSoTimeout(5_000);
        String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(response).startsWith("HTTP/1.1 408 Request Timeout\r\n").contains("Connection: close")
                .endsWith("The request did not come in time.\n");
    }

    @Test
    void eventStreamsBeyondTheLimitAreRefusedAndNoneHoldsAThread() throws Exception {
        List<BufferedReader> listening = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < 150; i++) {
            Socket socket = connect();
            socket.setSoTimeout(5_000);
            send(socket, "GET /__handbook/events HTTP/1.1\r\nHost: " + host() + "\r\n\r\n");
            BufferedReader response = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = response.readLine();
            if (status.equals("HTTP/1.1 200 OK")) {
                assertThat(nextEvent(response)).isEqualTo("event: ok");
                listening.add(response);
            } else {
                assertThat(status).isEqualTo("HTTP/1.1 503 Service Unavailable");
                refused++;
            }
        }
        assertThat(listening).hasSize(LIMITS.listeners());
        assertThat(refused).isEqualTo(50);
        assertThat(reload.listeners()).isEqualTo(LIMITS.listeners());
        assertThat(liveThreads() - threadsBefore).as("threads for 100 event streams").isLessThanOrEqualTo(LIMITS.connections() + 3);

        assertThat(get("/")).startsWith("HTTP/1.1 200 OK\r\n").contains("<h1>Welcome</h1>");

        reload.announce(LiveReload.Event.OK, new LiveReload.Event("reload", "{\"all\": true}"));
        for (BufferedReader response : listening) {
            assertThat(nextEvent(response)).isEqualTo("event: reload");
        }
    }

    @Test
    void requestsOtherSitesPagesMakeAreRefusedButALinkFollowedFromThemIsAnswered() throws Exception {
        String page = "GET / HTTP/1.1\r\nHost: " + host() + "\r\n";
        assertThat(request(page + "Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: no-cors\r\n\r\n"))
                .startsWith("HTTP/1.1 403 ").doesNotContain("Welcome");
        assertThat(request("GET /__handbook/events HTTP/1.1\r\nHost: " + host() + "\r\nSec-Fetch-Site: same-site\r\n"
                + "Sec-Fetch-Mode: cors\r\n\r\n")).as("another port of this machine").startsWith("HTTP/1.1 403 ");
        assertThat(request(page + "Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: navigate\r\n\r\n")).startsWith("HTTP/1.1 200 ");
        assertThat(request(page + "Sec-Fetch-Site: same-origin\r\nSec-Fetch-Mode: cors\r\n\r\n")).startsWith("HTTP/1.1 200 ");
        assertThat(reload.listeners()).isZero();
    }

    @Test
    void aHeaderNameFollowedBySpaceIsMalformedAndAFolderKeepsItsQueryWhenRedirected() throws Exception {
        assertThat(request("GET / HTTP/1.1\r\nHost : " + host() + "\r\n\r\n")).startsWith("HTTP/1.1 400 ");
        Files.writeString(Files.createDirectories(site.resolve("en")).resolve("index.html"), "<!DOCTYPE html><title>en</title>");
        assertThat(get("/en?q=extradition")).startsWith("HTTP/1.1 301 ").contains("\r\nLocation: /en/?q=extradition\r\n");
    }

    @Test
    void aLargeFileIsSentWhole() throws Exception {
        byte[] image = new byte[3 * 1024 * 1024 + 17];
        for (int i = 0; i < image.length; i++) {
            image[i] = (byte) (i * 31);
        }
        Files.write(site.resolve("large.png"), image);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
            socket.setSoTimeout(5_000);
            send(socket, "GET /large.png HTTP/1.1\r\nHost: " + host() + "\r\n\r\n");
            byte[] response = socket.getInputStream().readAllBytes();
            String head = new String(response, 0, 200, StandardCharsets.ISO_8859_1);
            int body = head.indexOf("\r\n\r\n") + 4;
            assertThat(head).startsWith("HTTP/1.1 200 ").contains("Content-Length: " + image.length + "\r\n");
            assertThat(java.util.Arrays.copyOfRange(response, body, response.length)).isEqualTo(image);
        }
    }

    private static String nextEvent(BufferedReader response) throws IOException {
        String line;
        while ((line = response.readLine()) != null) {
            if (line.startsWith("event: ")) {
                return line;
            }
        }
        return null;
    }

    /** Whether the server has closed the connection, after an answer (a 408) or without one. */
    private static boolean closedByServer(Socket socket) throws IOException {
        try {
            byte[] rest = socket.getInputStream().readAllBytes();
            String answer = new String(rest, StandardCharsets.UTF_8);
            return answer.isEmpty() || answer.startsWith("HTTP/1.1 408 ");
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            // reset: closed as well
            return true;
        }
    }

    private String get(String path) throws IOException {
        return request("GET " + path + " HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n");
    }

    private String request(String head) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
            socket.setSoTimeout(5_000);
            send(socket, head);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort());
        sockets.add(socket);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    private String host() {
        return "localhost:" + server.address().getPort();
    }

    private static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }
}
