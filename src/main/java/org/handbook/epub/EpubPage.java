package org.handbook.epub;

import java.util.List;
import org.handbook.model.SitePath;
import org.handbook.model.Title;

/**
 * One document of an e-book before its links are rewritten: its file in the package, the heading
 * it opens with ({@code label}: "6 Extradition"), the language its text is in, its
 * {@code epub:type} ("chapter", "appendix"), the site's HTML it is made of (a page, or an index's
 * letters, each with the address its links are relative to), the sections the navigation lists
 * and the documents under it there (a part's chapters, a chapter's sub-chapters).
 */
record EpubPage(String file, Title label, String lang, String type, List<Fragment> fragments, List<Section> sections,
                List<EpubPage> children) {

    EpubPage {
        fragments = List.copyOf(fragments);
        sections = List.copyOf(sections);
        children = List.copyOf(children);
    }

    /** Site HTML and the address of the page it comes from. */
    record Fragment(SitePath self, String html) {
    }

    /** A section the navigation lists: its anchor in the document and its numbered title. */
    record Section(String anchor, String label) {
    }
}
