package dev.faqsite.parse.internal;

import java.util.OptionalInt;
import org.commonmark.node.Document;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.block.BlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * How deeply markdown may nest. A level is any node inside another: a list item (the list and its item count
 * once), a block quote, a paragraph, emphasis, a link. Thousands of levels cost the parser work on every later
 * line and the renderer, which recurses, its stack; so the depth is checked while parsing, before the cost
 * grows, and again on the finished tree for inline nesting. Thread-safe.
 */
public final class NestingLimit {

    private NestingLimit() {
    }

    /** Thrown out of the parser when a block would open deeper than the limit. */
    static final class TooDeep extends RuntimeException {
        private final int line;

        TooDeep(int line) {
            super(null, null, false, false);
            this.line = line;
        }

        /** 1-based line where the limit was crossed, or 0. */
        int line() {
            return line;
        }
    }

    /**
     * A block parser factory that starts no blocks but stops the parse with {@link TooDeep} when a new block
     * would be deeper than {@code maxNesting}. Register it before any other factory.
     */
    public static BlockParserFactory guard(int maxNesting) {
        return (ParserState state, MatchedBlockParser matched) -> {
            // Called for each block that may start on a line, with the container it would go in: a line opens
            // at most maxNesting containers before this throws, so counting ancestors stays cheap.
            if (level(matched.getMatchedBlockParser().getBlock()) + 1 > maxNesting) {
                SourceSpan span = state.getLine().getSourceSpan();
                throw new TooDeep(span == null ? 0 : span.getLineIndex() + 1);
            }
            return BlockStart.none();
        };
    }

    /** The line of the first node deeper than {@code maxNesting}, if any; walks the tree without recursion. */
    static OptionalInt firstTooDeep(Node root, int maxNesting) {
        Node node = root;
        int level = 0;
        while (node != null) {
            if (level > maxNesting) {
                return OptionalInt.of(AstNodes.line(AstNodes.enclosingBlock(node)));
            }
            Node child = node.getFirstChild();
            if (child != null) {
                level += counts(child) ? 1 : 0;
                node = child;
                continue;
            }
            while (node != root && node.getNext() == null) {
                level -= counts(node) ? 1 : 0;
                node = node.getParent();
            }
            if (node == root) {
                break;
            }
            level -= counts(node) ? 1 : 0;
            node = node.getNext();
            level += counts(node) ? 1 : 0;
        }
        return OptionalInt.empty();
    }

    private static int level(Node node) {
        int level = 0;
        for (Node current = node; current != null; current = current.getParent()) {
            level += counts(current) ? 1 : 0;
        }
        return level;
    }

    private static boolean counts(Node node) {
        return !(node instanceof Document) && !(node instanceof ListBlock);
    }
}
