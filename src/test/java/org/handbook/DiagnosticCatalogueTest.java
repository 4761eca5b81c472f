package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic code the tool can report is documented in docs/diagnostics.md, once, and the
 * document lists no code the tool no longer has: editors look codes up in one place.
 */
class DiagnosticCatalogueTest {

    private static final Pattern LITERAL = Pattern.compile("\"(HB-[A-Z0-9]+(?:-[A-Z0-9]+)*)\"");
    private static final Pattern CONSTANT = Pattern.compile("String CODE = \"(HB-[A-Z0-9-]+)\"");
    private static final Pattern SUFFIXED = Pattern.compile("\\bCODE \\+ \"(-[A-Z0-9-]+)\"");
    /** The constant used on its own, not declared and not given a suffix. */
    private static final Pattern BARE = Pattern.compile("\\bCODE\\b(?!\\s*[+=])");
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `(HB-[A-Z0-9]+(?:-[A-Z0-9]+)*)` \\|");

    @Test
    void everyCodeTheToolReportsIsDocumentedOnceAndNoOtherIs() throws IOException {
        Set<String> reported = codesInSource(Golden.repositoryRoot().resolve("src/main/java"));
        String catalogue = Files.readString(Golden.repositoryRoot().resolve("docs/diagnostics.md"));
        List<String> documented = new ArrayList<>();
        Matcher row = ROW.matcher(catalogue);
        while (row.find()) {
            documented.add(row.group(1));
        }

        assertThat(reported).hasSizeGreaterThan(60);
        assertThat(documented).as("codes documented more than once").doesNotHaveDuplicates();
        assertThat(new TreeSet<>(documented)).as("docs/diagnostics.md against the codes in src/main/java")
                .containsExactlyElementsOf(reported);
    }

    private static Set<String> codesInSource(Path sources) throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher constant = CONSTANT.matcher(text);
                String prefix = constant.find() ? constant.group(1) : null;
                String withoutDeclaration = prefix == null ? text : text.replace(constant.group(), "");
                LITERAL.matcher(withoutDeclaration).results().forEach(match -> codes.add(match.group(1)));
                if (prefix != null) {
                    SUFFIXED.matcher(text).results().forEach(match -> codes.add(prefix + match.group(1)));
                    if (BARE.matcher(withoutDeclaration).find()) {
                        codes.add(prefix);
                    }
                }
            }
        }
        return codes;
    }
}
