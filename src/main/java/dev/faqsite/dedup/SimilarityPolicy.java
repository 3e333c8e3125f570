package dev.faqsite.dedup;

/**
 * The thresholds that turn similarity scores into decisions. Scores are cosine similarities of TF-IDF vectors:
 * {@code question} over the question and its heading, {@code answer} over all answer parts.
 *
 * <p>A pair is a duplicate when
 * <ul>
 *   <li>the questions are near-identical: {@code question ≥ sameQuestion}; or</li>
 *   <li>the questions are close and the answers make some of the same points:
 *       {@code question ≥ closeQuestion} and {@code answer ≥ overlappingAnswer}; or</li>
 *   <li>questions and answers both agree: {@code question ≥ similarQuestion} and {@code answer ≥ similarAnswer}; or</li>
 *   <li>the answers are near-identical and the questions still agree somewhat:
 *       {@code answer ≥ sameAnswer} and {@code question ≥ questionWithSameAnswer}.</li>
 * </ul>
 * A close question with an unrelated answer is not enough: two questions that share one of two subjects
 * ({@code 公平性和透明性} / {@code 可解释性和透明性}) look alike but are answered differently. Everything in one group must be at least {@code linkWithinGroup}
 * similar (combined score) to every other member, so chains of pairwise duplicates cannot join unrelated questions.
 *
 * @param questionWeight         weight of the question score in the combined score; the answer gets the rest
 * @param indexedTerms           candidates share at least one of each other's this many heaviest question terms
 * @param relatedMinimum         minimum combined score of a related question
 * @param relatedCount           how many related questions a page lists at most
 * @param postingsFactor         a term shared by more than {@code postingsFactor × √n} of n questions (and more
 *                               than 200) is too common to make two questions candidates
 * @param maxCandidates          per question, at most this many later questions (the most similar by question
 *                               text) are scored in full, so that work grows linearly with the corpus
 */
public record SimilarityPolicy(double sameQuestion, double closeQuestion, double overlappingAnswer,
                               double similarQuestion, double similarAnswer, double sameAnswer,
                               double questionWithSameAnswer, double linkWithinGroup, double questionWeight,
                               int indexedTerms, double relatedMinimum, int relatedCount, double postingsFactor,
                               int maxCandidates) {

    public static SimilarityPolicy defaults() {
        return new SimilarityPolicy(0.85, 0.58, 0.225, 0.5, 0.5, 0.9, 0.3, 0.35, 0.6, 12, 0.12, 5, 3.0, 16);
    }

    /** The longest postings list used to find candidates among {@code questions} questions. */
    public int maxPostings(int questions) {
        return (int) Math.max(200, postingsFactor * Math.sqrt(questions));
    }

    public double combined(double question, double answer) {
        return questionWeight * question + (1 - questionWeight) * answer;
    }

    public Decision decide(double question, double answer) {
        boolean duplicate = question >= sameQuestion
                || (question >= closeQuestion && answer >= overlappingAnswer)
                || (question >= similarQuestion && answer >= similarAnswer)
                || (answer >= sameAnswer && question >= questionWithSameAnswer);
        if (duplicate) {
            return Decision.DUPLICATE;
        }
        return combined(question, answer) >= relatedMinimum ? Decision.RELATED : Decision.UNRELATED;
    }
}
