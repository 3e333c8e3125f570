package dev.faqsite.dedup.internal;

import dev.faqsite.dedup.SimilarityPolicy;
import dev.faqsite.model.Question;
import dev.faqsite.text.Terms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Question and answer vectors of one set of questions, and the candidate pairs worth scoring.
 *
 * <p>Candidates come from an inverted index over each question's heaviest terms (the rare words that say what it
 * is about): for each question, partial dot products with every later question sharing such a term are
 * accumulated, skipping terms too common to discriminate. Only the most similar candidates of each question are
 * scored in full, so the work grows about linearly with the number of questions. Questions with identical answers
 * are always candidates, the nearest few in source order.
 */
public final class SimilarityIndex {
    private final Vectorizer.Vectors questions;
    private final Vectorizer.Vectors answers;
    private final SimilarityPolicy policy;
    private final List<Question> source;
    private final MeaningVectors meaning;
    /** Per question, its answer's {@link TextKey}. */
    private final List<String> answerKeys;

    /**
     * @param meaning   the questions' embeddings
     * @param sameWords per language, how its question texts are rewritten before their wording is compared (the
     *                  site's synonyms written as one word)
     */
    public SimilarityIndex(List<Question> source, SimilarityPolicy policy, Terms terms, MeaningVectors meaning,
                           Function<String, UnaryOperator<String>> sameWords) {
        this.source = source;
        this.meaning = meaning;
        this.policy = policy;
        Vectorizer vectorizer = new Vectorizer(terms);
        this.questions = vectorizer.vectorize(source.stream()
                .map(q -> sameWords.apply(q.language()).apply(questionText(q))).toList());
        this.answers = vectorizer.vectorize(source.stream().map(Question::answerText).toList());
        this.answerKeys = source.parallelStream().map(q -> TextKey.of(q.answerText())).toList();
    }

    /** The {@link TextKey} of question {@code i}'s answer: equal for answers that differ only in form. */
    String answerKey(int i) {
        return answerKeys.get(i);
    }

    static String questionText(Question question) {
        return question.heading().equals(question.questionText())
                ? question.questionText()
                : question.heading() + "\n" + question.questionText();
    }

    public double questionSimilarity(int i, int j) {
        return questions.vectors()[i].dot(questions.vectors()[j]);
    }

    public double answerSimilarity(int i, int j) {
        return answers.vectors()[i].dot(answers.vectors()[j]);
    }

    /** {@link MeaningVectors#meaning}: NaN when either has no embedding or their languages' models differ. */
    public double meaningSimilarity(int i, int j) {
        return meaning.meaning(i, j);
    }

    /** {@link MeaningVectors#sameMeaning}: the head's margin, NaN without one. */
    public double sameMeaning(int i, int j) {
        return meaning.sameMeaning(i, j);
    }

    /** Receives scored candidate pairs. */
    @FunctionalInterface
    public interface PairConsumer {
        void accept(int i, int j, double question, double answer, double meaning, double sameMeaning);
    }

    /**
     * Calls {@code pairs} with every candidate pair {@code (i, j)}, {@code i < j}, both {@code scored}, and its
     * question, answer and meaning similarity and the head's margin, in ascending order of i then j. Blocks of
     * questions are scored in parallel; the pairs are delivered in the same order on every run.
     */
    public void forEachCandidate(boolean[] scored, PairConsumer pairs) {
        SparseVector[] vectors = questions.vectors();
        int n = vectors.length;
        int[][] indexed = new int[n][];
        for (int i = 0; i < n; i++) {
            indexed[i] = scored[i] ? strongestTerms(vectors[i], policy.indexedTerms()) : new int[0];
        }
        Postings postings = postings(indexed);
        int[] sameAnswer = sameAnswerGroups(scored);
        Map<Integer, int[]> sameAnswerMembers = new HashMap<>();
        Map<Integer, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (sameAnswer[i] >= 0) {
                lists.computeIfAbsent(sameAnswer[i], g -> new ArrayList<>()).add(i);
            }
        }
        lists.forEach((group, members) -> sameAnswerMembers.put(group,
                members.stream().mapToInt(Integer::intValue).toArray()));
        Candidates candidates = new Candidates(indexed, postings, sameAnswer, sameAnswerMembers);
        // Idle workers wait in a queue this call owns, not in thread-locals: a thread-local value outlives the call
        // in the pool's threads, and with it the whole index (at 100,000 questions, 700 MB the rest of the build
        // then worked around).
        Queue<Worker> idle = new ConcurrentLinkedQueue<>();
        int blocks = (n + BLOCK - 1) / BLOCK;
        List<ScoredPairs> blockResults = IntStream.range(0, blocks).parallel()
                .mapToObj(b -> {
                    Worker worker = Objects.requireNonNullElseGet(idle.poll(), () -> new Worker(candidates));
                    try {
                        return worker.score(b * BLOCK, Math.min(n, (b + 1) * BLOCK));
                    } finally {
                        idle.offer(worker);
                    }
                })
                .toList();
        for (ScoredPairs block : blockResults) {
            for (int p = 0; p < block.size; p++) {
                pairs.accept(block.first[p], block.second[p], block.question[p], block.answer[p], block.meaning[p],
                        block.sameMeaning[p]);
            }
        }
    }

    /**
     * Questions per block. Early questions have more later candidates than late ones, so blocks differ in work: small
     * blocks let an idle thread take the next one instead of waiting for the other thread's half of a few large ones.
     */
    private static final int BLOCK = 128;

    /** What every worker reads: the index, shared and never modified. */
    private record Candidates(int[][] indexed, Postings postings, int[] sameAnswer,
                              Map<Integer, int[]> sameAnswerMembers) {
    }

    /** Scored pairs of one block of questions, in order. */
    private static final class ScoredPairs {
        private int[] first = new int[64];
        private int[] second = new int[64];
        private double[] question = new double[64];
        private double[] answer = new double[64];
        private double[] meaning = new double[64];
        private double[] sameMeaning = new double[64];
        private int size;

        void add(int i, int j, double q, double a, double m, double same) {
            if (size == first.length) {
                first = Arrays.copyOf(first, size * 2);
                second = Arrays.copyOf(second, size * 2);
                question = Arrays.copyOf(question, size * 2);
                answer = Arrays.copyOf(answer, size * 2);
                meaning = Arrays.copyOf(meaning, size * 2);
                sameMeaning = Arrays.copyOf(sameMeaning, size * 2);
            }
            first[size] = i;
            second[size] = j;
            question[size] = q;
            answer[size] = a;
            meaning[size] = m;
            sameMeaning[size++] = same;
        }
    }

    /** One thread's scratch space for finding and scoring candidates. */
    private final class Worker {
        private final Candidates candidates;
        private final float[] accumulated = new float[questions.vectors().length];
        private final boolean[] touched = new boolean[questions.vectors().length];
        private final int[] touchedList = new int[questions.vectors().length];
        private final DenseScratch questionScratch = new DenseScratch(questions.dimensions());
        private final DenseScratch answerScratch = new DenseScratch(answers.dimensions());
        /** A pair's meaning and same-meaning margin ({@link MeaningVectors#compare}). */
        private final double[] meanings = new double[2];

        Worker(Candidates candidates) {
            this.candidates = candidates;
        }

        ScoredPairs score(int from, int to) {
            ScoredPairs result = new ScoredPairs();
            SparseVector[] vectors = questions.vectors();
            int[] sameAnswer = candidates.sameAnswer();
            for (int i = from; i < to; i++) {
                int touchedCount = 0;
                SparseVector vector = vectors[i];
                for (int k : candidates.indexed()[i]) {
                    int term = vector.terms()[k];
                    int[] members = candidates.postings().members[term];
                    if (members == null) {
                        continue;
                    }
                    float[] weights = candidates.postings().weights[term];
                    for (int m = firstAfter(members, i); m < members.length; m++) {
                        int j = members[m];
                        if (!touched[j]) {
                            touched[j] = true;
                            touchedList[touchedCount++] = j;
                        }
                        accumulated[j] += vector.weights()[k] * weights[m];
                    }
                }
                if (sameAnswer[i] >= 0) {
                    // The next few with the same answer, not all of them: a thousand questions sharing one answer
                    // would otherwise make half a million pairs.
                    int[] members = candidates.sameAnswerMembers().get(sameAnswer[i]);
                    int end = Math.min(members.length, firstAfter(members, i) + policy.maxCandidates());
                    for (int m = firstAfter(members, i); m < end; m++) {
                        int j = members[m];
                        if (!touched[j]) {
                            touched[j] = true;
                            touchedList[touchedCount++] = j;
                        }
                    }
                }
                int[] chosen = closest(touchedList, touchedCount, accumulated, i, sameAnswer);
                for (int t = 0; t < touchedCount; t++) {
                    accumulated[touchedList[t]] = 0;
                    touched[touchedList[t]] = false;
                }
                if (chosen.length > 0) {
                    questionScratch.load(vector);
                    answerScratch.load(answers.vectors()[i]);
                    for (int j : chosen) {
                        meaning.compare(i, j, meanings);
                        result.add(i, j, questionScratch.dot(vectors[j]), answerScratch.dot(answers.vectors()[j]),
                                meanings[0], meanings[1]);
                    }
                    questionScratch.clear(vector);
                    answerScratch.clear(answers.vectors()[i]);
                }
            }
            return result;
        }
    }

    /** One vector spread out over all dimensions, so dot products with others are a single pass over them. */
    private static final class DenseScratch {
        private final float[] values;

        DenseScratch(int dimensions) {
            values = new float[dimensions];
        }

        void load(SparseVector vector) {
            for (int k = 0; k < vector.size(); k++) {
                values[vector.terms()[k]] = vector.weights()[k];
            }
        }

        double dot(SparseVector other) {
            double sum = 0;
            for (int k = 0; k < other.size(); k++) {
                sum += (double) values[other.terms()[k]] * other.weights()[k];
            }
            return Math.min(1.0, sum);
        }

        void clear(SparseVector vector) {
            for (int term : vector.terms()) {
                values[term] = 0;
            }
        }
    }

    /**
     * The candidates worth scoring in full, in ascending order: all of them when there are few, else the
     * {@code maxCandidates} with the most similar question text, plus every one with an identical answer.
     */
    private int[] closest(int[] candidates, int count, float[] accumulated, int i, int[] sameAnswer) {
        int limit = policy.maxCandidates();
        if (count <= limit) {
            int[] all = Arrays.copyOf(candidates, count);
            Arrays.sort(all);
            return all;
        }
        // Highest partial similarity first, then lowest index, encoded in one long; a bounded min-heap keeps the best.
        long[] heap = new long[limit];
        int heapSize = 0;
        int[] chosen = new int[count];
        int size = 0;
        for (int t = 0; t < count; t++) {
            int j = candidates[t];
            if (sameAnswer[i] >= 0 && sameAnswer[i] == sameAnswer[j]) {
                chosen[size++] = j;
                continue;
            }
            long key = ((long) Float.floatToIntBits(accumulated[j]) << 32) | (Integer.MAX_VALUE - j);
            if (heapSize < limit) {
                heap[heapSize] = key;
                siftUp(heap, heapSize++);
            } else if (key > heap[0]) {
                heap[0] = key;
                siftDown(heap, heapSize);
            }
        }
        for (int h = 0; h < heapSize; h++) {
            chosen[size++] = Integer.MAX_VALUE - (int) (heap[h] & 0xffffffffL);
        }
        int[] result = Arrays.copyOf(chosen, size);
        Arrays.sort(result);
        return result;
    }

    private static void siftUp(long[] heap, int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (heap[parent] <= heap[at]) {
                return;
            }
            long swap = heap[parent];
            heap[parent] = heap[at];
            heap[at] = swap;
            at = parent;
        }
    }

    private static void siftDown(long[] heap, int size) {
        int at = 0;
        while (true) {
            int smallest = at;
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                if (heap[child] < heap[smallest]) {
                    smallest = child;
                }
            }
            if (smallest == at) {
                return;
            }
            long swap = heap[smallest];
            heap[smallest] = heap[at];
            heap[at] = swap;
            at = smallest;
        }
    }

    /**
     * Positions of the vector's {@code count} heaviest terms: the rare words that say what a question is about.
     * Boilerplate shared by many questions weighs little and never makes two questions candidates by itself.
     */
    private static int[] strongestTerms(SparseVector vector, int count) {
        long[] keyed = new long[vector.size()];
        for (int k = 0; k < keyed.length; k++) {
            keyed[k] = ((long) Float.floatToIntBits(vector.weights()[k]) << 32) | (Integer.MAX_VALUE - vector.terms()[k]);
        }
        Arrays.sort(keyed);
        int size = Math.min(count, keyed.length);
        int[] positions = new int[size];
        for (int r = 0; r < size; r++) {
            int term = Integer.MAX_VALUE - (int) (keyed[keyed.length - 1 - r] & 0xffffffffL);
            positions[r] = Arrays.binarySearch(vector.terms(), term);
        }
        return positions;
    }

    /** Per term id: the questions indexed under it, ascending, and their weights for the term. */
    private record Postings(int[][] members, float[][] weights) {
    }

    private Postings postings(int[][] indexed) {
        SparseVector[] vectors = questions.vectors();
        int[] counts = new int[questions.dimensions()];
        for (int i = 0; i < vectors.length; i++) {
            for (int k : indexed[i]) {
                counts[vectors[i].terms()[k]]++;
            }
        }
        int maxPostings = policy.maxPostings(vectors.length);
        int[][] members = new int[counts.length][];
        float[][] weights = new float[counts.length][];
        int[] filled = new int[counts.length];
        for (int i = 0; i < vectors.length; i++) {
            for (int k : indexed[i]) {
                int term = vectors[i].terms()[k];
                if (counts[term] < 2 || counts[term] > maxPostings) {
                    continue;
                }
                if (members[term] == null) {
                    members[term] = new int[counts[term]];
                    weights[term] = new float[counts[term]];
                }
                members[term][filled[term]] = i;
                weights[term][filled[term]++] = vectors[i].weights()[k];
            }
        }
        return new Postings(members, weights);
    }

    private static int firstAfter(int[] sorted, int value) {
        int at = Arrays.binarySearch(sorted, value + 1);
        return at >= 0 ? at : -at - 1;
    }

    /** For each scored question, a number shared only by scored questions with the same normalised answer, or -1. */
    private int[] sameAnswerGroups(boolean[] scored) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < source.size(); i++) {
            if (scored[i] && !answerKeys.get(i).isEmpty()) {
                counts.merge(answerKeys.get(i), 1, Integer::sum);
            }
        }
        Map<String, Integer> groups = new HashMap<>();
        int[] result = new int[source.size()];
        for (int i = 0; i < result.length; i++) {
            String key = answerKeys.get(i);
            result[i] = !scored[i] || key.isEmpty() || counts.get(key) < 2 ? -1
                    : groups.computeIfAbsent(key, k -> groups.size());
        }
        return result;
    }

}
