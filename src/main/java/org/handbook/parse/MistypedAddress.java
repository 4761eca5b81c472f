package org.handbook.parse;

import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;

/** The warning for a cited address that looks mistyped ({@link AddressShape}), wherever it is written. */
final class MistypedAddress {

    static final String CODE = "HB-LINK-MISTYPED";

    private MistypedAddress() {
    }

    static void report(Diagnostics diagnostics, SourcePosition at, String address, String problem) {
        diagnostics.warning(at, CODE, "this address looks mistyped: " + problem + ": " + address,
                "open it in a browser and copy the address it shows, or find the page again on the site that publishes it");
    }
}
