package org.handbook.text;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Writes records as JSON for people's tools: the same bytes on every platform, two-space indent, LF line ends. */
public final class JsonText {

    private static final ObjectWriter WRITER = JsonMapper.builder().build()
            .writer().with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                            .withArrayEmptySeparator("")
                            .withObjectEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private JsonText() {
    }

    /** The value as JSON, ending with a line end. */
    public static String of(Object value) {
        return WRITER.writeValueAsString(value) + "\n";
    }
}
