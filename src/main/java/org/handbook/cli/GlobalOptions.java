package org.handbook.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command takes. */
final class GlobalOptions {

    @Option(names = "--source", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The handbook's root folder, where handbook.yml is (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print errors only: no warnings, progress or summary.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Print each stage as it runs, and the stack trace of an internal error.")
    boolean verbose;
}
