package dev.faqsite.dedup.internal;

import dev.faqsite.dedup.Deduplicator;
import dev.faqsite.dedup.SimilarityPolicy;
import dev.faqsite.model.Question;
import dev.faqsite.text.Terms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Question and answer vectors of one set of questions, and the candidate pairs worth scoring.
 *
 * <p>Candidates come from an inverted index over the question vectors: for each question, the partial dot
 * products with every question sharing a term are accumulated, skipping terms so common that they carry almost
 * no weight. Only pairs whose question similarity reaches the policy's candidate minimum are scored in full, so
 * the work grows with the number of similar pairs, not with the square of the number of questions. Questions
 * with identical answers are always candidates.
 */
public final class SimilarityIndex {
    private final SparseVector[] questions;
    private final SparseVector[] answers;
    private final SimilarityPolicy policy;
    private final List<Question> source;

    public SimilarityIndex(List<Question> source, SimilarityPolicy policy, Terms terms) {
        this.source = source;
        this.policy = policy;
        Vectorizer vectorizer = new Vectorizer(terms);
        this.questions = vectorizer.vectorize(source.stream().map(SimilarityIndex::questionText).toList());
        this.answers = vectorizer.vectorize(source.stream().map(Question::answerText).toList());
    }

    static String questionText(Question question) {
        return question.heading().equals(question.questionText())
                ? question.questionText()
                : question.heading() + "\n" + question.questionText();
    }

    public int size() {
        return questions.length;
    }

    public double questionSimilarity(int i, int j) {
        return questions[i].dot(questions[j]);
    }

    public double answerSimilarity(int i, int j) {
        return answers[i].dot(answers[j]);
    }

    /** Calls {@code pairs} with every candidate pair {@code (i, j)}, {@code i < j}, in ascending order of i then j. */
    public void forEachCandidate(PairConsumer pairs) {
        int n = questions.length;
        Map<Integer, int[]> postings = postings();
        Map<Integer, float[]> postingWeights = new HashMap<>();
        postings.forEach((term, members) -> {
            float[] weights = new float[members.length];
            for (int k = 0; k < members.length; k++) {
                weights[k] = weightOf(questions[members[k]], term);
            }
            postingWeights.put(term, weights);
        });
        int[] sameAnswer = sameAnswerGroups();
        Map<Integer, List<Integer>> sameAnswerMembers = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (sameAnswer[i] >= 0) {
                sameAnswerMembers.computeIfAbsent(sameAnswer[i], g -> new ArrayList<>()).add(i);
            }
        }
        float[] accumulated = new float[n];
        boolean[] touched = new boolean[n];
        int[] touchedList = new int[n];
        for (int i = 0; i < n; i++) {
            int touchedCount = 0;
            SparseVector vector = questions[i];
            for (int k = 0; k < vector.size(); k++) {
                int[] members = postings.get(vector.terms()[k]);
                if (members == null) {
                    continue;
                }
                float[] weights = postingWeights.get(vector.terms()[k]);
                int start = firstAfter(members, i);
                for (int m = start; m < members.length; m++) {
                    int j = members[m];
                    if (!touched[j]) {
                        touched[j] = true;
                        touchedList[touchedCount++] = j;
                    }
                    accumulated[j] += vector.weights()[k] * weights[m];
                }
            }
            for (int j : sameAnswer[i] >= 0 ? sameAnswerMembers.get(sameAnswer[i]) : List.<Integer>of()) {
                if (j > i && !touched[j]) {
                    touched[j] = true;
                    touchedList[touchedCount++] = j;
                }
            }
            Arrays.sort(touchedList, 0, touchedCount);
            for (int t = 0; t < touchedCount; t++) {
                int j = touchedList[t];
                boolean identicalAnswers = sameAnswer[i] >= 0 && sameAnswer[i] == sameAnswer[j];
                if (accumulated[j] >= policy.candidateMinimum() || identicalAnswers) {
                    pairs.accept(i, j);
                }
                accumulated[j] = 0;
                touched[j] = false;
            }
        }
    }

    /** Receives candidate pairs. */
    @FunctionalInterface
    public interface PairConsumer {
        void accept(int i, int j);
    }

    private Map<Integer, int[]> postings() {
        Map<Integer, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < questions.length; i++) {
            for (int term : questions[i].terms()) {
                lists.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, int[]> postings = new HashMap<>();
        lists.forEach((term, members) -> {
            if (members.size() > 1 && members.size() <= policy.maxPostings()) {
                postings.put(term, members.stream().mapToInt(Integer::intValue).toArray());
            }
        });
        return postings;
    }

    private static float weightOf(SparseVector vector, int term) {
        int at = Arrays.binarySearch(vector.terms(), term);
        return at >= 0 ? vector.weights()[at] : 0;
    }

    private static int firstAfter(int[] sorted, int value) {
        int at = Arrays.binarySearch(sorted, value + 1);
        return at >= 0 ? at : -at - 1;
    }

    /** For each question, a number shared only by questions with the same normalised answer, or -1. */
    private int[] sameAnswerGroups() {
        Map<String, Integer> groups = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        List<String> keys = new ArrayList<>(source.size());
        for (Question question : source) {
            String key = Deduplicator.normalise(question.answerText());
            keys.add(key);
            counts.merge(key, 1, Integer::sum);
        }
        int[] result = new int[source.size()];
        for (int i = 0; i < result.length; i++) {
            String key = keys.get(i);
            result[i] = key.isEmpty() || counts.get(key) < 2 ? -1 : groups.computeIfAbsent(key, k -> groups.size());
        }
        return result;
    }
}
