package dev.faqsite.dedup;

/**
 * The thresholds that turn similarity scores into decisions. {@code question} and {@code answer} are cosine
 * similarities of TF-IDF vectors (the question with its heading; all answer parts); {@code meaning} is the cosine of
 * the questions' sentence embeddings after removing what the site's questions have in common, or {@code NaN} when no
 * embedding is available (the model could not load, or the two questions are in different languages);
 * {@code sameMeaning} is the margin of the model's {@link MeaningHead} (a classifier trained on labelled question
 * pairs; at or above 0 it says "the same question"), or {@code NaN} where the model has none.
 *
 * <p>Every score is first rounded onto a grid of {@link #GRID}, so that a score a floating-point difference away
 * from a threshold (another CPU, another ONNX Runtime build) decides the same way on every machine but for scores
 * exactly on a grid boundary.
 *
 * <p>A pair is a duplicate when
 * <ul>
 *   <li>the questions mean the same. With a head: it says so ({@code sameMeaning ≥ 0}) and the meaning cosine
 *       agrees ({@code meaning ≥ meaningWithHead}): the head was trained on pairs of unrelated everyday questions
 *       and cannot know a site's own frame ("请简要介绍AI大模型创业所需的资金需求 / …人才需求"), which the centred
 *       cosine has removed. Without a head: {@code meaning ≥ sameMeaning}. Without an embedding, they are worded
 *       near-identically: {@code question ≥ sameQuestion}. With an embedding, near-identical wording alone is not
 *       enough: "重庆到西安的火车票" and "西安到重庆的火车票" share every word;</li>
 *   <li>the questions are close and the answers make some of the same points:
 *       {@code question ≥ closeQuestion} and {@code answer ≥ overlappingAnswer}; or</li>
 *   <li>questions and answers both agree: {@code question ≥ similarQuestion} and {@code answer ≥ similarAnswer}; or</li>
 *   <li>the answers are near-identical and the questions still agree somewhat:
 *       {@code answer ≥ sameAnswer} and {@code question ≥ questionWithSameAnswer}.</li>
 * </ul>
 * A question whose wording is somewhat close and whose answer makes a few of the same points
 * ({@code question ≥ groupQuestion} and {@code answer ≥ groupAnswer}) may join a group that already has two members,
 * but two such questions do not make a group on their own: several members that agree with one another are more
 * evidence than one pair. Rewordings that share few words ("AI 大模型的解释性如何提高？" / "如何确保AI大模型的可解释性？")
 * join their group this way, while two different tasks in one template ("…图像分类模型…" / "…文本分类模型…") stay apart.
 *
 * <p>Everything in one group must be close to every other member (complete linkage: combined score at least
 * {@code linkWithinGroup}, or the same meaning as above), so chains of pairwise duplicates cannot join unrelated
 * questions:
 * {@code 公平性和透明性} may look like {@code 可解释性和透明性}, but not like the other rewordings of the latter.
 *
 * <p>Calibrated on data (see README, "Deduplication"): {@code sameMeaning} on a random half of the LCQMC
 * development pairs (precision ≥ 0.9); the head's own threshold on held-out folds of all of them (precision 0.91);
 * {@code meaningWithHead} so that the head's merges stay free of a site's template pairs also where the site's
 * common frame is estimated from few questions (random subsets of 10 to 60 seed questions: at 0.75, one subset in
 * eight merged such a pair; at 0.80, one in thirty among the smallest), which costs the head 0.03 of its LCQMC recall
 * (held out: 0.79 → 0.76 at precision 0.92); the lexical and answer thresholds and the linkage on the seed content.
 *
 * @param sameMeaning            embedding cosine from which two questions mean the same, for models without a head
 * @param meaningWithHead        embedding cosine two questions must still reach when the head says they mean the same
 * @param questionWeight         weight of the question score in the combined score; the answer gets the rest
 * @param indexedTerms           candidates share at least one of each other's this many heaviest question terms
 * @param relatedMinimum         minimum combined score of a related question
 * @param relatedCount           how many related questions a page lists at most
 * @param postingsFactor         a term shared by more than {@code postingsFactor × √n} of n questions (and more
 *                               than 200) is too common to make two questions candidates
 * @param maxCandidates          per question, at most this many later questions (the most similar by question
 *                               text) are scored in full, so that work grows linearly with the corpus
 */
public record SimilarityPolicy(double sameMeaning, double meaningWithHead, double sameQuestion, double closeQuestion,
                               double overlappingAnswer,
                               double similarQuestion, double similarAnswer, double sameAnswer,
                               double questionWithSameAnswer, double groupQuestion, double groupAnswer,
                               double linkWithinGroup, double questionWeight,
                               int indexedTerms, double relatedMinimum, int relatedCount, double postingsFactor,
                               int maxCandidates) {

    /** Scores are compared on this grid. */
    public static final double GRID = 0.01;

    public static SimilarityPolicy defaults() {
        return new SimilarityPolicy(0.91, 0.80, 0.85, 0.58, 0.225, 0.5, 0.5, 0.9, 0.3, 0.45, 0.15, 0.25, 0.6, 12, 0.12, 5,
                3.0,
                16);
    }

    /** The longest postings list used to find candidates among {@code questions} questions. */
    public int maxPostings(int questions) {
        return (int) Math.max(200, postingsFactor * Math.sqrt(questions));
    }

    public double combined(double question, double answer) {
        return questionWeight * question + (1 - questionWeight) * answer;
    }

    /** The score on the decision grid; NaN stays NaN. */
    public static double onGrid(double score) {
        return Double.isNaN(score) ? score : Math.round(score / GRID) * GRID;
    }

    public Decision decide(double question, double answer, double meaning, double headMargin) {
        double q = onGrid(question);
        double a = onGrid(answer);
        boolean sameWording = Double.isNaN(meaning) ? q >= sameQuestion : meansTheSame(meaning, headMargin);
        boolean duplicate = sameWording
                || (q >= closeQuestion && a >= overlappingAnswer)
                || (q >= similarQuestion && a >= similarAnswer)
                || (a >= sameAnswer && q >= questionWithSameAnswer);
        if (duplicate) {
            return Decision.DUPLICATE;
        }
        return combined(q, a) >= relatedMinimum ? Decision.RELATED : Decision.UNRELATED;
    }

    /** Whether a question may join a group of two or more through its pair with one member (see above). */
    public boolean joinsGroup(double question, double answer) {
        return onGrid(question) >= groupQuestion && onGrid(answer) >= groupAnswer;
    }

    /** Complete linkage: whether two questions are close enough to share a group with others. */
    public boolean mayLink(double question, double answer, double meaning, double headMargin) {
        return onGrid(combined(onGrid(question), onGrid(answer))) >= linkWithinGroup
                || meansTheSame(meaning, headMargin);
    }

    /** Whether the embeddings say two questions mean the same (false without an embedding). */
    public boolean meansTheSame(double meaning, double headMargin) {
        double m = onGrid(meaning);
        return Double.isNaN(headMargin) ? m >= sameMeaning : onGrid(headMargin) >= 0 && m >= meaningWithHead;
    }
}
