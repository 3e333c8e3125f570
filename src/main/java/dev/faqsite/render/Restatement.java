package dev.faqsite.render;

import dev.faqsite.dedup.Deduplicator;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether the question as written ({@code **题目：**}) says more than its heading. Headings are usually the question
 * cut short ("如何评估市场潜力？" under "在创业过程中，如何评估市场潜力？"); printing both reads as the title twice.
 */
final class Restatement {
    /** Share of the full question's character pairs that may be new before it counts as saying more. */
    private static final double NEW_SHARE = 0.4;

    private Restatement() {
    }

    static boolean addsToHeading(String heading, String question) {
        String full = Deduplicator.normalise(question);
        String shown = Deduplicator.normalise(heading);
        if (full.isEmpty() || shown.contains(full)) {
            return false;
        }
        Set<String> headingPairs = pairs(shown);
        Set<String> questionPairs = pairs(full);
        long fresh = questionPairs.stream().filter(p -> !headingPairs.contains(p)).count();
        return fresh > NEW_SHARE * questionPairs.size();
    }

    private static Set<String> pairs(String text) {
        Set<String> pairs = new HashSet<>();
        int[] points = text.codePoints().toArray();
        if (points.length == 1) {
            pairs.add(new String(points, 0, 1));
        }
        for (int i = 0; i + 1 < points.length; i++) {
            pairs.add(new String(points, i, 2));
        }
        return pairs;
    }
}
