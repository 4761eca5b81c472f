package org.handbook.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.model.Diagnostic;
import org.handbook.model.Severity;
import org.handbook.render.BookSummary;
import org.handbook.model.Progress;

/**
 * Builds a handbook {@code runs} times in this JVM and prints, per run, the wall time, the pages
 * built, pages per second, the peak heap and the diagnostics; then the largest peak and the JVM
 * flags. The first run includes class loading and JIT warm-up; later runs show a warm JVM.
 *
 * <p>Besides the readable lines it prints one {@code bench-run key=value ...} line per run and one
 * {@code bench-end ...} line, which {@code bench/run} reads.
 *
 * <p>Usage: {@code BuildBenchmark <handbookDir> <outDir> [runs]}. Exits with 1 when a build has errors.
 */
public final class BuildBenchmark {

    private static final double MIB = 1024.0 * 1024.0;
    private static final int DIAGNOSTICS_SHOWN = 20;

    private BuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: BuildBenchmark <handbookDir> <outDir> [runs]");
            System.exit(2);
        }
        Path handbook = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int runs = args.length == 3 ? Integer.parseInt(args[2]) : 1;
        if (runs < 1) {
            System.err.println("BuildBenchmark: runs must be at least 1");
            System.exit(2);
        }
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments();
        System.out.printf(Locale.ROOT, "building %s into %s, %d run(s); %d processors, max heap %.0f MiB%n",
                handbook, out, runs, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / MIB);

        long maxPeak = 0;
        boolean failed = false;
        for (int run = 1; run <= runs; run++) {
            // Start each run from the live data only, so its peak is not the previous run's garbage.
            System.gc();
            heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            long gcCountBefore = gcCount();
            long gcMillisBefore = gcMillis();

            long start = System.nanoTime();
            BuildResult result = Handbook.build(BuildRequest.build(handbook, Optional.of(out)), Progress.NONE);
            long elapsed = System.nanoTime() - start;

            long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            maxPeak = Math.max(maxPeak, peak);
            long pages = result.books().stream().mapToLong(BookSummary::pages).sum();
            double seconds = elapsed / 1e9;
            long errors = result.count(Severity.ERROR);
            long warnings = result.count(Severity.WARNING);
            long gcs = gcCount() - gcCountBefore;
            long gcMillis = gcMillis() - gcMillisBefore;
            System.out.printf(Locale.ROOT,
                    "run %d/%d: %7.3f s  %6d pages  %8.1f pages/s  peak heap %7.1f MiB  GC %d x, %d ms"
                            + "  diagnostics %d (%d errors, %d warnings)%n",
                    run, runs, seconds, pages, pages / seconds, peak / MIB, gcs, gcMillis,
                    result.diagnostics().size(), errors, warnings);
            System.out.printf(Locale.ROOT,
                    "bench-run run=%d seconds=%.3f pages=%d pages_per_second=%.1f peak_heap_mib=%.1f gc_count=%d"
                            + " gc_ms=%d diagnostics=%d errors=%d warnings=%d%n",
                    run, seconds, pages, pages / seconds, peak / MIB, gcs, gcMillis, result.diagnostics().size(),
                    errors, warnings);
            if (run == 1 || errors > 0) {
                printDiagnostics(result.diagnostics());
            }
            if (result.hasErrors()) {
                failed = true;
                System.out.println("run " + run + " had errors; nothing was published");
            }
        }
        System.out.printf(Locale.ROOT, "peak heap, largest of %d run(s): %.1f MiB%n", runs, maxPeak / MIB);
        System.out.println("JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + "; flags: " + (flags.isEmpty() ? "(none)" : String.join(" ", flags)));
        System.out.printf(Locale.ROOT, "bench-end runs=%d max_peak_heap_mib=%.1f failed=%b%n", runs, maxPeak / MIB, failed);
        System.exit(failed ? 1 : 0);
    }

    private static void printDiagnostics(List<Diagnostic> diagnostics) {
        diagnostics.stream().limit(DIAGNOSTICS_SHOWN).forEach(diagnostic -> System.out.println("  "
                + diagnostic.position() + ": " + diagnostic.severity().name().toLowerCase(Locale.ROOT) + ": "
                + diagnostic.message() + " [" + diagnostic.code() + "]"));
        if (diagnostics.size() > DIAGNOSTICS_SHOWN) {
            System.out.println("  ... and " + (diagnostics.size() - DIAGNOSTICS_SHOWN) + " more");
        }
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(count -> count >= 0).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(time -> time >= 0).sum();
    }
}
