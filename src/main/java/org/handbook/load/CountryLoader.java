package org.handbook.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.handbook.config.Edition;
import org.handbook.files.SpecialFiles;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;
import org.handbook.text.SourceText;
import org.handbook.yaml.YamlComposer;
import org.handbook.yaml.YamlNode;
import tools.jackson.databind.JsonNode;

/** Reads and checks the country profiles of one edition: {@code countries/XX.yml} against the schema. */
final class CountryLoader {

    static final String COUNTRIES = "countries";
    static final String SCHEMA_COMMENT = "# yaml-language-server: $schema=schema.json";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Z]{2}\\.yml");

    private final Path root;
    private final Diagnostics diagnostics;

    CountryLoader(Path root, Diagnostics diagnostics) {
        this.root = root;
        this.diagnostics = diagnostics;
    }

    /** @param base the edition's sources, relative to the root ("" for the working tree) */
    CountrySet load(Edition edition, Path base) {
        Path dir = base.resolve(COUNTRIES);
        List<Path> files = countryFiles(dir);
        if (!files.isEmpty()) {
            checkSchemaCopy(dir.resolve("schema.json"));
        }
        List<CountryFile> countries = files.parallelStream()
                .map(this::read)
                .flatMap(Optional::stream)
                .toList();
        Set<String> rejected = files.stream().map(file -> file.getFileName().toString().substring(0, 2))
                .filter(code -> countries.stream().noneMatch(country -> country.code().equals(code)))
                .collect(Collectors.toSet());
        return new CountrySet(edition, countries, rejected);
    }

    private List<Path> countryFiles(Path dir) {
        Path absolute = root.resolve(dir);
        if (!Files.isDirectory(absolute)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(absolute)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (!lower.endsWith(".yml") && !lower.endsWith(".yaml")) {
                    continue;
                }
                if (FILE_NAME.matcher(name).matches()) {
                    files.add(dir.resolve(name));
                } else {
                    diagnostics.error(SourcePosition.of(dir.resolve(name)), "HB-COUNTRY-FILE-NAME",
                            "country file name '" + name + "' is not an ISO 3166-1 alpha-2 code in capitals with .yml",
                            "name it after the country's code, such as TH.yml");
                }
            }
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(dir), "HB-FILE-UNREADABLE", "cannot list this folder: " + e.getMessage(),
                    "check that it exists and can be read");
        }
        return files;
    }

    private Optional<CountryFile> read(Path file) {
        String code = file.getFileName().toString().substring(0, 2);
        Diagnostics local = new Diagnostics();
        Optional<CountryFile> country = SourceText.read(root, file, local).flatMap(text -> {
            if (!text.startsWith(SCHEMA_COMMENT)) {
                local.warning(SourcePosition.of(file, 1, 1), "HB-COUNTRY-SCHEMA-COMMENT",
                        "the file does not start with the schema comment editors' IDEs use",
                        "make the first line: " + SCHEMA_COMMENT);
            }
            Optional<YamlNode> node = YamlComposer.compose(file, text, 1, local);
            if (node.isEmpty() && !local.hasErrors()) {
                local.error(SourcePosition.of(file, 1, 1), "HB-COUNTRY-EMPTY", "the profile is empty",
                        "write the profile's fields (code, name, sources and the facts); countries/schema.json lists them");
            }
            return node;
        }).flatMap(node -> YamlToJson.convert(node, local)).flatMap(converted -> check(code, file, converted, local));
        local.sorted().forEach(diagnostics::add);
        return country.filter(ok -> !local.hasErrors());
    }

    private Optional<CountryFile> check(String code, Path file, YamlToJson.Converted converted, Diagnostics local) {
        SchemaErrors.withoutMisspeltRequired(CountrySchema.validate(converted.tree())).stream()
                .filter(error -> !SchemaErrors.isEcho(error))
                .forEach(error -> local.add(SchemaErrors.toDiagnostic(error, file, converted)));
        JsonNode data = converted.tree();
        JsonNode written = data.get("code");
        if (written != null && written.isString() && FILE_NAME.matcher(written.asString() + ".yml").matches()
                && !written.asString().equals(code)) {
            local.error(converted.valueAt("/code"), "HB-COUNTRY-CODE",
                    "code `" + written.asString() + "` does not match the file name " + file.getFileName(),
                    "rename the file to " + written.asString() + ".yml, or correct the code");
        }
        new SourceReferences(data, converted, local).check();
        CalendarDates.check(data, "", converted, local);
        return Optional.of(new CountryFile(code, file, data, converted.values()));
    }

    /**
     * Compares the handbook's copy of the schema, which IDEs read, with the one the tool checks
     * against. The copy is never used to check anything, so nothing it refers to is ever fetched;
     * its size is compared first, so a copy of any size is never read whole.
     */
    private void checkSchemaCopy(Path schema) {
        Path absolute = root.resolve(schema);
        if (SpecialFiles.refused(absolute, schema, diagnostics)) {
            return;
        }
        try {
            if (!Files.isRegularFile(absolute)) {
                diagnostics.warning(SourcePosition.of(schema), "HB-COUNTRY-SCHEMA-COPY",
                        "there is no " + schema.toString().replace('\\', '/') + " for editors' IDEs to check country files with",
                        "copy countries/schema.json from the handbook tool's repository");
            } else if (!absolute.toRealPath().startsWith(root.toRealPath())) {
                diagnostics.error(SourcePosition.of(schema), "HB-FILE-OUTSIDE", "this file leads outside the handbook folder",
                        "replace the symbolic link with the file itself");
            } else if (Files.size(absolute) != CountrySchema.bytes().length
                    || !Arrays.equals(Files.readAllBytes(absolute), CountrySchema.bytes())) {
                diagnostics.warning(SourcePosition.of(schema), "HB-COUNTRY-SCHEMA-COPY",
                        "this schema differs from the one the tool checks country files against",
                        "replace it with countries/schema.json from this version of the handbook tool");
            }
        } catch (IOException e) {
            diagnostics.warning(SourcePosition.of(schema), "HB-FILE-UNREADABLE", "cannot read this file: " + e.getMessage(),
                    "check that it can be read");
        }
    }
}
