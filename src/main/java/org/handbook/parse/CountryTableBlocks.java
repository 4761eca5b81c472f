package org.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.handbook.yaml.YamlNode;

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
        if (block.getInfo() != null && block.getInfo().strip().equals(CountryTable.INFO)) {
            blocks.add(block);
        }
    }

    private void read(FencedCodeBlock block) {
        SourcePosition position = locator.of(block);
        Diagnostics local = new Diagnostics();
        List<String> fields = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        String[] caption = {""};
        Optional<YamlNode> node = YamlComposer.compose(position.file(), block.getLiteral(), position.line() + 1, local);
        if (node.isEmpty() && !local.hasErrors()) {
            local.error(position, "HB-COUNTRY-TABLE", "the country table is empty", "write 'fields: [...]' inside the block");
        }
        node.flatMap(yaml -> YamlMapping.of(yaml, "the country table", local)).ifPresent(mapping -> {
            mapping.rejectUnknownKeys(KEYS);
            fields.addAll(items(mapping, "fields", FIELDS, local));
            countries.addAll(items(mapping, "countries", COUNTRY_CODES, local));
            caption[0] = mapping.text("caption").orElse("");
            if (mapping.get("fields").isEmpty()) {
                mapping.reportMissing("fields", "a list of profile fields, such as [instruments.untoc, extradition.nationals]");
            }
        });
        local.sorted().forEach(diagnostics::add);
        Paragraph placeholder = new Paragraph();
        int index = tables.size();
        placeholder.appendChild(new Text(CountryTable.marker(index)));
        block.insertBefore(placeholder);
        block.unlink();
        tables.add(new CountryTable(index, fields, countries, caption[0], position));
    }

    /** How the items of one list key are checked and normalised. */
    private interface ItemRule {
        Optional<String> accept(String item, SourcePosition at, Diagnostics local);
    }

    private static final ItemRule FIELDS = (field, at, local) -> {
        Set<String> known = ProfileLayout.SECTIONS.stream().flatMap(section -> section.fields().stream())
                .map(ProfileLayout.Field::path).collect(Collectors.toSet());
        if (known.contains(field)) {
            return Optional.of(field);
        }
        local.error(at, "HB-COUNTRY-TABLE", "unknown profile field '" + field + "'",
                Spelling.nearest(field, known).map(near -> "did you mean '" + near + "'? ").orElse("")
                        + "the fields are listed in countries/schema.json");
        return Optional.empty();
    };

    private static final ItemRule COUNTRY_CODES = (code, at, local) -> {
        String upper = code.toUpperCase(Locale.ROOT);
        if (upper.matches("[A-Z]{2}")) {
            return Optional.of(upper);
        }
        local.error(at, "HB-COUNTRY-TABLE", "'" + code + "' is not a country code", "use ISO 3166-1 alpha-2 codes, such as TH");
        return Optional.empty();
    };

    /** The accepted items of a list, each problem reported at the item; an empty list is an error. */
    private static List<String> items(YamlMapping mapping, String key, ItemRule rule, Diagnostics local) {
        List<String> accepted = new ArrayList<>();
        Optional<List<YamlNode>> list = mapping.list(key);
        if (list.isPresent() && list.get().isEmpty()) {
            local.error(mapping.positionOf(key), "HB-COUNTRY-TABLE", "'" + key + "' is empty",
                    "list at least one, or remove '" + key + "'");
        }
        for (YamlNode item : list.orElse(List.of())) {
            if (!item.isScalar() || item.isNull()) {
                local.error(item.position(), "HB-COUNTRY-TABLE", "each item of '" + key + "' must be text, not " + item.describe(),
                        "write the items as [a, b]");
                continue;
            }
            String text = item.text().strip();
            rule.accept(text, item.position(), local).ifPresent(value -> {
                if (accepted.contains(value)) {
                    local.error(item.position(), "HB-COUNTRY-TABLE", "'" + text + "' is listed twice in '" + key + "'",
                            "list each once");
                } else {
                    accepted.add(value);
                }
            });
        }
        return accepted;
    }
}
