package dev.faqsite.evaluation;

import dev.faqsite.dedup.Deduplication;
import dev.faqsite.dedup.QuestionGroup;
import dev.faqsite.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pairwise precision, recall and F1 of a deduplication against {@link DedupLabels}, over every pair of question
 * occurrences of one language. May-either pairs count neither way.
 *
 * @param truePositives  must-merge pairs that share a page
 * @param falsePositives must-not pairs that share a page
 * @param falseNegatives must-merge pairs on different pages
 * @param mistakes       the false positives and negatives, one line each, for a reviewer
 */
public record DedupEvaluation(int truePositives, int falsePositives, int falseNegatives, int mayEitherMerged,
                              int mayEitherApart, List<String> mistakes) {

    public static DedupEvaluation of(Deduplication deduplication, List<Question> questions, DedupLabels labels) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int mayMerged = 0;
        int mayApart = 0;
        List<String> mistakes = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            for (int j = i + 1; j < questions.size(); j++) {
                Question a = questions.get(i);
                Question b = questions.get(j);
                QuestionGroup groupOfA = deduplication.groupOf(a);
                boolean merged = groupOfA == deduplication.groupOf(b);
                switch (labels.label(a.id(), b.id())) {
                    case MUST_MERGE -> {
                        if (merged) {
                            tp++;
                        } else {
                            fn++;
                            mistakes.add("missed merge: " + a.id() + " ~ " + b.id());
                        }
                    }
                    case MUST_NOT -> {
                        if (merged) {
                            fp++;
                            mistakes.add("wrong merge:  " + a.id() + " ~ " + b.id() + " (group " + groupOfA.id() + ")");
                        }
                    }
                    case MAY_EITHER -> {
                        if (merged) {
                            mayMerged++;
                        } else {
                            mayApart++;
                        }
                    }
                }
            }
        }
        return new DedupEvaluation(tp, fp, fn, mayMerged, mayApart, List.copyOf(mistakes));
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String summary() {
        return String.format(Locale.ROOT, "pairs: %d true merges, %d wrong merges, %d missed merges; "
                        + "may-either: %d merged, %d apart%nprecision %.3f  recall %.3f  F1 %.3f",
                truePositives, falsePositives, falseNegatives, mayEitherMerged, mayEitherApart,
                precision(), recall(), f1());
    }
}
