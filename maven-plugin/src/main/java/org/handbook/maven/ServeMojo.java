package org.handbook.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code handbook:serve}: a preview that rebuilds on every save, as {@code handbook serve} does, until it is stopped. */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends HandbookMojo {

    /** The port to listen on; as --port. */
    @Parameter(property = "handbook.port", defaultValue = "8000")
    int port;

    /** The address to listen on; as --bind. */
    @Parameter(property = "handbook.bind", defaultValue = "127.0.0.1")
    String bind;

    /** Where the preview is built (default: target/preview); as --out. */
    @Parameter(property = "handbook.out")
    File out;

    @Override
    List<String> command() {
        List<String> args = new ArrayList<>(List.of("serve"));
        option(args, "--port", port);
        option(args, "--bind", bind);
        option(args, "--out", out);
        return args;
    }
}
