package org.handbook.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.handbook.BuildResult;
import org.handbook.files.Folders;
import org.handbook.serve.Preview;

/**
 * Times {@code handbook serve} as an editor feels it: from saving a chapter to the reload event
 * a browser tab receives, over loopback, in a warm JVM. Works on a copy of the handbook, so its
 * sources are never touched. Prints each save's time, then the median, the 90th percentile and
 * the fastest, and how long the rebuild itself took (the rest is the wait for a quiet moment
 * after the save, which coalesces bursts, and the event's delivery).
 *
 * <p>Usage: {@code ServeBenchmark <handbookDir> <chapter relative to it> [saves]}.
 */
public final class ServeBenchmark {

    private static final int WARM_UP = 5;

    private ServeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: ServeBenchmark <handbookDir> <chapter> [saves]");
            System.exit(2);
        }
        Path workspace = Files.createTempDirectory("handbook-serve-bench-");
        Path handbook = workspace.resolve("handbook");
        copySources(Path.of(args[0]), handbook);
        Path chapter = handbook.resolve(args[1]);
        int saves = args.length == 3 ? Integer.parseInt(args[2]) : 20;
        String original = Files.readString(chapter);

        List<Duration> rebuilds = new ArrayList<>();
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        try (Preview preview = Preview.start(handbook, workspace.resolve("preview"),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), new Preview.Listener() {
                    @Override
                    public void built(BuildResult result, Duration took, Set<String> changed) {
                        rebuilds.add(took);
                    }

                    @Override
                    public void failed(BuildResult result, Duration took) {
                        System.err.println("a save did not build: " + result.diagnostics());
                        System.exit(1);
                    }

                    @Override
                    public void trouble(String message) {
                        System.err.println(message);
                        System.exit(1);
                    }
                })) {
            HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(preview.address().resolve("/__handbook/events")).build(),
                    HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body()
                    .filter(line -> line.startsWith("event: reload")).forEach(events::add));
            System.out.printf(Locale.ROOT, "first build: %.0f ms; saving %s %d times (%d more to warm up)%n",
                    rebuilds.get(0).toNanos() / 1e6, args[1], saves, WARM_UP);
            rebuilds.clear();
            List<Double> millis = new ArrayList<>();
            for (int save = 1; save <= WARM_UP + saves; save++) {
                long start = System.nanoTime();
                Files.writeString(chapter, original + "\nA sentence added by the benchmark, save " + save + ".\n");
                if (events.poll(60, TimeUnit.SECONDS) == null) {
                    System.err.println("no reload event within a minute");
                    System.exit(1);
                }
                double took = (System.nanoTime() - start) / 1e6;
                if (save > WARM_UP) {
                    millis.add(took);
                    System.out.printf(Locale.ROOT, "save %2d: reload after %6.1f ms (rebuild %6.1f ms)%n", save - WARM_UP, took,
                            rebuilds.get(rebuilds.size() - 1).toNanos() / 1e6);
                }
            }
            List<Double> sorted = millis.stream().sorted().toList();
            List<Double> builds = rebuilds.subList(WARM_UP, rebuilds.size()).stream().map(d -> d.toNanos() / 1e6).sorted().toList();
            System.out.printf(Locale.ROOT, "save to reload: median %.1f ms, p90 %.1f ms, fastest %.1f ms; rebuild median %.1f ms%n",
                    sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1), sorted.get(0),
                    builds.get(builds.size() / 2));
            System.out.printf(Locale.ROOT, "bench-serve median_ms=%.1f p90_ms=%.1f rebuild_median_ms=%.1f%n",
                    sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1), builds.get(builds.size() / 2));
        } finally {
            Folders.deleteRecursively(workspace);
        }
        System.exit(0);
    }

    private static void copySources(Path from, Path to) throws IOException {
        for (String part : List.of("handbook.yml", "chapters", "countries", "theme", "editions", "images")) {
            Path source = from.resolve(part);
            if (!Files.exists(source)) {
                continue;
            }
            try (Stream<Path> tree = Files.walk(source)) {
                for (Path file : tree.toList()) {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target);
                    }
                }
            }
        }
    }
}
