package org.handbook.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.handbook.model.Diagnostics;
import tools.jackson.databind.JsonNode;

/** Full dates in a profile are real days: the schema's pattern lets 2020-02-31 through. */
final class CalendarDates {

    private static final Set<String> DATE_FIELDS = Set.of("asOf", "date", "signed", "published");

    private CalendarDates() {
    }

    static void check(JsonNode node, String pointer, YamlToJson.Converted converted, Diagnostics local) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                JsonNode child = node.get(name);
                String childPointer = pointer + "/" + YamlToJson.escape(name);
                if (DATE_FIELDS.contains(name) && child.isString() && child.asString().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                    checkDay(child.asString(), childPointer, converted, local);
                } else {
                    check(child, childPointer, converted, local);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), pointer + "/" + i, converted, local);
            }
        }
    }

    private static void checkDay(String text, String pointer, YamlToJson.Converted converted, Diagnostics local) {
        try {
            LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            local.error(converted.valueAt(pointer), "HB-COUNTRY-SCHEMA", "`" + pointer + "` `" + text + "` is not a day of the calendar",
                    "check the day and month, or give only YYYY-MM or YYYY");
        }
    }
}
