package org.handbook.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code handbook:build}: renders the site and its PDFs, as {@code handbook build} does; bound to {@code package}. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends HandbookMojo {

    /** Where the site goes (default: output.dir of handbook.yml, else target/site); as --out. */
    @Parameter(property = "handbook.out")
    File out;

    /** The address the site is published at; as --base-url. */
    @Parameter(property = "handbook.baseUrl")
    String baseUrl;

    /** Build only these books, such as en/2026; as --only, once per book. */
    @Parameter(property = "handbook.only")
    List<String> only;

    /** How to print problems: text, github or json; as --format. */
    @Parameter(property = "handbook.format", defaultValue = "text")
    String format;

    @Override
    List<String> command() {
        List<String> args = new ArrayList<>(List.of("build"));
        option(args, "--out", out);
        option(args, "--base-url", baseUrl);
        if (only != null) {
            only.forEach(book -> option(args, "--only", book));
        }
        option(args, "--format", format);
        return args;
    }
}
