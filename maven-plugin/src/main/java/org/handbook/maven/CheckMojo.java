package org.handbook.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code handbook:check}: every validation a build runs, writing nothing, as {@code handbook check} does; bound to {@code verify}. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends HandbookMojo {

    /** Fail on warnings too; as --strict. */
    @Parameter(property = "handbook.strict", defaultValue = "false")
    boolean strict;

    /** How to print problems: text, github or json; as --format. */
    @Parameter(property = "handbook.format", defaultValue = "text")
    String format;

    /** Report only what the changes since this git revision bring; as --changed-since. */
    @Parameter(property = "handbook.changedSince")
    String changedSince;

    @Override
    List<String> command() {
        List<String> args = new ArrayList<>(List.of("check"));
        if (strict) {
            args.add("--strict");
        }
        option(args, "--format", format);
        option(args, "--changed-since", changedSince);
        return args;
    }
}
