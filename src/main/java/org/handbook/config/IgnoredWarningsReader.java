package org.handbook.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;
import org.handbook.yaml.YamlMapping;
import org.handbook.yaml.YamlNode;

/** Reads {@code check.ignore} of handbook.yml: the warnings reviewers have accepted, file by file. */
final class IgnoredWarningsReader {

    private static final String CODE = "HB-CONFIG";

    private IgnoredWarningsReader() {
    }

    /** {@code check.ignore}: each entry a warning code, one file, and the reviewed reason. */
    static List<IgnoredWarning> read(YamlMapping check, Diagnostics local) {
        check.rejectUnknownKeys(Set.of("ignore"));
        List<IgnoredWarning> ignored = new ArrayList<>();
        for (YamlNode item : check.list("ignore").orElse(List.of())) {
            YamlMapping.of(item, "an ignored warning (code, file, reason)", local).ifPresent(entry -> {
                entry.rejectUnknownKeys(Set.of("code", "file", "reason"));
                Optional<String> code = entry.requiredText("code").filter(text -> {
                    boolean wellFormed = text.matches("HB-[A-Z0-9]+(-[A-Z0-9]+)*");
                    if (!wellFormed) {
                        local.error(entry.positionOf("code"), CODE + "-IGNORE", "'" + text + "' is not a diagnostic code",
                                "copy the code in brackets at the end of the warning, such as HB-COUNTRY-STALE");
                    }
                    return wellFormed;
                });
                Optional<Path> file = entry.requiredText("file").flatMap(text -> ignoredFile(text, entry.positionOf("file"), local));
                Optional<String> reason = entry.requiredText("reason").filter(text -> {
                    if (text.isBlank()) {
                        local.error(entry.positionOf("reason"), CODE + "-IGNORE", "the reason is empty",
                                "say why this warning is acceptable for this file, for the reviewers who read it");
                    }
                    return !text.isBlank();
                });
                if (code.isPresent() && file.isPresent() && reason.isPresent()) {
                    ignored.add(new IgnoredWarning(code.get(), file.get(), reason.get().strip(), item.position()));
                }
            });
        }
        return ignored;
    }

    /** One file, named from the handbook's root: no pattern, nothing outside the handbook. */
    private static Optional<Path> ignoredFile(String text, SourcePosition position, Diagnostics local) {
        Optional<Path> file = HandbookFile.named(text).filter(named -> !text.contains("*") && !text.contains("?"));
        if (file.isEmpty()) {
            local.error(position, CODE + "-IGNORE", "'" + text + "' does not name one file of the handbook",
                    "give the path of one file from the handbook's root, as the warning shows it (countries/TH.yml);"
                            + " patterns are not allowed, so a warning is silenced file by file");
        }
        return file;
    }
}
