package org.handbook.maven;

import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.handbook.cli.Cli;

/**
 * What every goal shares: the handbook's folder, and how the tool's exit code becomes Maven's verdict (1, the
 * handbook has errors: a build failure; 2 or 3, a wrong configuration or a bug: an execution error).
 */
abstract class HandbookMojo extends AbstractMojo {

    /** The handbook's root folder, where handbook.yml is; as the command line's --source. */
    @Parameter(property = "handbook.source", defaultValue = "${project.basedir}")
    File source;

    /** Print errors only: no warnings, progress or summary; as --quiet. */
    @Parameter(property = "handbook.quiet", defaultValue = "false")
    boolean quiet;

    /** Skip the goal. */
    @Parameter(property = "handbook.skip", defaultValue = "false")
    boolean skip;

    /** The command and its options, as the command line takes them after --source. */
    abstract List<String> command();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("handbook: skipped");
            return;
        }
        List<String> args = new ArrayList<>(List.of("--source", source.getPath()));
        if (quiet) {
            args.add("--quiet");
        }
        args.addAll(command());
        int code = Cli.run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        if (code == 1) {
            throw new MojoFailureException("the handbook has errors: each is printed above with its file and line");
        }
        if (code != 0) {
            throw new MojoExecutionException("handbook " + String.join(" ", command()) + " stopped with exit code " + code
                    + " (2: a wrong option or folder; 3: a bug in the tool): see the message above");
        }
    }

    /** {@code option value} when the value is given. */
    static void option(List<String> args, String option, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            args.add(option);
            args.add(value.toString());
        }
    }
}
