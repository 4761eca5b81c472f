package org.handbook.config;

import java.nio.file.Path;
import org.handbook.model.SourcePosition;

/**
 * One entry of {@code check.ignore} in handbook.yml: a warning code silenced for one file, with
 * the reviewed reason why. Never a pattern, never an error.
 *
 * @param file     relative to the handbook's root, as diagnostics name it
 * @param position where the entry is written, for reporting an entry that silences nothing
 */
public record IgnoredWarning(String code, Path file, String reason, SourcePosition position) {
}
