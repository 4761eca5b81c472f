package org.handbook.load;

import java.nio.file.Path;
import java.util.Map;
import org.handbook.model.SourcePosition;
import tools.jackson.databind.JsonNode;

/**
 * One country profile as read and checked against the schema: its ISO code, its file (relative to
 * the handbook root), its data as a JSON tree that later stages read but never change, and where
 * each value was written, by JSON pointer.
 */
public record CountryFile(String code, Path file, JsonNode data, Map<String, SourcePosition> positions) {

    /** What a fact that is not known says instead of a value. */
    public static final String NOT_RECORDED = "not recorded";

    public CountryFile {
        positions = Map.copyOf(positions);
    }

    /** Where the value at {@code pointer} was written, or the file's first line. */
    public SourcePosition positionOf(String pointer) {
        return positions.getOrDefault(pointer, SourcePosition.of(file, 1, 1));
    }
}
