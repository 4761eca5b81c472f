package org.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;
import org.handbook.parse.country.ProfileLayout;
import org.handbook.yaml.Spelling;
import org.handbook.yaml.YamlComposer;
import org.handbook.yaml.YamlMapping;

/**
 * Finds the {@code country-table} blocks of a chapter, checks them, and puts a placeholder where
 * each table goes. The block is plain YAML in a fenced code block, so the chapter still reads well
 * unrendered:
 * <pre>
 * ```country-table
 * fields: [instruments.untoc, instruments.tipProtocol]
 * countries: [TH, VN]        # optional: all profiles when absent
 * caption: Status of the UN instruments
 * ```
 * </pre>
 */
final class CountryTableBlocks extends AbstractVisitor {

    static final String INFO = "country-table";
    private static final Set<String> KEYS = Set.of("fields", "countries", "caption");

    private final SourceLocator locator;
    private final Diagnostics diagnostics;
    private final List<CountryTable> tables = new ArrayList<>();
    private final List<FencedCodeBlock> blocks = new ArrayList<>();

    private CountryTableBlocks(SourceLocator locator, Diagnostics diagnostics) {
        this.locator = locator;
        this.diagnostics = diagnostics;
    }

    /** Replaces every table block of {@code document} by its placeholder and returns the tables. */
    static List<CountryTable> replace(Node document, SourceLocator locator, Diagnostics diagnostics) {
        CountryTableBlocks finder = new CountryTableBlocks(locator, diagnostics);
        document.accept(finder);
        for (FencedCodeBlock block : finder.blocks) {
            finder.read(block);
        }
        return finder.tables;
    }

    @Override
    public void visit(FencedCodeBlock block) {
        if (block.getInfo() != null && block.getInfo().strip().equals(INFO)) {
            blocks.add(block);
        }
    }

    private void read(FencedCodeBlock block) {
        SourcePosition position = locator.of(block);
        Diagnostics local = new Diagnostics();
        List<String> fields = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        String[] caption = {""};
        YamlComposer.compose(position.file(), block.getLiteral(), position.line() + 1, local)
                .flatMap(node -> YamlMapping.of(node, "the country table", local))
                .ifPresentOrElse(mapping -> {
                    mapping.rejectUnknownKeys(KEYS);
                    fields.addAll(checkedFields(mapping, local));
                    countries.addAll(checkedCountries(mapping, local));
                    caption[0] = mapping.text("caption").orElse("");
                }, () -> local.error(position, "HB-COUNTRY-TABLE", "the country table names no fields",
                        "write 'fields: [...]' inside the block"));
        local.sorted().forEach(diagnostics::add);
        Paragraph placeholder = new Paragraph();
        int index = tables.size();
        placeholder.appendChild(new Text(CountryTable.marker(index)));
        block.insertBefore(placeholder);
        block.unlink();
        tables.add(new CountryTable(index, fields, countries, caption[0], position));
    }

    private static List<String> checkedFields(YamlMapping mapping, Diagnostics local) {
        if (mapping.get("fields").isEmpty()) {
            mapping.reportMissing("fields", "a list of profile fields, such as [instruments.untoc, extradition.nationals]");
            return List.of();
        }
        List<String> fields = mapping.textList("fields");
        Set<String> known = ProfileLayout.SECTIONS.stream().flatMap(section -> section.fields().stream())
                .map(ProfileLayout.Field::path).collect(Collectors.toSet());
        for (String field : fields) {
            if (!known.contains(field)) {
                local.error(mapping.positionOf("fields"), "HB-COUNTRY-TABLE", "unknown profile field '" + field + "'",
                        Spelling.nearest(field, known).map(near -> "did you mean '" + near + "'? ").orElse("")
                                + "the fields are listed in countries/schema.json");
            }
        }
        return fields.stream().filter(known::contains).toList();
    }

    private static List<String> checkedCountries(YamlMapping mapping, Diagnostics local) {
        List<String> countries = new ArrayList<>();
        for (String code : mapping.textList("countries")) {
            String upper = code.toUpperCase(Locale.ROOT);
            if (!upper.matches("[A-Z]{2}")) {
                local.error(mapping.positionOf("countries"), "HB-COUNTRY-TABLE", "'" + code + "' is not a country code",
                        "use ISO 3166-1 alpha-2 codes, such as TH");
            } else {
                countries.add(upper);
            }
        }
        return countries;
    }
}
