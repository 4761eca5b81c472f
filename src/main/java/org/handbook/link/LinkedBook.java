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
public record LinkedBook(Language language, Edition edition, SitePath home, List<LinkedPage> pages,
                         Map<PageId, LinkedPage> byId) {

    public LinkedBook(Language language, Edition edition, SitePath home, List<LinkedPage> pages) {
        this(language, edition, home, List.copyOf(pages), pages.stream().collect(Collectors.toUnmodifiableMap(
                page -> page.page().frontMatter().id(), Function.identity(), (first, second) -> first)));
    }

    public Optional<LinkedPage> page(PageId id) {
        return Optional.ofNullable(byId.get(id));
    }
}
