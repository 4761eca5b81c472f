package org.handbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.handbook.config.IgnoredWarning;
import org.handbook.model.Diagnostic;

/**
 * Applies handbook.yml's {@code check.ignore}: drops each warning an entry names by code and
 * file. Errors are never dropped. An entry that drops nothing is itself reported, so the list
 * cannot outlive the warnings it was reviewed for.
 */
final class IgnoreList {

    private IgnoreList() {
    }

    static List<Diagnostic> apply(List<IgnoredWarning> ignored, List<Diagnostic> diagnostics) {
        if (ignored.isEmpty()) {
            return diagnostics;
        }
        Set<IgnoredWarning> used = new HashSet<>();
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            Optional<IgnoredWarning> entry = diagnostic.isError() ? Optional.empty() : ignored.stream()
                    .filter(candidate -> candidate.code().equals(diagnostic.code())
                            && candidate.file().equals(diagnostic.position().file().normalize()))
                    .findFirst();
            entry.ifPresentOrElse(used::add, () -> kept.add(diagnostic));
        }
        for (IgnoredWarning entry : ignored) {
            if (!used.contains(entry)) {
                kept.add(Diagnostic.warning(entry.position(), "HB-IGNORE-UNUSED", "check.ignore silences " + entry.code()
                        + " in " + entry.file().toString().replace('\\', '/') + ", but there is no such warning there"
                        + " (errors are never silenced)", "remove the entry: the warning it was written for is gone,"
                        + " or the file was renamed"));
            }
        }
        kept.sort(Diagnostic.READING_ORDER);
        return kept;
    }
}
