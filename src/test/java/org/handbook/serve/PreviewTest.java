package org.handbook.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Golden;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Progress;
import org.handbook.validators.BrowserLiveReload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handbook serve} over HTTP on a free loopback port, with a browser's event stream. */
class PreviewTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path workspace;

    private Path handbook;
    private Path out;
    private Preview preview;
    private final AtomicInteger builds = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final List<Throwable> crashes = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Preview.Listener listener = new Preview.Listener() {
        @Override
        public void built(BuildResult result, Duration took, Set<String> changed) {
            builds.incrementAndGet();
        }

        @Override
        public void failed(BuildResult result, Duration took) {
            failures.incrementAndGet();
        }

        @Override
        public void trouble(String message) {
            throw new AssertionError(message);
        }

        @Override
        public void crashed(Throwable failure, Duration took) {
            crashes.add(failure);
        }
    };

    @BeforeEach
    void start() throws Exception {
        handbook = TestHandbooks.copy("minimal", workspace);
        out = workspace.resolve("preview");
        preview = Preview.start(handbook, out, loopback(), listener);
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    /** The pipeline, but a bug in it, as it were, whenever a chapter holds {@code crash}. */
    private static BuildResult crashingOnWord(Path root, org.handbook.render.OutputSink sink, org.handbook.BuildMemory memory) {
        try {
            if (Files.readString(root.resolve("chapters/en/02-channels.md")).contains("crash")) {
                throw new IllegalArgumentException("Illegal character in path at index 1: a\\b");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Handbook.preview(root, sink, Progress.NONE, memory);
    }

    @AfterEach
    void stop() throws IOException {
        preview.close();
    }

    @Test
    void pagesAreServedWithTheReloadScriptWhichTheBuiltFilesDoNotHave() throws Exception {
        HttpResponse<String> page = get("/en/2026/channels/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).contains("text/html; charset=utf-8");
        assertThat(page.body()).contains("<h1>", "Channels").contains("<script src=\"/__handbook/live-reload.js\"></script></body>");
        assertThat(Files.readString(out.resolve("en/2026/channels/index.html"))).doesNotContain("live-reload");
        assertThat(get("/__handbook/live-reload.js").body()).contains("EventSource");
        assertThat(get("/en/2026/channels").statusCode()).as("a folder without its slash").isEqualTo(301);
        assertThat(get("/manifest.json").headers().firstValue("content-type")).contains("application/json");
        String css = out.relativize(Files.list(out.resolve("assets")).filter(f -> f.toString().endsWith(".css")).findFirst().orElseThrow())
                .toString();
        assertThat(get("/" + css).headers().firstValue("content-type")).contains("text/css; charset=utf-8");
        HttpResponse<String> missing = get("/en/2026/no-such-page/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("live-reload.js");
    }

    @Test
    void onlyGetAndHeadAreServed() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(url("/en/2026/")).POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("allow")).contains("GET, HEAD");
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(url("/en/2026/")).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void requestsForFilesOutsideTheSiteAreRefused() throws Exception {
        Path secret = Files.writeString(workspace.resolve("secret.txt"), "not for the web");
        Files.createSymbolicLink(out.resolve("en/outside"), workspace);
        List<String> requests = Files.readAllLines(Golden.repositoryRoot().resolve("src/test/resources/hostile/25-preview-server/requests.txt"))
                .stream().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertThat(requests).hasSizeGreaterThan(10);
        org.assertj.core.api.SoftAssertions softly = new org.assertj.core.api.SoftAssertions();
        String port = String.valueOf(preview.address().getPort());
        for (String line : requests) {
            String request = line.replace("{port}", port);
            String host = "localhost:" + port;
            if (request.startsWith("Host: ")) {
                host = request.substring(6, request.indexOf(' ', 6));
                request = request.substring(request.indexOf(' ', 6) + 1);
            }
            int space = request.lastIndexOf(' ');
            String target = request.substring(0, space).replace("{secret}", secret.toAbsolutePath().toString());
            String response = raw("GET " + target + " HTTP/1.1", host);
            softly.assertThat(response).as(line).startsWith("HTTP/1.1 " + request.substring(space + 1) + " ")
                    .doesNotContain("not for the web");
            if (response.startsWith("HTTP/1.1 421 ")) {
                softly.assertThat(response).as(line + ": nothing of the preview").contains("text/plain").doesNotContain("<html");
            }
        }
        softly.assertAll();
        assertThat(raw("GET /" + "a/".repeat(40_000) + " HTTP/1.1")).as("a very long path").matches("(?s)HTTP/1\\.1 (404|414) .*");
    }

    @Test
    void aSavedChapterReloadsItsPagesWithTheChange() throws Exception {
        try (Events events = events()) {
            assertThat(events.next().name()).isEqualTo("ok");
            Path chapter = handbook.resolve("chapters/en/02-channels.md");
            Files.writeString(chapter, Files.readString(chapter).replace("## Police channels", "## Police and customs channels"));

            Event reload = events.next();
            assertThat(reload.name()).isEqualTo("reload");
            assertThat(reload.data()).contains("\"/en/2026/channels/index.html\"", "\"all\": false");
            assertThat(get("/en/2026/channels/").body()).contains("Police and customs channels");
        }
    }

    @Test
    void aBrokenSaveKeepsTheLastGoodPageAndShowsTheErrorUntilMended() throws Exception {
        Path chapter = handbook.resolve("chapters/en/02-channels.md");
        String good = Files.readString(chapter);
        try (Events events = events()) {
            events.next();
            Files.writeString(chapter, good + "\nSee [the annex](xref:no-such-page).\n");

            Event errors = events.next();
            assertThat(errors.name()).isEqualTo("errors");
            assertThat(errors.data()).contains("\"file\": \"chapters/en/02-channels.md\"", "\"code\": \"HB-XREF-UNKNOWN\"",
                    "no-such-page", "\"line\": ");
            assertThat(get("/en/2026/channels/").body()).as("the last good page").contains("Police channels")
                    .doesNotContain("the annex");
            try (Events late = events()) {
                assertThat(late.next().name()).as("a tab opened now is told at once").isEqualTo("errors");
            }

            Files.writeString(chapter, good);
            assertThat(events.next().name()).isEqualTo("reload");
        }
        assertThat(failures).hasValue(1);
    }

    @Test
    void aSaveWhoseRebuildThrowsIsShownAsAnInternalErrorAndTheNextSaveRebuilds() throws Exception {
        preview.close();
        preview = Preview.start(handbook, out, loopback(), listener, PreviewTest::crashingOnWord);
        Path chapter = handbook.resolve("chapters/en/02-channels.md");
        String good = Files.readString(chapter);
        try (Events events = events()) {
            assertThat(events.next().name()).isEqualTo("ok");
            Files.writeString(chapter, good + "\nA link that crashes the build.\n");

            Event internal = events.next();
            assertThat(internal.name()).isEqualTo("errors");
            assertThat(internal.data()).contains("\"code\": \"HB-INTERNAL\"", "\"file\": null",
                    "internal error: java.lang.IllegalArgumentException: Illegal character in path at index 1: a\\\\b",
                    "This is a bug in handbook, not in your handbook.", "the next save rebuilds");
            assertThat(crashes).hasSize(1);
            assertThat(get("/en/2026/channels/").body()).as("the last good page").contains("Police channels")
                    .doesNotContain("crashes");

            Files.writeString(chapter, good.replace("## Police channels", "## Police and customs channels"));
            Event reload = events.next();
            assertThat(reload.name()).as("the save after the crash").isEqualTo("reload");
            assertThat(reload.data()).contains("\"/en/2026/channels/index.html\"");
            assertThat(get("/en/2026/channels/").body()).contains("Police and customs channels");
        }
        assertThat(crashes).hasSize(1);
    }

    @Test
    void aFirstBuildThatThrowsStillServesAndTheNextSaveBuilds() throws Exception {
        preview.close();
        Path chapter = handbook.resolve("chapters/en/02-channels.md");
        String good = Files.readString(chapter);
        Files.writeString(chapter, good + "\nA link that crashes the build.\n");
        preview = Preview.start(handbook, out, loopback(), listener, PreviewTest::crashingOnWord);
        assertThat(crashes).hasSize(1);
        assertThat(get("/en/2026/channels/").statusCode()).isEqualTo(503);
        try (Events events = events()) {
            assertThat(events.next().data()).contains("HB-INTERNAL");
            Files.writeString(chapter, good);
            assertThat(events.next().name()).isEqualTo("reload");
            assertThat(get("/en/2026/channels/").body()).contains("Police channels");
        }
    }

    @Test
    void aBurstOfChangesIsOneRebuild() throws Exception {
        try (Events events = events()) {
            events.next();
            int before = builds.get();
            for (int i = 0; i < 40; i++) {
                Files.writeString(handbook.resolve("chapters/en/02-channels.md"),
                        "---\nid: channels\ntitle: Channels\n---\n\n## Police channels\n\nVersion " + i + ".\n");
            }
            assertThat(events.next().name()).isEqualTo("reload");
            Thread.sleep(500);
            assertThat(builds.get() - before).isEqualTo(1);
            assertThat(get("/en/2026/channels/").body()).contains("Version 39.");
        }
    }

    @Test
    void aNewFolderOfChaptersIsWatchedToo() throws Exception {
        try (Events events = events()) {
            events.next();
            Path folder = Files.createDirectories(handbook.resolve("chapters/en/drafts"));
            events.next();
            Files.writeString(handbook.resolve("chapters/en/02-channels.md"),
                    Files.readString(handbook.resolve("chapters/en/02-channels.md")) + "\nOne more line.\n");
            assertThat(events.next().data()).contains("/en/2026/channels/index.html");
            assertThat(folder).isDirectory();
        }
    }

    @Test
    void aSourceFolderMadeAfterTheStartIsWatchedAndNothingOutsideTheSourcesIs() throws Exception {
        try (Events events = events()) {
            events.next();
            int before = builds.get();
            Files.createDirectories(handbook.resolve("notes/drafts"));
            Files.writeString(handbook.resolve("notes/drafts/todo.md"), "To do.\n");
            Files.writeString(handbook.resolve("README.md"), "Editors' notes.\n");
            Files.writeString(Files.createDirectories(handbook.resolve("target")).resolve("scratch.txt"), "Not a source.\n");
            Thread.sleep(1_500);
            assertThat(builds.get()).as("no rebuild for a change outside the sources").isEqualTo(before);

            Path later = Files.createDirectories(handbook.resolve("theme/assets"));
            Thread.sleep(500);
            Files.writeString(later.resolve("extra.css"), "/* A file in a folder made after the start. */\n");
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            while (builds.get() < before + 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(builds.get()).as("a rebuild for the new folder, and one for the file in it").isGreaterThanOrEqualTo(before + 2);
        }
    }

    @Test
    void theRebuiltSiteIsByteIdenticalToAFullBuildOfTheSameSourcesAfterEachKindOfChange() throws Exception {
        Path introduction = handbook.resolve("chapters/en/01-introduction.md");
        Path channels = handbook.resolve("chapters/en/02-channels.md");
        try (Events events = events()) {
            events.next();

            // Prose in a source chapter: its page, its stand-ins and the translations it makes outdated change.
            Files.writeString(introduction, Files.readString(introduction).replace("A paragraph in the scope section.",
                    "A paragraph, changed, in the scope section."));
            assertThat(events.next().name()).isEqualTo("reload");
            assertThat(preview.pagesReused()).as("the other chapters are taken as they were").isPositive();
            assertSameAsAFullBuild("prose");

            // A heading other pages name: every page that shows it changes.
            Files.writeString(channels, Files.readString(channels).replace("## Police channels", "## Police and customs channels"));
            assertThat(events.next().name()).isEqualTo("reload");
            assertSameAsAFullBuild("a heading");

            // A new chapter: navigation everywhere.
            Files.writeString(handbook.resolve("chapters/en/03-sources.md"),
                    "---\nid: sources\ntitle: Sources\n---\n\nWhere the facts come from.\n");
            assertThat(events.next().name()).isEqualTo("reload");
            assertSameAsAFullBuild("a new chapter");

            // The theme's style sheet, which every page links by its digest: nothing may be taken as it was.
            Path css = Files.createDirectories(handbook.resolve("theme/assets")).resolve("style.css");
            Files.writeString(css, "body { color: #222; }\n");
            Event restyled = events.next();
            assertThat(restyled.name()).isEqualTo("reload");
            assertThat(restyled.data()).contains("\"all\": true");
            assertThat(preview.pagesReused()).isZero();
            assertSameAsAFullBuild("the theme");
        }
    }

    private void assertSameAsAFullBuild(String change) throws Exception {
        Path full = Files.createTempDirectory(workspace, "full");
        Files.delete(full);
        Handbook.build(BuildRequest.build(handbook, Optional.of(full)).asPreview(), Progress.NONE);
        Map<String, byte[]> rebuilt = TestHandbooks.snapshot(out);
        Map<String, byte[]> built = TestHandbooks.snapshot(full);
        assertThat(rebuilt.keySet()).as(change).containsExactlyElementsOf(built.keySet());
        built.forEach((file, bytes) -> assertThat(rebuilt.get(file)).as(change + ": " + file).isEqualTo(bytes));
    }

    @Test
    void inChromiumTheTabReloadsOnASaveAndShowsTheErrorsOfABrokenOne() throws Exception {
        BrowserLiveReload.Seen seen = BrowserLiveReload.run(url("/en/2026/channels/"),
                handbook.resolve("chapters/en/02-channels.md"), "## Police channels", "## Police and customs channels",
                "See [the annex](xref:no-such-page).");

        assertThat(seen.before()).contains("Police channels").doesNotContain("customs");
        assertThat(seen.afterGoodSave()).contains("Police and customs channels");
        assertThat(seen.overlayRole()).isEqualTo("alert");
        assertThat(seen.overlay()).contains("The last change does not build", "chapters/en/02-channels.md:",
                "HB-XREF-UNKNOWN", "no-such-page");
        assertThat(seen.pageUnderOverlay()).as("the last good page stays").contains("Police and customs channels");
        assertThat(seen.afterMending()).contains("Police channels").doesNotContain("customs");
        assertThat(seen.overlayAfterMending()).isFalse();
        assertThat(seen.errors()).isEmpty();
    }

    private URI url(String path) {
        return preview.address().resolve(path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request sent byte for byte as written, as an attacker would, without a client's normalising. */
    private String raw(String requestLine) throws IOException {
        return raw(requestLine, "localhost:" + preview.address().getPort());
    }

    /** @param host the Host header's value, or {@code (none)} for a request without one */
    private String raw(String requestLine, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), preview.address().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream request = socket.getOutputStream();
            String hostHeader = host.equals("(none)") ? "" : "Host: " + host + "\r\n";
            request.write((requestLine + "\r\n" + hostHeader + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            request.flush();
            try (InputStream response = socket.getInputStream()) {
                return new String(response.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    record Event(String name, String data) {
    }

    /** The event stream a tab listens to. */
    private Events events() {
        return new Events();
    }

    private final class Events implements AutoCloseable {

        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final java.util.concurrent.CompletableFuture<?> stream;

        Events() {
            stream = http.sendAsync(HttpRequest.newBuilder(url("/__handbook/events")).build(),
                    HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body().forEach(lines::add));
        }

        Event next() throws InterruptedException {
            String name = null;
            List<String> data = new ArrayList<>();
            while (true) {
                String line = lines.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                assertThat(line).as("an event within " + WAIT).isNotNull();
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.add(line.substring(6));
                } else if (line.isEmpty() && name != null) {
                    if (name.equals("ping")) {
                        name = null;
                        data.clear();
                        continue;
                    }
                    return new Event(name, String.join("\n", data));
                }
            }
        }

        @Override
        public void close() {
            stream.cancel(true);
        }
    }
}
