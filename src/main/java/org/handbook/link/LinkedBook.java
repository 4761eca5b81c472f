package org.handbook.link;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.handbook.config.Edition;
import org.handbook.config.Language;
import org.handbook.model.PageId;
import org.handbook.model.SitePath;

/** One language of one edition, placed: its home page and its pages in reading order. */
public final class LinkedBook {

    private final Language language;
    private final Edition edition;
    private final SitePath home;
    private final List<LinkedPage> pages;
    private final Map<PageId, LinkedPage> byId;

    /** @param pages in reading order, each id once (the linker drops repeats) */
    public LinkedBook(Language language, Edition edition, SitePath home, List<LinkedPage> pages) {
        this.language = language;
        this.edition = edition;
        this.home = home;
        this.pages = List.copyOf(pages);
        this.byId = this.pages.stream().collect(Collectors.toUnmodifiableMap(
                page -> page.page().frontMatter().id(), Function.identity()));
    }

    public Language language() {
        return language;
    }

    public Edition edition() {
        return edition;
    }

    public SitePath home() {
        return home;
    }

    public List<LinkedPage> pages() {
        return pages;
    }

    public Optional<LinkedPage> page(PageId id) {
        return Optional.ofNullable(byId.get(id));
    }
}
