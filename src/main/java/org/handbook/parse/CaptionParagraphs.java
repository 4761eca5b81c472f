package org.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * The paragraphs of a page that caption what follows them: each starts with a word and a colon
 * ("Table:", "Figure:"), as in Pandoc, and holds more than it.
 */
final class CaptionParagraphs {

    private CaptionParagraphs() {
    }

    /** The captions starting with {@code prefix}, in order; none inside the tables and figures made before. */
    static List<Paragraph> find(Node document, String prefix) {
        List<Paragraph> captions = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                if (paragraph.getFirstChild() instanceof Text text && text.getLiteral().startsWith(prefix)
                        && PlainText.of(paragraph).length() > prefix.length()) {
                    captions.add(paragraph);
                }
            }

            @Override
            public void visit(CustomBlock block) {
            }
        });
        return captions;
    }

    /** Takes {@code prefix} and the space after it out of the caption's text. */
    static void dropPrefix(Paragraph caption, String prefix) {
        Text first = (Text) caption.getFirstChild();
        first.setLiteral(first.getLiteral().substring(prefix.length()).stripLeading());
    }
}
