package org.handbook.validators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Nu Html Checker (vnu, the W3C's HTML validator) over every HTML file under a folder. */
public final class NuHtmlChecker {

    private NuHtmlChecker() {
    }

    /** Each error vnu finds, as {@code file:line: message}; empty when every page is valid. */
    public static List<String> errors(Path folder) throws IOException {
        String output = Validators.run(List.of("java", "-jar", Validators.installed("vnu-jar/build/dist/vnu.jar").toString(),
                "--errors-only", "--skip-non-html", "--format", "json", "--stdout", folder.toString()), List.of(0, 1));
        List<String> errors = new ArrayList<>();
        for (JsonNode message : new ObjectMapper().readTree(output).get("messages")) {
            String url = message.path("url").asText();
            errors.add(url.substring(url.lastIndexOf(folder.getFileName().toString())) + ":" + message.path("lastLine").asText()
                    + ": " + message.path("message").asText());
        }
        return errors;
    }
}
