package dev.faqsite.parse.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;

/**
 * The source line of each link and image in a block. The parser records positions of blocks only; a link's line
 * is its block's first line plus the line breaks before it, so two links in one paragraph, or in one list, are
 * reported on their own lines. Counted in one pass over the block.
 */
final class InlineLines {
    private InlineLines() {
    }

    /** Line of every {@link Link} and {@link Image} inside {@code root}, by node identity. */
    static Map<Node, Integer> of(Node root) {
        Map<Node, Integer> lines = new IdentityHashMap<>();
        walk(root, AstNodes.line(root), lines);
        return lines;
    }

    /** Returns the line after {@code node}. Iterative over siblings, recursive only as deep as the nesting. */
    private static int walk(Node node, int line, Map<Node, Integer> lines) {
        int current = node.getSourceSpans().isEmpty() ? line : AstNodes.line(node);
        if (node instanceof Link || node instanceof Image) {
            lines.put(node, current);
        }
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            return current + 1;
        }
        if (node instanceof HtmlInline html) {
            return current + (int) html.getLiteral().chars().filter(c -> c == '\n').count();
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            current = walk(child, current, lines);
        }
        return current;
    }
}
