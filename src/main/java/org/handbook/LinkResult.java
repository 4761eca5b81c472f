package org.handbook;

import java.util.List;
import java.util.Optional;
import org.handbook.link.LinkedHandbook;
import org.handbook.model.Diagnostic;

/** A handbook read and linked: its diagnostics, and the linked handbook unless its configuration was unusable. */
public record LinkResult(List<Diagnostic> diagnostics, Optional<LinkedHandbook> handbook) {

    public LinkResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
