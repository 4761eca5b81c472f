package org.handbook.parse;

import org.commonmark.node.CustomBlock;

/** The end of a glossary term's definition, where the list of the places that use the term goes. */
final class TermUsesSlot extends CustomBlock {

    private final String term;

    TermUsesSlot(String term) {
        this.term = term;
    }

    String term() {
        return term;
    }
}
