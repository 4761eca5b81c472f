package org.handbook.parse;

import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The text a reader sees in a node, without markup. */
final class PlainText extends AbstractVisitor {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final StringBuilder text = new StringBuilder();

    private PlainText() {
    }

    static String of(Node node) {
        PlainText visitor = new PlainText();
        node.accept(visitor);
        return WHITESPACE.matcher(visitor.text.toString().strip()).replaceAll(" ");
    }

    @Override
    public void visit(Text node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(Code node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak node) {
        text.append(' ');
    }

    @Override
    public void visit(HardLineBreak node) {
        text.append(' ');
    }
}
