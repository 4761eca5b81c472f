package org.handbook.load;

import com.networknt.schema.Error;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.handbook.model.Diagnostic;
import org.handbook.model.SourcePosition;
import org.handbook.yaml.Spelling;
import tools.jackson.databind.JsonNode;

/**
 * Turns the validator's errors into diagnostics an editor can act on: at the line and column of
 * the offending value (or key), with what was expected and, for a misspelling, what was meant.
 */
final class SchemaErrors {

    static final String NOT_RECORDED = CountryFile.NOT_RECORDED;
    private static final String CODE = "HB-COUNTRY-SCHEMA";

    private SchemaErrors() {
    }

    /**
     * Whether an error only repeats another: when a fact's shared fields fail (a bad date, say),
     * JSON Schema forgets that they were evaluated and reports them as unknown as well.
     */
    static boolean isEcho(Error error) {
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        return keyword.equals("unevaluatedProperties") && knownProperties(error).contains(error.getProperty());
    }

    /**
     * A missing field whose name an unknown sibling nearly spells is the same mistake: the unknown
     * field's "did you mean" says it all.
     */
    static List<Error> withoutMisspeltRequired(List<Error> errors) {
        List<Error> kept = new ArrayList<>();
        for (Error error : errors) {
            boolean misspelt = "required".equals(error.getKeyword()) && errors.stream().anyMatch(other ->
                    ("additionalProperties".equals(other.getKeyword()) || "unevaluatedProperties".equals(other.getKeyword()))
                            && pointer(other).equals(pointer(error))
                            && Spelling.nearest(other.getProperty(), Set.of(error.getProperty())).isPresent());
            if (!misspelt) {
                kept.add(error);
            }
        }
        return kept;
    }

    static Diagnostic toDiagnostic(Error error, Path file, YamlToJson.Converted converted) {
        String pointer = pointer(error);
        String at = "`" + (pointer.isEmpty() ? "/" : pointer) + "`";
        JsonNode found = error.getInstanceNode();
        SourcePosition position = Optional.ofNullable(converted.valueAt(pointer)).orElse(SourcePosition.of(file, 1, 1));
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        switch (keyword) {
            case "required" -> {
                String missing = error.getProperty();
                String hint = isFact(error, missing)
                        ? "add `" + missing + ":` with its value, or `" + missing + ": " + NOT_RECORDED + "` when it is not known"
                        : "add `" + missing + ":`; see its description in countries/schema.json";
                return Diagnostic.error(position, CODE, at + " has no `" + missing + "`", hint);
            }
            case "additionalProperties", "unevaluatedProperties" -> {
                String unknown = error.getProperty();
                String child = pointer + "/" + YamlToJson.escape(unknown);
                SourcePosition keyPosition = Optional.ofNullable(converted.keys().get(child)).orElse(position);
                Set<String> known = knownProperties(error);
                String hint = Spelling.nearest(unknown, known).map(near -> "did you mean `" + near + "`? ").orElse("")
                        + (known.isEmpty() ? "remove it" : "known fields: " + String.join(", ", known));
                return Diagnostic.error(keyPosition, CODE, "unknown field `" + unknown + "` in " + at, hint);
            }
            case "enum" -> {
                List<String> allowed = texts(error.getSchemaNode());
                String value = found == null ? "" : found.asString();
                String meant = Spelling.nearest(value, allowed).map(near -> " — did you mean `" + near + "`?").orElse("");
                return Diagnostic.error(position, CODE, at + " must be one of " + String.join(", ", allowed)
                        + "; found `" + value + "`" + meant, "use one of the listed values exactly as written");
            }
            case "const" -> {
                String text = found == null ? "" : found.asString();
                String meant = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip().equals(NOT_RECORDED)
                        ? " — did you mean `" + NOT_RECORDED + "`?" : "";
                return Diagnostic.error(position, CODE, at + " must be `" + NOT_RECORDED + "` or a fact; found `" + text + "`"
                                + meant,
                        "write the fact as an object with its value, `source` and `asOf`, or `" + NOT_RECORDED
                                + "` when it is not known");
            }
            case "type" -> {
                String expected = expectedType(error);
                boolean quotedNumber = found != null && found.isString() && found.asString().matches("[0-9]+")
                        && expected.equals("a whole number");
                return Diagnostic.error(position, CODE, at + " must be " + expected + "; found " + describe(found),
                        quotedNumber ? "remove the quotes around the number"
                                : found == null || found.isNull() ? "give it a value, or `" + NOT_RECORDED + "` for a fact"
                                : "see the field's description in countries/schema.json");
            }
            case "propertyNames" -> {
                String key = error.getProperty();
                SourcePosition keyPosition = key == null ? position
                        : Optional.ofNullable(converted.keys().get(pointer + "/" + YamlToJson.escape(key))).orElse(position);
                return Diagnostic.error(keyPosition, CODE, "`" + key + "` is not a valid key in " + at,
                        "texts per language are keyed by BCP 47 tags such as en or th; source ids are lower-case words"
                                + " joined by hyphens");
            }
            case "pattern" -> {
                return Diagnostic.error(position, CODE, at + " `" + (found == null ? "" : found.asString())
                        + "` " + patternProblem(error), "see the field's description in countries/schema.json");
            }
            default -> {
                return Diagnostic.error(position, CODE, at + ": " + withoutPath(error.getMessage()),
                        "see the field's description in countries/schema.json");
            }
        }
    }

    static String pointer(Error error) {
        StringBuilder pointer = new StringBuilder();
        var path = error.getInstanceLocation();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(YamlToJson.escape(String.valueOf(path.getElement(i))));
        }
        return pointer.toString();
    }

    /** Whether the schema makes {@code property} a fact, which may be written as "not recorded". */
    private static boolean isFact(Error error, String property) {
        JsonNode parent = parentSchema(error);
        JsonNode schema = parent == null ? null : parent.path("properties").path(property);
        return schema != null && schema.has("if") && schema.path("then").path("$ref").asString().endsWith("notRecorded");
    }

    private static JsonNode parentSchema(Error error) {
        String location = error.getSchemaLocation() == null ? "" : error.getSchemaLocation().toString();
        int hash = location.indexOf('#');
        if (hash < 0) {
            return null;
        }
        String keywordPointer = location.substring(hash + 1);
        return CountrySchema.document().at(keywordPointer.substring(0, Math.max(0, keywordPointer.lastIndexOf('/'))));
    }

    /** The properties the schema defines where the unknown one was found, its $ref included. */
    private static Set<String> knownProperties(Error error) {
        Set<String> known = new TreeSet<>();
        collectProperties(parentSchema(error), known, 0);
        return known;
    }

    private static void collectProperties(JsonNode schema, Set<String> known, int depth) {
        if (schema == null || schema.isMissingNode() || depth > 4) {
            return;
        }
        JsonNode properties = schema.get("properties");
        if (properties != null) {
            known.addAll(properties.propertyNames());
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.asString().startsWith("#")) {
            collectProperties(CountrySchema.document().at(ref.asString().substring(1)), known, depth + 1);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (Iterator<JsonNode> it = array.iterator(); it.hasNext(); ) {
                texts.add(it.next().asString());
            }
        }
        return texts;
    }

    private static String expectedType(Error error) {
        JsonNode type = error.getSchemaNode();
        String name = type == null ? "" : type.asString();
        return switch (name) {
            case "object" -> "a mapping of fields";
            case "array" -> "a list";
            case "string" -> "text";
            case "integer" -> "a whole number";
            default -> name;
        };
    }

    private static String describe(JsonNode found) {
        if (found == null || found.isNull()) {
            return "nothing";
        }
        if (found.isObject()) {
            return "a mapping";
        }
        if (found.isArray()) {
            return "a list";
        }
        return found.isNumber() ? "the number `" + found + "`" : "`" + found.asString() + "`";
    }

    private static String patternProblem(Error error) {
        String pattern = error.getSchemaNode() == null ? "" : error.getSchemaNode().asString();
        if (pattern.startsWith("^[0-9]{4}")) {
            return "is not a date: write YYYY-MM-DD, YYYY-MM or YYYY";
        }
        if (pattern.equals("^[A-Z]{2}$")) {
            return "is not an ISO 3166-1 alpha-2 code in capitals, such as TH";
        }
        if (pattern.startsWith("^[a-z0-9]+(-")) {
            return "is not a source id: use lower-case words joined by hyphens";
        }
        if (pattern.startsWith("^https?")) {
            return "is not a web address: start it with https://";
        }
        if (pattern.startsWith("^[a-z]{2,3}")) {
            return "is not a BCP 47 language tag, such as en or th";
        }
        return "does not have the expected form (" + pattern + ")";
    }

    /** The validator starts its messages with the path, which the diagnostic already gives. */
    private static String withoutPath(String message) {
        int colon = message.indexOf(": ");
        boolean startsWithPath = message.startsWith("/") || message.startsWith("$");
        return colon >= 0 && startsWithPath ? message.substring(colon + 2) : message;
    }
}
