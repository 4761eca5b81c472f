package org.handbook.render.page;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbook.link.LinkedPage;
import org.handbook.model.SitePath;

/**
 * The page entries of one page's navigation. In full, every page of the book, each part and
 * chapter with the pages it holds. Pruned (a long book), what a reader finds their way by: a list
 * shows the {@value #NEIGHBOURS} entries either side of the open one (or its first entries), with
 * a link to where the rest are listed, "4,990 more", before and after them; and only the open
 * part and chapter show the pages they hold, as MkDocs Material's pruned navigation does.
 *
 * <p>A list under {@code key} comes with {@code keyBefore} and {@code keyAfter}: the link to what
 * it leaves out ({@code title}, {@code href}, {@code count}), or empty when it leaves out nothing.
 * Each entry has {@code title}, {@code titleHtml}, {@code href}, {@code current}, {@code number},
 * {@code kind}, {@code lang}, {@code open} (it is the page being read or holds it),
 * {@code childCount} and its {@code children} listed the same way.
 */
final class NavigationListing {

    static final int NEIGHBOURS = 10;

    private final NavigationTree tree;
    private final List<LinkedPage> open;
    private final SitePath self;
    private final Map<String, String> strings;
    private final boolean pruned;

    NavigationListing(NavigationTree tree, SitePath self, Map<String, String> strings, boolean pruned) {
        this.tree = tree;
        this.open = tree.openOn(self);
        this.self = self;
        this.strings = strings;
        this.pruned = pruned;
    }

    boolean pruned() {
        return pruned;
    }

    /** Lists {@code pages}, which stand at the top of the book, into {@code holder} under {@code key}. */
    void put(Map<String, Object> holder, String key, List<LinkedPage> pages, String restHref) {
        put(holder, key, pages, 0, restHref);
    }

    private void put(Map<String, Object> holder, String key, List<LinkedPage> pages, int depth, String restHref) {
        int from = 0;
        int to = pages.size();
        int shown = 2 * NEIGHBOURS + 1;
        if (pruned && pages.size() > shown) {
            int openAt = openAt(pages, depth);
            from = Math.max(0, Math.min(openAt < 0 ? 0 : openAt - NEIGHBOURS, pages.size() - shown));
            to = from + shown;
        }
        // Most pages hold none: one empty list for them all, on every page of a long book.
        List<Map<String, Object>> entries = from == to ? List.of() : new ArrayList<>(to - from);
        for (LinkedPage page : pages.subList(from, to)) {
            entries.add(entry(page, depth));
        }
        holder.put(key, entries);
        holder.put(key + "Before", rest(from, restHref));
        holder.put(key + "After", rest(pages.size() - to, restHref));
    }

    /** Where the page open at {@code depth} stands in {@code pages}, or -1 when none of them is open. */
    private int openAt(List<LinkedPage> pages, int depth) {
        if (depth >= open.size()) {
            return -1;
        }
        LinkedPage opened = open.get(depth);
        int place = tree.placeOf(opened);
        return place < pages.size() && pages.get(place).path().equals(opened.path()) ? place : -1;
    }

    private Map<String, Object> entry(LinkedPage page, int depth) {
        Map<String, Object> entry = BookNavigation.entry(page.ref(), self);
        entry.put("number", PageModels.numberLabel(page, strings));
        entry.put("kind", page.page().frontMatter().kind().label());
        entry.put("lang", page.translation().contentLanguage().value());
        boolean isOpen = depth < open.size() && open.get(depth).path().equals(page.path());
        entry.put("open", isOpen);
        List<LinkedPage> held = tree.book().children(page);
        entry.put("childCount", held.size());
        put(entry, "children", !pruned || isOpen ? held : List.of(), depth + 1, page.path().hrefFrom(self));
        return entry;
    }

    private Object rest(int count, String href) {
        if (count == 0) {
            return "";
        }
        String number = NumberFormat.getIntegerInstance(tree.book().language().tag().locale()).format(count);
        Map<String, Object> rest = new LinkedHashMap<>();
        rest.put("title", strings.getOrDefault("nav.more", "{count} more").replace("{count}", number));
        rest.put("href", href);
        rest.put("count", count);
        return rest;
    }
}
