package org.handbook.load;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema every country profile is checked against. It ships inside the tool (it is this
 * repository's {@code countries/schema.json}), because the pages are built from the fields it defines.
 */
final class CountrySchema {

    static final String RESOURCE = "/country-schema/schema.json";

    private static final byte[] BYTES = read();
    private static final JsonNode DOCUMENT = JsonMapper.builder().build().readTree(BYTES);
    private static final Schema SCHEMA = compile(BYTES);

    private CountrySchema() {
    }

    /**
     * A schema whose references resolve only within itself and to the meta-schemas bundled with the
     * validator: a build never makes a network request, whatever address a {@code $ref},
     * {@code $schema} or {@code $id} names. (The handbook's own copy of the schema is only compared
     * with this one, never compiled.)
     */
    static Schema compile(byte[] schema) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                        registry -> registry.schemaLoader(loader -> loader.fetchRemoteResources(false)))
                .getSchema(new ByteArrayInputStream(schema), InputFormat.JSON);
    }

    static List<Error> validate(JsonNode data) {
        return SCHEMA.validate(data);
    }

    /** The schema as a JSON tree, to find what a failing keyword allowed. */
    static JsonNode document() {
        return DOCUMENT;
    }

    static byte[] bytes() {
        return BYTES.clone();
    }

    private static byte[] read() {
        try (InputStream in = CountrySchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the country schema is missing from the tool");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
