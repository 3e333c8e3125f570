package dev.faqsite.parse.internal;

import dev.faqsite.model.PartKind;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;

/** A question while its section is being read; becomes a {@link dev.faqsite.model.Question}. */
final class QuestionDraft {
    final int line;
    final String heading;
    final IdAttribute attribute;
    final List<PartDraft> parts = new ArrayList<>();

    QuestionDraft(int line, String heading, IdAttribute attribute) {
        this.line = line;
        this.heading = heading;
        this.attribute = attribute;
    }

    /** Adds a block to the current part, opening an unlabelled answer if no label came first. */
    void add(Node block) {
        if (parts.isEmpty()) {
            parts.add(new PartDraft(PartKind.ANSWER, "", line));
        }
        parts.get(parts.size() - 1).nodes.add(block);
    }

    void startPart(PartKind kind, String label, int labelLine) {
        parts.add(new PartDraft(kind, label, labelLine));
    }

    static final class PartDraft {
        final PartKind kind;
        final String label;
        final int line;
        final List<Node> nodes = new ArrayList<>();

        PartDraft(PartKind kind, String label, int line) {
            this.kind = kind;
            this.label = label;
            this.line = line;
        }
    }
}
