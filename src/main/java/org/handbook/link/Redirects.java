package org.handbook.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.handbook.config.HandbookConfig;
import org.handbook.config.Redirect;
import org.handbook.model.Diagnostics;
import org.handbook.model.PageId;
import org.handbook.model.SitePath;

/**
 * Places the {@code redirects} of handbook.yml: each old page id becomes, in every book that has
 * the page it moved to, a redirect at its old address. A redirect must lead to a page of the
 * current edition, and to a section that page has; a redirect to an old id that is itself
 * redirected is followed to the page at the end, so a page that moves twice needs only its newest
 * entry changed. A book that still has a page of the old id (a published edition, frozen before
 * the move) keeps it.
 */
final class Redirects {

    private final List<Redirect> redirects;
    private final Map<PageId, Redirect> byOldId = new LinkedHashMap<>();
    /** The current edition's books, the default language's first: a target is looked for in them. */
    private final List<LinkedBook> current;
    private final Set<PageId> pages;
    private final Set<String> unreadable;
    private final Elsewhere elsewhere;
    private final Diagnostics diagnostics;

    private Redirects(List<LinkedBook> books, HandbookConfig config, Set<String> unreadable, Diagnostics diagnostics) {
        this.redirects = config.redirects();
        redirects.forEach(redirect -> byOldId.put(redirect.from(), redirect));
        this.current = books.stream().filter(book -> book.edition().isCurrent())
                .sorted(Comparator.comparing(book -> !book.language().equals(config.defaultLanguage()))).toList();
        this.pages = current.stream().flatMap(book -> book.pages().stream()).map(page -> page.page().frontMatter().id())
                .collect(Collectors.toUnmodifiableSet());
        this.unreadable = unreadable;
        this.elsewhere = new Elsewhere(books);
        this.diagnostics = diagnostics;
    }

    /**
     * The books, each with the redirects it has, reporting each redirect that cannot be placed.
     *
     * @param unreadable the probable ids of the current edition's pages whose front matter could not be
     *                   read: a redirect to one is not reported, as the page's own error says why it is missing
     */
    static List<LinkedBook> place(List<LinkedBook> books, HandbookConfig config, Set<String> unreadable,
                                  Diagnostics diagnostics) {
        if (config.redirects().isEmpty()) {
            return books;
        }
        Redirects placing = new Redirects(books, config, unreadable, diagnostics);
        Map<PageId, List<Stop>> routes = new LinkedHashMap<>();
        for (Redirect redirect : placing.redirects) {
            placing.route(redirect).ifPresent(route -> routes.put(redirect.from(), route));
        }
        return books.stream().map(book -> book.withRedirects(moved(book, routes))).toList();
    }

    /**
     * A page a redirect leads to, directly or through the entries of the pages that moved again,
     * and the section named on the way there, if any: the first anchor written names it, as a
     * later one names a section of a page the earlier entry already points into.
     */
    private record Stop(PageId page, String anchor) {
    }

    /** The pages a redirect leads to, one per entry followed, the page of the current edition last. */
    private Optional<List<Stop>> route(Redirect redirect) {
        if (pages.contains(redirect.from())) {
            diagnostics.error(redirect.fromPosition(), "HB-REDIRECT-PAGE", "'" + redirect.from() + "' is still the id of a page"
                            + " (" + fileOf(redirect.from()) + "): its redirect would replace the page",
                    "delete the redirect while the page has this id, or give the page its new id first");
            return Optional.empty();
        }
        if (unreadable.contains(redirect.from().value())) {
            return Optional.empty();
        }
        List<Redirect> chain = new ArrayList<>(List.of(redirect));
        List<Stop> stops = new ArrayList<>(List.of(new Stop(redirect.to(), redirect.anchor().orElse(""))));
        Redirect last = redirect;
        while (!pages.contains(last.to())) {
            Redirect next = byOldId.get(last.to());
            if (next == null) {
                if (last == redirect) {
                    reportMissingPage(redirect);
                }
                return Optional.empty();
            }
            if (chain.contains(next)) {
                reportLoop(redirect, chain);
                return Optional.empty();
            }
            chain.add(next);
            String anchor = stops.get(stops.size() - 1).anchor();
            stops.add(new Stop(next.to(), anchor.isEmpty() ? next.anchor().orElse("") : anchor));
            last = next;
        }
        Optional<Redirect> anchored = chain.stream().filter(entry -> entry.anchor().isPresent()).findFirst();
        Stop end = stops.get(stops.size() - 1);
        String anchor = end.anchor();
        LinkedPage target = current.stream().flatMap(book -> book.page(end.page()).stream()).findFirst().orElseThrow();
        if (!anchor.isEmpty() && Places.of(target, anchor).isEmpty()) {
            if (anchored.get() == redirect) {
                List<String> anchors = new ArrayList<>();
                target.page().outline().headings().forEach(heading -> anchors.add(heading.id().value()));
                target.page().outline().tables().forEach(table -> anchors.add(table.id().value()));
                diagnostics.error(redirect.toPosition(), "HB-REDIRECT-TARGET", "the redirect of '" + redirect.from()
                                + "' leads to '" + redirect.written() + "', but '" + end.page() + "' has no section '#" + anchor + "'",
                        References.suggestion(anchor, anchors));
            }
            return Optional.empty();
        }
        return Optional.of(stops);
    }

    private void reportMissingPage(Redirect redirect) {
        String to = redirect.to().value();
        if (unreadable.contains(to)) {
            return;
        }
        List<LinkedBook> others = current.isEmpty() ? List.of() : elsewhere.page(current.get(0), to);
        if (!others.isEmpty()) {
            diagnostics.error(redirect.toPosition(), "HB-REDIRECT-TARGET", "the redirect of '" + redirect.from()
                            + "' leads to '" + to + "', which is a page only in " + Elsewhere.names(others),
                    "a redirect leads to a page of the current edition: name the page that now holds its content");
            return;
        }
        diagnostics.error(redirect.toPosition(), "HB-REDIRECT-TARGET", "the redirect of '" + redirect.from()
                        + "' leads to '" + to + "', but no page has that id",
                References.suggestion(to, pages.stream().map(PageId::value).sorted().toList()));
    }

    /**
     * Reports a loop once, at the entry of it handbook.yml lists first; an entry that leads into a
     * loop without being part of it is not reported, as mending the loop mends it too.
     */
    private void reportLoop(Redirect redirect, List<Redirect> chain) {
        Redirect loopStart = byOldId.get(chain.get(chain.size() - 1).to());
        List<Redirect> loop = chain.subList(chain.indexOf(loopStart), chain.size());
        Redirect first = loop.stream().min(Comparator.comparingInt(redirects::indexOf)).orElseThrow();
        if (first != redirect) {
            return;
        }
        String round = loop.stream().map(entry -> "'" + entry.from() + "'").collect(Collectors.joining(" → "))
                + " → '" + loop.get(0).from() + "'";
        diagnostics.error(redirect.fromPosition(), "HB-REDIRECT-LOOP", "the redirects " + round
                        + " lead round in a loop, to no page",
                "let one of them lead to the page that now holds the content");
    }

    /** Where the page of this id is written in the current edition, the default language's file first. */
    private String fileOf(PageId id) {
        return current.stream().flatMap(book -> book.page(id).stream()).findFirst()
                .map(page -> page.page().file().toString().replace('\\', '/')).orElse("");
    }

    /**
     * The redirects of one book: each where the book has no page of its own at the old address, to
     * the first page on its route that the book has (an earlier edition may still have a page that
     * has moved again since). The section is kept where the book's page has it, so a translation or
     * an earlier edition without it sends readers to the top of the page.
     */
    private static List<MovedPage> moved(LinkedBook book, Map<PageId, List<Stop>> routes) {
        List<MovedPage> moved = new ArrayList<>();
        String language = book.language().tag().value();
        String edition = book.edition().id().value();
        routes.forEach((from, route) -> {
            if (book.page(from).isPresent()) {
                return;
            }
            route.stream().flatMap(stop -> book.page(stop.page()).stream()
                            .map(target -> Places.of(target, stop.anchor()).or(() -> Places.of(target, "")).orElseThrow()))
                    .findFirst()
                    .ifPresent(target -> moved.add(new MovedPage(from, SitePath.indexOf(language, edition, from.value()), target)));
        });
        return moved;
    }
}
