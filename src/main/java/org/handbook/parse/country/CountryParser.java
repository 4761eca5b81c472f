package org.handbook.parse.country;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handbook.load.CountryFile;
import org.handbook.parse.InlineMarkdown;
import tools.jackson.databind.JsonNode;

/** Reads one checked country file into a {@link CountryProfile}, following {@link ProfileLayout}. */
public final class CountryParser {

    private static final String NOT_RECORDED = CountryFile.NOT_RECORDED;

    private final String defaultLanguage;
    private final InlineMarkdown markdown;

    /** @param defaultLanguage the language of texts written without one */
    public CountryParser(String defaultLanguage, InlineMarkdown markdown) {
        this.defaultLanguage = defaultLanguage;
        this.markdown = markdown;
    }

    public CountryProfile parse(CountryFile country) {
        JsonNode data = country.data();
        List<ProfileSection> sections = new ArrayList<>();
        for (ProfileLayout.Section section : ProfileLayout.SECTIONS) {
            List<ProfileField> fields = new ArrayList<>();
            for (ProfileLayout.Field field : section.fields()) {
                String pointer = "/" + field.path().replace('.', '/');
                fields.add(new ProfileField(field.path(), fact(country, data.at(pointer), pointer, field.kind())));
            }
            sections.add(new ProfileSection(section.id(), fields));
        }
        return new CountryProfile(country.code(), country.file(), defaultLanguage, plainTexts(data.get("name")),
                sources(country, data.get("sources")), sections);
    }

    private Fact fact(CountryFile country, JsonNode node, String pointer, ProfileLayout.Kind kind) {
        if (node == null || node.isMissingNode() || node.isString() && node.asString().equals(NOT_RECORDED)) {
            return Fact.notRecorded(country.positionOf(pointer));
        }
        String valueKey = kind == ProfileLayout.Kind.INSTRUMENT ? "status" : "value";
        FactValue value = value(country, node.get(valueKey), pointer + "/" + valueKey, kind);
        return new Fact(Optional.of(value), texts(node.get("source")), text(node.get("asOf")),
                richTexts(country, node.get("note"), pointer + "/note"),
                Optional.ofNullable(node.get("date")).map(JsonNode::asString),
                Optional.ofNullable(node.get("signed")).map(JsonNode::asString),
                country.positionOf(pointer + "/asOf"));
    }

    private FactValue value(CountryFile country, JsonNode value, String pointer, ProfileLayout.Kind kind) {
        return switch (kind) {
            case KEYWORD, INSTRUMENT -> new FactValue.Keyword(value.asString());
            case KEYWORDS -> new FactValue.Keywords(texts(value));
            case LANGUAGES -> new FactValue.Languages(texts(value));
            case RICH_TEXT -> new FactValue.RichText(richTexts(country, value, pointer));
            case CONTACTS -> new FactValue.Contacts(objects(value).stream()
                    .map(contact -> new FactValue.Contact(text(contact.get("kind")), text(contact.get("value")))).toList());
            case LAWS -> new FactValue.Laws(objects(value).stream()
                    .map(law -> new FactValue.Law(plainTexts(law.get("title")), integer(law.get("year")),
                            optionalText(law.get("number")))).toList());
            case TREATIES -> new FactValue.Treaties(objects(value).stream()
                    .map(treaty -> new FactValue.Treaty(text(treaty.get("partner")), text(treaty.get("subject")),
                            integer(treaty.get("year")), optionalText(treaty.get("title")))).toList());
        };
    }

    /** A text or a text per language, each rendered from Markdown. */
    private Map<String, String> richTexts(CountryFile country, JsonNode node, String pointer) {
        Map<String, String> html = new LinkedHashMap<>();
        plainTexts(node).forEach((language, text) -> {
            String at = node.isString() ? pointer : pointer + "/" + language;
            html.put(language, markdown.render(text, country.positionOf(at)));
        });
        return html;
    }

    private Map<String, String> plainTexts(JsonNode node) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (node == null) {
            return texts;
        }
        if (node.isString()) {
            texts.put(defaultLanguage, node.asString());
        } else if (node.isObject()) {
            node.propertyNames().forEach(language -> texts.put(language, node.get(language).asString()));
        }
        return texts;
    }

    private Map<String, Source> sources(CountryFile country, JsonNode node) {
        Map<String, Source> sources = new LinkedHashMap<>();
        if (node != null) {
            node.propertyNames().forEach(id -> {
                JsonNode source = node.get(id);
                String url = markdown.webAddress(text(source.get("url")), country.positionOf("/sources/" + id + "/url"))
                        .orElse("");
                sources.put(id, new Source(id, text(source.get("title")), url,
                        Optional.ofNullable(optionalText(source.get("publisher"))),
                        Optional.ofNullable(optionalText(source.get("published")))));
            });
        }
        return sources;
    }

    private static List<JsonNode> objects(JsonNode array) {
        List<JsonNode> objects = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(objects::add);
        }
        return objects;
    }

    private static List<String> texts(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        if (node.isArray()) {
            List<String> texts = new ArrayList<>();
            node.forEach(item -> texts.add(item.asString()));
            return texts;
        }
        return List.of(node.asString());
    }

    private static String text(JsonNode node) {
        return node == null ? "" : node.asString();
    }

    private static String optionalText(JsonNode node) {
        return node == null ? null : node.asString();
    }

    private static Integer integer(JsonNode node) {
        return node == null || !node.isNumber() ? null : node.asInt();
    }
}
