package org.handbook.render.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.handbook.changes.EditionChanges;
import org.handbook.changes.EditionChanges.BlockChange;
import org.handbook.changes.EditionChanges.PageChange;
import org.handbook.changes.EditionChanges.Span;
import org.handbook.link.LinkedBook;
import org.handbook.model.PageId;
import org.handbook.model.PageKind;
import org.handbook.model.SitePath;
import org.handbook.parse.country.Fact;

/**
 * The model of a changes page: {@code earlier} (the earlier edition's {@code title} and
 * {@code href}); {@code chapters}, each with {@code title}, {@code number}, {@code status} (added,
 * removed, changed), {@code href} and {@code previousHref}, {@code blocks} (each {@code kind},
 * {@code section} and {@code html}: the text with {@code <del>} and {@code <ins>}) and
 * {@code moves} ({@code before}, {@code now}: paragraph numbers, {@code now} empty when removed);
 * {@code countries}, each with {@code name}, {@code href} and {@code fields} ({@code label},
 * {@code before} and {@code now} as HTML).
 */
public final class ChangesModels {

    private final PageModels pages;

    public ChangesModels(PageModels pages) {
        this.pages = pages;
    }

    public static SitePath pathOf(LinkedBook book) {
        return SitePath.indexOf(book.language().tag().value(), book.edition().id().value(), "changes");
    }

    public Map<String, Object> changes(EditionChanges changes) {
        LinkedBook book = changes.book();
        SitePath self = pathOf(book);
        String language = book.language().tag().value();
        Map<String, String> strings = pages.strings(book.language().tag());
        String title = strings.getOrDefault("changes.title", "What changed since the {previous}")
                .replace("{previous}", changes.previous().title(book.language().tag()));
        Map<String, Object> model = pages.listPage(book, self, PageKind.CHANGES, "changes", title, "editions",
                other -> other.edition().equals(book.edition()) ? Optional.of(pathOf(other)) : Optional.empty());
        Map<String, Object> previous = new LinkedHashMap<>();
        previous.put("title", changes.previous().title(book.language().tag()));
        previous.put("href", SitePath.indexOf(language, changes.previous().id().value()).hrefFrom(self));
        model.put("earlier", previous);
        List<Map<String, Object>> chapters = new ArrayList<>();
        for (PageChange page : changes.pages()) {
            Map<String, Object> chapter = new LinkedHashMap<>();
            chapter.put("title", page.title().text());
            chapter.put("titleHtml", page.title().html());
            // A part's number as readers see it everywhere else: "Part II", not "II".
            chapter.put("number", page.number().isEmpty() ? page.previousNumber()
                    : book.page(new PageId(page.id())).map(now -> PageModels.numberLabel(now, strings)).orElse(page.number()));
            chapter.put("status", page.status().name().toLowerCase(Locale.ROOT));
            chapter.put("href", page.path().map(path -> path.hrefFrom(self)).orElse(""));
            chapter.put("previousHref", page.previousPath().map(path -> path.hrefFrom(self)).orElse(""));
            chapter.put("blocks", page.blocks().stream().map(ChangesModels::block).toList());
            chapter.put("moves", page.moves().stream().map(move -> Map.of("before", move.before(), "now", move.now())).toList());
            chapters.add(chapter);
        }
        model.put("chapters", chapters);
        FactDisplay display = pages.display(book);
        List<Map<String, Object>> countries = new ArrayList<>();
        for (EditionChanges.CountryChange country : changes.countries()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", country.name());
            entry.put("href", country.path().hrefFrom(self));
            List<Map<String, Object>> fields = new ArrayList<>();
            for (EditionChanges.FieldChange field : country.fields()) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("label", display.label("country.field." + field.path()));
                change.put("before", value(field.before(), display));
                change.put("now", value(field.now(), display));
                fields.add(change);
            }
            entry.put("fields", fields);
            countries.add(entry);
        }
        model.put("countries", countries);
        return model;
    }

    private static String value(Fact fact, FactDisplay display) {
        return fact.isRecorded() ? display.value(fact) : FactDisplay.escape(display.label("country.notRecorded"));
    }

    private static Map<String, Object> block(BlockChange block) {
        StringBuilder html = new StringBuilder();
        for (Span span : block.spans()) {
            String text = FactDisplay.escape(span.text());
            html.append(switch (span.type()) {
                case SAME -> text;
                case INSERTED -> "<ins>" + text + "</ins>";
                case DELETED -> "<del>" + text + "</del>";
            });
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("kind", block.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        model.put("section", block.section());
        model.put("html", html.toString());
        return model;
    }
}
