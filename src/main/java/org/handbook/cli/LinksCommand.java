package org.handbook.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.handbook.BuildResult;
import org.handbook.config.ConfigLoader;
import org.handbook.config.HandbookConfig;
import org.handbook.links.CitedAddress;
import org.handbook.links.CitedAddresses;
import org.handbook.links.LinkCache;
import org.handbook.links.LinkChecker;
import org.handbook.links.LinkFindings;
import org.handbook.links.LinkState;
import org.handbook.links.Politeness;
import org.handbook.load.Loader;
import org.handbook.load.Sources;
import org.handbook.model.Diagnostic;
import org.handbook.model.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code handbook links}: every web address the handbook cites, asked whether it still answers. */
@Command(name = "links", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Reports cited web addresses that are broken or have moved.", "",
                "Covers the sources of country facts and the links and footnotes of every chapter, in every language and"
                        + " edition, each reported at its file and line. Servers are asked politely: one request at a"
                        + " time per host, with a pause between two, HEAD and then GET, and a timeout. What the check"
                        + " learns is kept with its date in a file the repository can keep, so that an address checked"
                        + " lately is not asked again.", "",
                "Exit code 1 when an address is broken; one that has moved or did not answer is a warning, which fails"
                        + " the run only with --strict."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./handbook links",
                "      Asks about each address not checked in the last 7 days.",
                "  ./handbook links --recheck-after 0 --format github",
                "      Asks about every address again, and annotates the problems in a workflow."})
final class LinksCommand implements Callable<Integer> {

    static final String DEFAULT_CACHE = ".link-check.json";

    private final Reporter reporter;
    private final Clock clock;

    @ParentCommand
    HandbookCommand parent;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "Where results are kept, with their dates (default: " + DEFAULT_CACHE + " in the handbook).")
    Path cache;

    @Option(names = "--recheck-after", paramLabel = "DAYS",
            description = "Ask again about an address last checked this many days ago or more (default: 7; 0 asks about"
                    + " every address). An address that did not answer is always asked again.")
    int recheckAfterDays = 7;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "How long to wait for a server's answer (default: 15).")
    int timeoutSeconds = (int) Politeness.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--pause", paramLabel = "MS",
            description = "The pause between two requests to the same host, in milliseconds (default: 500).")
    long pauseMillis = Politeness.DEFAULT_PAUSE.toMillis();

    @Option(names = "--strict", description = "Fail (exit 1) on warnings too: an address that has moved or did not answer.")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "How to print problems: text (default), github (workflow annotations) or json.")
    DiagnosticFormat format = DiagnosticFormat.text;

    LinksCommand(Reporter reporter, Clock clock) {
        this.reporter = reporter;
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        GlobalOptions options = parent.global;
        Path root = options.source;
        if (!BuildRunner.isHandbook(root, reporter)) {
            return ExitCode.USAGE;
        }
        if (recheckAfterDays < 0 || timeoutSeconds < 1 || pauseMillis < 0) {
            reporter.problem("--recheck-after and --pause cannot be negative, and --timeout is at least 1 second");
            return ExitCode.USAGE;
        }
        Diagnostics reading = new Diagnostics();
        Optional<HandbookConfig> config = ConfigLoader.load(root, reading);
        Optional<Sources> sources = config.map(loaded -> Loader.load(loaded, reading));
        if (reading.hasErrors() || sources.isEmpty()) {
            reporter.diagnostics(reading.sorted().stream().filter(Diagnostic::isError).toList(), false);
            reporter.problem("the handbook has errors (above): fix them, or run check, before checking its links");
            return ExitCode.CONTENT_ERRORS;
        }
        List<CitedAddress> cited = CitedAddresses.of(sources.get());
        Path cacheFile = cache != null ? cache : root.resolve(DEFAULT_CACHE);
        Politeness politeness = new Politeness(Duration.ofMillis(pauseMillis), Duration.ofSeconds(timeoutSeconds),
                Politeness.DEFAULT_HOSTS_AT_ONCE, "handbook-link-check/" + VersionProvider.version());
        LinkChecker.Result result = new LinkChecker(politeness, clock)
                .check(cited.stream().map(CitedAddress::address).toList(), LinkCache.read(cacheFile), recheckAfterDays);
        if (result.asked() > 0 && result.states().values().stream()
                .allMatch(state -> state.outcome() == LinkState.Outcome.UNREACHABLE)) {
            reporter.problem("none of the " + result.asked() + " addresses asked answered: this machine seems to have no"
                    + " connection to the web. Nothing is reported and " + cacheFile + " is left as it was; run links again"
                    + " where the web can be reached");
            return ExitCode.USAGE;
        }
        result.cache().write(cacheFile);

        List<Diagnostic> findings = LinkFindings.of(cited, result.states()).sorted();
        BuildResult report = new BuildResult(findings, List.of(), Optional.empty());
        reporter.diagnostics(report, options.quiet, format);
        if (!options.quiet && format == DiagnosticFormat.text) {
            reporter.say(summary(result, cited.size()));
        }
        boolean failed = report.hasErrors() || strict && !findings.isEmpty();
        return failed ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
    }

    private static String summary(LinkChecker.Result result, int places) {
        Map<String, LinkState> states = result.states();
        return String.format(Locale.ROOT, "Checked %d addresses cited in %d places (%d asked now, %d known from the last"
                        + " checks): %d broken, %d moved, %d did not answer", states.size(), places, result.asked(),
                states.size() - result.asked(), count(states, LinkState.Outcome.BROKEN),
                count(states, LinkState.Outcome.MOVED), count(states, LinkState.Outcome.UNREACHABLE));
    }

    private static long count(Map<String, LinkState> states, LinkState.Outcome outcome) {
        return states.values().stream().filter(state -> state.outcome() == outcome).count();
    }
}
