package org.handbook.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handbook.Handbook;
import org.handbook.LinkResult;
import org.handbook.changes.EditionChanges;
import org.handbook.changes.EditionComparison;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedHandbook;
import org.handbook.link.LinkedPage;
import org.handbook.link.TranslationState;
import org.handbook.model.Progress;
import org.handbook.model.SourcePosition;
import org.handbook.parse.Reference;
import org.handbook.revision.RevisionException;
import org.handbook.revision.RevisionCopy;
import org.handbook.revision.SourceFiles;

/** Compares the handbook as it is with itself at a git revision, as {@link ReviewReport} says. */
public final class Review {

    private Review() {
    }

    /**
     * @param printed whether to lay out the print PDFs at both revisions, to give the change in their pages
     * @return empty when either side cannot be linked (its errors are what a check reports)
     */
    public static Optional<ReviewReport> of(Path root, String base, boolean printed) throws RevisionException, IOException {
        try (RevisionCopy before = RevisionCopy.of(root, base)) {
            LinkResult was = Handbook.link(before.root(), Progress.NONE);
            LinkResult now = Handbook.link(root, Progress.NONE);
            if (was.handbook().isEmpty() || now.handbook().isEmpty()) {
                return Optional.empty();
            }
            Set<Path> changed = SourceFiles.changed(before.root(), root);
            Map<String, ReviewReport.PageCount> pages = printed ? pages(was.handbook().get(), now.handbook().get()) : Map.of();
            return Optional.of(new ReviewReport(base, changed, books(was.handbook().get(), now.handbook().get()), pages));
        }
    }

    /** The print PDFs whose number of pages the change altered. */
    private static Map<String, ReviewReport.PageCount> pages(LinkedHandbook was, LinkedHandbook now) {
        Map<String, Integer> before = PrintedPages.of(was);
        Map<String, Integer> after = PrintedPages.of(now);
        Map<String, ReviewReport.PageCount> changed = new LinkedHashMap<>();
        Set<String> books = new java.util.LinkedHashSet<>(after.keySet());
        books.addAll(before.keySet());
        for (String book : books) {
            ReviewReport.PageCount count = new ReviewReport.PageCount(before.getOrDefault(book, 0), after.getOrDefault(book, 0));
            if (count.before() != count.now()) {
                changed.put(book, count);
            }
        }
        return changed;
    }

    private static List<ReviewReport.Book> books(LinkedHandbook was, LinkedHandbook now) {
        List<ReviewReport.Book> books = new ArrayList<>();
        for (LinkedBook book : now.books()) {
            Optional<LinkedBook> before = was.book(book.language().tag(), book.edition().id());
            if (before.isEmpty()) {
                continue;
            }
            EditionChanges all = EditionComparison.between(before.get(), book);
            Map<String, LinkedPage> pages = new HashMap<>();
            book.pages().forEach(page -> pages.put(page.page().frontMatter().id().value(), page));
            // A missing translation's stand-in is the default language's page: its book shows the change.
            EditionChanges changes = new EditionChanges(book, before.get().edition(), all.pages().stream()
                    .filter(change -> Optional.ofNullable(pages.get(change.id()))
                            .map(page -> page.translation().status() != TranslationState.Status.MISSING).orElse(true))
                    .toList(), all.countries());
            ReviewReport.Book reviewed = new ReviewReport.Book(book.language().tag().value(), book.language().name(),
                    book.edition().id().value(), changes, references(before.get(), book), outdated(before.get(), book));
            if (!reviewed.isEmpty()) {
                books.add(reviewed);
            }
        }
        return books;
    }

    /** The references of pages in both revisions that now read otherwise: "Section 4.3" become "Section 4.4". */
    private static List<ReviewReport.ReferenceChange> references(LinkedBook before, LinkedBook now) {
        List<ReviewReport.ReferenceChange> changes = new ArrayList<>();
        for (LinkedPage page : now.pages()) {
            if (page.translation().status() == TranslationState.Status.MISSING) {
                continue;
            }
            Optional<LinkedPage> was = before.page(page.page().frontMatter().id());
            if (was.isEmpty()) {
                continue;
            }
            Map<String, String> wasLabels = labels(was.get());
            List<Reference> references = page.page().references();
            for (int i = 0; i < references.size(); i++) {
                Reference reference = references.get(i);
                String label = label(page, i);
                String previous = wasLabels.get(reference.written());
                if (previous != null && !previous.equals(label)) {
                    changes.add(new ReviewReport.ReferenceChange(reference.position().displayPath(),
                            reference.position().line(), previous, label));
                }
            }
        }
        return changes;
    }

    /** What each reference of a page, by what it was written as, read. */
    private static Map<String, String> labels(LinkedPage page) {
        Map<String, String> labels = new HashMap<>();
        List<Reference> references = page.page().references();
        for (int i = 0; i < references.size(); i++) {
            labels.put(references.get(i).written(), label(page, i));
        }
        return labels;
    }

    /** What the page's {@code index}th reference reads as. */
    private static String label(LinkedPage page, int index) {
        return page.references().get(index).map(ReferenceLabels::of).orElse("(unresolved)");
    }

    /** Translations current before the change and outdated after it, with the source's sections that changed. */
    private static List<ReviewReport.OutdatedTranslation> outdated(LinkedBook before, LinkedBook now) {
        List<ReviewReport.OutdatedTranslation> outdated = new ArrayList<>();
        for (LinkedPage page : now.pages()) {
            boolean wasCurrent = before.page(page.page().frontMatter().id())
                    .map(was -> was.translation().status() == TranslationState.Status.CURRENT).orElse(false);
            if (wasCurrent && page.translation().status() == TranslationState.Status.OUTDATED) {
                outdated.add(new ReviewReport.OutdatedTranslation(SourcePosition.of(page.page().file()).displayPath(),
                        page.translation().changed().stream().map(ReferenceLabels::of).toList()));
            }
        }
        return outdated;
    }
}
