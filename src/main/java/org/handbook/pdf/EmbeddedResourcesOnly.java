package org.handbook.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.InputStream;
import java.io.Reader;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * What the PDF engine may load: only what the print document carries inside itself. The handbook's
 * images are put into the document as {@code data:} addresses and its fonts are handed over as
 * bytes, so the engine never needs to open anything; left to itself it would fetch any address a
 * template, a stylesheet ({@code @import}, {@code url()}, {@code @font-face}) or an image names,
 * over the network or from the disk. Every other address is refused before and after it is
 * resolved, whatever its scheme, and kept so the build can say what was left out.
 */
final class EmbeddedResourcesOnly {

    /** Longer addresses are cut in messages: a data-stuffed one would fill the terminal. */
    private static final int SHOWN_LENGTH = 200;

    private final Set<String> refused = new ConcurrentSkipListSet<>();

    void guard(PdfRendererBuilder builder) {
        builder.useExternalResourceAccessControl(this::allows, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(this::allows, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        // Should a load ever bypass the checks above, the schemes that reach the network or the
        // disk still open nothing.
        FSStreamFactory nothing = address -> {
            note(address);
            return NoStream.INSTANCE;
        };
        builder.useHttpStreamImplementation(nothing);
        builder.useProtocolsStreamImplementation(nothing, "http", "https", "file", "jar", "ftp", "classpath");
    }

    /** The addresses refused so far, sorted, each as a message may show it. */
    SortedSet<String> refused() {
        return new TreeSet<>(refused);
    }

    private boolean allows(String address, ExternalResourceType type) {
        if (address != null && address.regionMatches(true, 0, "data:", 0, "data:".length())) {
            return true;
        }
        note(address);
        return false;
    }

    private void note(String address) {
        if (address == null || address.isBlank()) {
            return;
        }
        String shown = address.strip();
        refused.add(shown.length() > SHOWN_LENGTH ? shown.substring(0, SHOWN_LENGTH) + "…" : shown);
    }

    /** What a refused address gives the engine: nothing to read, as for a file that is not there. */
    private enum NoStream implements FSStream {
        INSTANCE;

        @Override
        public InputStream getStream() {
            return null;
        }

        @Override
        public Reader getReader() {
            return null;
        }
    }
}
