package org.handbook.parse;

import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The text a reader sees in a node, without markup; {@link ReaderText} adds what a reader can follow. */
sealed class PlainText extends AbstractVisitor permits ReaderText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    protected final StringBuilder text = new StringBuilder();

    PlainText() {
    }

    static String of(Node node) {
        return new PlainText().read(node);
    }

    /** The text of {@code node} on one line, runs of white space as one space. */
    final String read(Node node) {
        node.accept(this);
        return WHITESPACE.matcher(text.toString().strip()).replaceAll(" ");
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
