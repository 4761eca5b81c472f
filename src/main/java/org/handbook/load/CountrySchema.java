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
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(new ByteArrayInputStream(BYTES), InputFormat.JSON);

    private CountrySchema() {
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
