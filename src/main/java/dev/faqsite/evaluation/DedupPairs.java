package dev.faqsite.evaluation;

import dev.faqsite.dedup.Decision;
import dev.faqsite.dedup.Deduplicator;
import dev.faqsite.dedup.Embeddings;
import dev.faqsite.dedup.MeaningHead;
import dev.faqsite.dedup.PairScore;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.model.MergeHints;
import dev.faqsite.model.Question;
import dev.faqsite.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Question pairs decided as the build decides two questions whose answers carry no signal (LCQMC-style data:
 * {@code question1<TAB>question2[<TAB>label]}). The questions of all pairs together are the corpus that term
 * weights and the embeddings' common part come from, as a site's questions are in a build.
 */
public final class DedupPairs {

    /** One line of input: two questions and, when labelled, whether they ask the same thing. */
    public record Pair(String first, String second, Boolean same) {
    }

    /**
     * The decision and score of one pair.
     *
     * @param score the score the decision rests on: with the embedding model's {@link dev.faqsite.dedup.MeaningHead
     *              head}, the probability it gives that the two mean the same (it decides from
     *              {@code 1 / (1 + e^-threshold)}); else the embedding cosine, or the wording similarity without
     *              embeddings
     */
    public record Outcome(boolean duplicate, double score, PairScore signals) {
        public String line() {
            return (duplicate ? "1" : "0") + "\t" + String.format(Locale.ROOT, "%.3f", score);
        }

        /**
         * The line with the wording and meaning scores and the head's margin after it (meaning {@code NaN} without
         * the model, margin {@code NaN} without a head).
         */
        public String lineWithSignals() {
            return line() + String.format(Locale.ROOT, "\t%.4f\t%.4f\t%.4f", signals.question(), signals.meaning(),
                    signals.sameMeaning());
        }
    }

    private DedupPairs() {
    }

    /** Parses one line; null when it is not {@code q1<TAB>q2[<TAB>0|1]}. */
    public static Pair parse(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length < 2 || fields.length > 3 || fields[0].isBlank() || fields[1].isBlank()) {
            return null;
        }
        Boolean same = null;
        if (fields.length == 3) {
            switch (fields[2].strip()) {
                case "1" -> same = true;
                case "0" -> same = false;
                case "" -> same = null;
                default -> {
                    return null;
                }
            }
        }
        return new Pair(fields[0].strip(), fields[1].strip(), same);
    }

    /** Decides every pair, in input order. */
    public static List<Outcome> decide(List<Pair> pairs, String language, Deduplicator deduplicator,
                                       Diagnostics diagnostics) {
        Map<String, Question> byText = new LinkedHashMap<>();
        for (Pair pair : pairs) {
            for (String text : List.of(pair.first(), pair.second())) {
                byText.computeIfAbsent(text, t -> question(byText.size(), t, language));
            }
        }
        BiFunction<Question, Question, PairScore> scorer =
                deduplicator.scorer(List.copyOf(byText.values()), diagnostics);
        double headThreshold = MeaningHead.forModel(Embeddings.modelFor(language)).map(MeaningHead::threshold)
                .orElse(0.0);
        List<Outcome> outcomes = new ArrayList<>(pairs.size());
        for (Pair pair : pairs) {
            PairScore score = scorer.apply(byText.get(pair.first()), byText.get(pair.second()));
            outcomes.add(new Outcome(score.decision() == Decision.DUPLICATE, basis(score, headThreshold), score));
        }
        return outcomes;
    }

    private static double basis(PairScore score, double headThreshold) {
        if (!Double.isNaN(score.sameMeaning())) {
            return 1 / (1 + Math.exp(-(score.sameMeaning() + headThreshold)));
        }
        return Double.isNaN(score.meaning()) ? score.question() : score.meaning();
    }

    /** How the decisions on the labelled pairs compare with their labels. */
    public record Metrics(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            return precision() + recall() == 0 ? 0 : 2 * precision() * recall() / (precision() + recall());
        }

        /** Counts, then precision, recall and F1, on two lines. */
        public String summary() {
            return String.format(Locale.ROOT, "%d labelled pairs: %d true merges, %d wrong merges, %d missed, "
                            + "%d kept apart%nprecision %.3f  recall %.3f  F1 %.3f",
                    truePositives + falsePositives + falseNegatives + trueNegatives, truePositives, falsePositives,
                    falseNegatives, trueNegatives, precision(), recall(), f1());
        }
    }

    /** Pairwise precision, recall and F1 over the labelled pairs. */
    public static Metrics measure(List<Pair> pairs, List<Outcome> outcomes) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int k = 0; k < pairs.size(); k++) {
            Boolean same = pairs.get(k).same();
            if (same == null) {
                continue;
            }
            boolean merged = outcomes.get(k).duplicate();
            if (same && merged) {
                tp++;
            } else if (merged) {
                fp++;
            } else if (same) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Metrics(tp, fp, fn, tn);
    }

    /** Whether any pair carries a label. */
    public static boolean labelled(List<Pair> pairs) {
        return pairs.stream().anyMatch(p -> p.same() != null);
    }

    private static Question question(int number, String text, String language) {
        return new Question("q" + number, true, language, "pairs", text, text, List.of(),
                new SourceLocation("pairs", number + 1), MergeHints.NONE, "");
    }
}
