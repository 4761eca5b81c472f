package org.handbook.load;

import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/**
 * One country profile as read and checked against the schema: its ISO code, its file (relative to
 * the handbook root), and its data as a JSON tree that later stages read but never change.
 */
public record CountryFile(String code, Path file, JsonNode data) {
}
