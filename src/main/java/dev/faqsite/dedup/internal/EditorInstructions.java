package dev.faqsite.dedup.internal;

import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.model.Question;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The editors' {@code duplicate-of} and {@code not-duplicate-of} attributes of one language, resolved to question
 * positions, with every contradiction reported as an error at the question that states it.
 */
final class EditorInstructions {
    private final List<int[]> merges = new ArrayList<>();
    private final Set<Long> merged = new HashSet<>();
    private final Set<Long> forbidden = new HashSet<>();

    static EditorInstructions read(List<Question> questions, Map<String, Integer> positionOfId,
                                   Diagnostics diagnostics) {
        EditorInstructions instructions = new EditorInstructions();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            for (String other : question.hints().duplicateOf()) {
                instructions.resolve(question, other, positionOfId, diagnostics)
                        .ifPresent(j -> instructions.addMerge(positionOfId.get(question.id()), j));
            }
            for (String other : question.hints().notDuplicateOf()) {
                instructions.resolve(question, other, positionOfId, diagnostics)
                        .ifPresent(j -> instructions.forbidden.add(key(positionOfId.get(question.id()), j)));
            }
        }
        for (int[] pair : instructions.merges) {
            if (instructions.forbidden(pair[0], pair[1])) {
                Question question = questions.get(pair[0]);
                diagnostics.error(question.location().file(), question.location().line(),
                        "'" + question.id() + "' and '" + questions.get(pair[1]).id()
                                + "' are marked both duplicate-of and not-duplicate-of",
                        "keep one of the two attributes");
            }
        }
        return instructions;
    }

    private java.util.Optional<Integer> resolve(Question question, String other, Map<String, Integer> positionOfId,
                                                Diagnostics diagnostics) {
        Integer position = positionOfId.get(other);
        if (position == null || other.equals(question.id())) {
            diagnostics.error(question.location().file(), question.location().line(),
                    "'" + other + "' is not the id of another question in this language",
                    "name the id of an existing question, as written in its {#id}");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(position);
    }

    private void addMerge(int i, int j) {
        merges.add(new int[] {Math.min(i, j), Math.max(i, j)});
        merged.add(key(i, j));
    }

    List<int[]> merges() {
        return merges;
    }

    boolean merged(int i, int j) {
        return merged.contains(key(i, j));
    }

    boolean forbidden(int i, int j) {
        return forbidden.contains(key(i, j));
    }

    /** A forced merge that a not-duplicate-of elsewhere in the group prevented is a conflict the editor must solve. */
    void reportUnmetMerges(List<List<Integer>> clusters, List<Question> questions, Diagnostics diagnostics) {
        int[] clusterOf = new int[questions.size()];
        for (int c = 0; c < clusters.size(); c++) {
            for (int member : clusters.get(c)) {
                clusterOf[member] = c;
            }
        }
        for (int[] pair : merges) {
            if (clusterOf[pair[0]] != clusterOf[pair[1]] && !forbidden(pair[0], pair[1])) {
                Question question = questions.get(pair[0]);
                diagnostics.error(question.location().file(), question.location().line(),
                        "cannot merge '" + question.id() + "' with '" + questions.get(pair[1]).id()
                                + "': another not-duplicate-of keeps their groups apart",
                        "remove the duplicate-of or the not-duplicate-of that contradicts it");
            }
        }
    }

    private static long key(int i, int j) {
        return ((long) Math.min(i, j) << 32) | Math.max(i, j);
    }
}
