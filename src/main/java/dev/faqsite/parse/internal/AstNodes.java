package dev.faqsite.parse.internal;

import dev.faqsite.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.renderer.text.TextContentRenderer;

/** Small operations on the commonmark AST used while reading a document's layout. */
final class AstNodes {
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private AstNodes() {
    }

    static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }

    static int line(Node node) {
        var spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    /** The nearest node at or above {@code node} that knows its source position: the block it is in. */
    static Node enclosingBlock(Node node) {
        Node current = node;
        while (current != null && current.getSourceSpans().isEmpty()) {
            current = current.getParent();
        }
        return current == null ? node : current;
    }

    /** The node's text on one line; separators and control characters that would break a title become spaces. */
    static String text(Node node) {
        return PlainText.oneLine(TEXT.render(node));
    }

    /** The label at the start of a paragraph: {@code **答案：**} or {@code **答案**：}. */
    static Optional<Label> leadingLabel(Node block) {
        if (!(block instanceof Paragraph) || !(block.getFirstChild() instanceof StrongEmphasis strong)) {
            return Optional.empty();
        }
        String inside = text(strong);
        if (endsWithColon(inside)) {
            return Label.recognise(inside.substring(0, inside.length() - 1));
        }
        if (strong.getNext() instanceof Text after && startsWithColon(after.getLiteral())) {
            return Label.recognise(inside);
        }
        return Optional.empty();
    }

    /** Removes the leading label from a paragraph; returns false when nothing is left of the paragraph. */
    static boolean removeLeadingLabel(Paragraph paragraph) {
        Node strong = paragraph.getFirstChild();
        // The colon is inside the label (**答案：**) or right after it (**答案**：); only the latter is removed here,
        // so that a question that itself starts with a colon keeps it.
        boolean colonInside = endsWithColon(text(strong));
        strong.unlink();
        if (!colonInside && paragraph.getFirstChild() instanceof Text after && startsWithColon(after.getLiteral())) {
            after.setLiteral(after.getLiteral().strip().substring(1));
        }
        while (paragraph.getFirstChild() != null) {
            Node first = paragraph.getFirstChild();
            if (first instanceof SoftLineBreak || first instanceof HardLineBreak) {
                first.unlink();
            } else if (first instanceof Text leading && leading.getLiteral().isBlank()) {
                first.unlink();
            } else {
                if (first instanceof Text leading) {
                    leading.setLiteral(leading.getLiteral().stripLeading());
                }
                break;
            }
        }
        return paragraph.getFirstChild() != null;
    }

    /** Removes a trailing {@code {#id …}} from a heading or paragraph and returns it as written. */
    static Optional<IdAttribute> takeIdAttribute(Node block) {
        if (!(block.getLastChild() instanceof Text last)) {
            return Optional.empty();
        }
        Matcher matcher = HeadingText.idAttribute(last.getLiteral());
        if (!matcher.find()) {
            return Optional.empty();
        }
        String remaining = last.getLiteral().substring(0, matcher.start());
        if (remaining.isEmpty()) {
            last.unlink();
        } else {
            last.setLiteral(remaining);
        }
        return Optional.of(new IdAttribute(matcher.group(1), matcher.group(2)));
    }

    private static boolean endsWithColon(String text) {
        return text.endsWith("：") || text.endsWith(":");
    }

    private static boolean startsWithColon(String text) {
        String stripped = text.stripLeading();
        return stripped.startsWith("：") || stripped.startsWith(":");
    }
}
