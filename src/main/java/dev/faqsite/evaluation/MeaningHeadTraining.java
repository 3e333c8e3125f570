package dev.faqsite.evaluation;

import dev.faqsite.dedup.MeaningHead;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Trains a {@link MeaningHead} on labelled question pairs: L2-regularised logistic regression (Newton's method, in
 * double, row blocks summed in a fixed order, so the same pairs give the same head on every machine) over the
 * standardised features {@code a[d]·b[d]}, {@code |a[d] − b[d]|}, {@code a[d] + b[d]} and the cosine. The threshold is the lowest score
 * that keeps the target precision on out-of-fold scores (5 folds), so it is chosen on pairs the model did not see.
 *
 * <p>{@link #evaluate} says what to expect on new pairs: it trains on a random half and measures on the other.
 */
public final class MeaningHeadTraining {
    private static final int FOLDS = 5;
    /**
     * Labelled pairs of each kind it takes: the evaluation trains on half of them, in folds of four fifths, and
     * every fold needs examples of both kinds.
     */
    public static final int FEWEST_PER_LABEL = 50;
    private static final int MAX_ITERATIONS = 25;

    private final double precision;
    private final double l2;
    private final long seed;

    /**
     * @param precision the precision the threshold must keep on held-out folds
     * @param l2        regularisation of the standardised weights
     * @param seed      of the shuffles that make the folds and the evaluation's halves
     */
    public MeaningHeadTraining(double precision, double l2, long seed) {
        this.precision = precision;
        this.l2 = l2;
        this.seed = seed;
    }

    /**
     * One labelled pair of unit embeddings.
     *
     * @param meaning the pair's centred cosine as the build computes it (see {@code SimilarityPolicy}), or NaN
     */
    public record Example(float[] first, float[] second, boolean same, double meaning) {
        public Example(float[] first, float[] second, boolean same) {
            this(first, second, same, Double.NaN);
        }
    }

    /** Trains on all examples. */
    public MeaningHead train(String model, List<Example> examples) {
        Standardised data = Standardised.of(examples);
        double[] scores = outOfFold(data, shuffled(examples.size(), seed));
        double threshold = threshold(scores, data.labels);
        double[] weights = fit(data, IntStream.range(0, examples.size()).toArray());
        return data.head(model, weights, threshold);
    }

    /** Precision, recall and average precision of one scorer on held-out pairs. */
    public record Measured(String name, double averagePrecision, double precision, double recall) {
        public String row() {
            return String.format(Locale.ROOT, "| %-44s | %17.3f | %9.3f | %6.3f |", name, averagePrecision, precision,
                    recall);
        }
    }

    /**
     * Trains on a random half (threshold from its own folds) and measures on the other half, beside the plain
     * cosine with its threshold chosen on the first half, and, where the examples carry their centred cosine, the
     * build's rule: the head's "same" where the centred cosine reaches {@code floor}.
     */
    public List<Measured> evaluate(List<Example> examples, double floor) {
        int[] order = shuffled(examples.size(), seed + 1);
        List<Example> first = new ArrayList<>();
        List<Example> second = new ArrayList<>();
        for (int k = 0; k < order.length; k++) {
            (k < order.length / 2 ? first : second).add(examples.get(order[k]));
        }
        MeaningHead head = train("evaluation", first);
        boolean[] labels = new boolean[second.size()];
        double[] headScores = new double[second.size()];
        double[] cosines = new double[second.size()];
        for (int k = 0; k < second.size(); k++) {
            Example example = second.get(k);
            labels[k] = example.same();
            headScores[k] = head.margin(example.first(), example.second());
            cosines[k] = cosine(example.first(), example.second());
        }
        double[] trainingCosines = first.stream().mapToDouble(e -> cosine(e.first(), e.second())).toArray();
        boolean[] trainingLabels = new boolean[first.size()];
        for (int k = 0; k < first.size(); k++) {
            trainingLabels[k] = first.get(k).same();
        }
        double cosineThreshold = threshold(trainingCosines, trainingLabels);
        List<Measured> measured = new ArrayList<>(List.of(measure("cosine", cosines, labels, cosineThreshold),
                measure("head (product, difference, sum, cosine)", headScores, labels, 0)));
        if (second.stream().noneMatch(e -> Double.isNaN(e.meaning()))) {
            double[] rule = new double[second.size()];
            for (int k = 0; k < rule.length; k++) {
                rule[k] = second.get(k).meaning() >= floor ? headScores[k] : Double.NEGATIVE_INFINITY;
            }
            measured.add(measure(String.format(Locale.ROOT, "the build: head, centred cosine >= %.2f", floor), rule,
                    labels, 0));
        }
        return List.copyOf(measured);
    }

    private static Measured measure(String name, double[] scores, boolean[] labels, double threshold) {
        int truePositives = 0;
        int falsePositives = 0;
        int positives = 0;
        for (int k = 0; k < scores.length; k++) {
            positives += labels[k] ? 1 : 0;
            if (scores[k] >= threshold) {
                truePositives += labels[k] ? 1 : 0;
                falsePositives += labels[k] ? 0 : 1;
            }
        }
        Integer[] order = ranked(scores);
        double sum = 0;
        int hits = 0;
        for (int rank = 0; rank < order.length; rank++) {
            if (labels[order[rank]]) {
                hits++;
                sum += (double) hits / (rank + 1);
            }
        }
        return new Measured(name, positives == 0 ? 0 : sum / positives,
                truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives),
                positives == 0 ? 0 : (double) truePositives / positives);
    }

    /** The lowest score at or above which the pairs keep the target precision (ties taken together). */
    double threshold(double[] scores, boolean[] labels) {
        Integer[] order = ranked(scores);
        int truePositives = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int rank = 0; rank < order.length; rank++) {
            truePositives += labels[order[rank]] ? 1 : 0;
            boolean lastOfTie = rank + 1 == order.length || scores[order[rank + 1]] < scores[order[rank]];
            if (lastOfTie && (double) truePositives / (rank + 1) >= precision) {
                best = scores[order[rank]];
            }
        }
        return best;
    }

    private static Integer[] ranked(double[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (x, y) -> Double.compare(scores[y], scores[x]));
        return order;
    }

    private double[] outOfFold(Standardised data, int[] order) {
        double[] scores = new double[data.labels.length];
        for (int fold = 0; fold < FOLDS; fold++) {
            int held = fold;
            int[] training = IntStream.range(0, order.length).filter(k -> k % FOLDS != held).map(k -> order[k])
                    .toArray();
            double[] weights = fit(data, training);
            for (int k = held; k < order.length; k += FOLDS) {
                scores[order[k]] = data.score(weights, order[k]);
            }
        }
        return scores;
    }

    /** Logistic regression by Newton's method: weights per feature, then the intercept. */
    private double[] fit(Standardised data, int[] rows) {
        int size = data.width + 1;
        double[] weights = new double[size];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[size];
            double[][] hessian = new double[size][size];
            accumulate(data, rows, weights, gradient, hessian);
            double largest = 0;
            for (int k = 0; k < size; k++) {
                if (k < data.width) {
                    gradient[k] += l2 * weights[k];
                    hessian[k][k] += l2;
                }
                largest = Math.max(largest, Math.abs(gradient[k]));
            }
            if (largest < 1e-8 * rows.length) {
                break;
            }
            double[] step = Cholesky.solve(hessian, gradient);
            for (int k = 0; k < size; k++) {
                weights[k] -= step[k];
            }
        }
        return weights;
    }

    private static final int BLOCK = 512;

    /** Gradient and Hessian (upper triangle, mirrored) of the log-loss, blocks of rows in parallel, summed in order. */
    private static void accumulate(Standardised data, int[] rows, double[] weights, double[] gradient,
                                   double[][] hessian) {
        int size = weights.length;
        int blocks = (rows.length + BLOCK - 1) / BLOCK;
        List<double[][]> parts = IntStream.range(0, blocks).parallel().mapToObj(b -> {
            double[][] part = new double[size + 1][];
            for (int k = 0; k < size; k++) {
                part[k] = new double[size];
            }
            part[size] = new double[size];
            double[] x = new double[size];
            for (int r = b * BLOCK; r < Math.min(rows.length, (b + 1) * BLOCK); r++) {
                int row = rows[r];
                data.features(row, x);
                double p = 1 / (1 + Math.exp(-dot(weights, x)));
                double error = p - (data.labels[row] ? 1 : 0);
                double curvature = Math.max(p * (1 - p), 1e-12);
                for (int j = 0; j < size; j++) {
                    part[size][j] += error * x[j];
                    double scaled = curvature * x[j];
                    double[] line = part[j];
                    for (int k = j; k < size; k++) {
                        line[k] += scaled * x[k];
                    }
                }
            }
            return part;
        }).toList();
        for (double[][] part : parts) {
            for (int j = 0; j < size; j++) {
                gradient[j] += part[size][j];
                for (int k = j; k < size; k++) {
                    hessian[j][k] += part[j][k];
                }
            }
        }
        for (int j = 0; j < size; j++) {
            for (int k = 0; k < j; k++) {
                hessian[j][k] = hessian[k][j];
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }

    static double cosine(float[] a, float[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += (double) a[d] * b[d];
        }
        return sum;
    }

    private static int[] shuffled(int size, long seed) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        java.util.Collections.shuffle(order, new Random(seed));
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The examples' features, standardised by their mean and spread; the last feature of a row is the constant 1. */
    private static final class Standardised {
        private final List<Example> examples;
        private final boolean[] labels;
        private final int dimensions;
        private final int width;
        private final double[] mean;
        private final double[] spread;

        private Standardised(List<Example> examples, int dimensions, double[] mean, double[] spread) {
            this.examples = examples;
            this.dimensions = dimensions;
            this.width = 3 * dimensions + 1;
            this.mean = mean;
            this.spread = spread;
            this.labels = new boolean[examples.size()];
            for (int k = 0; k < labels.length; k++) {
                labels[k] = examples.get(k).same();
            }
        }

        static Standardised of(List<Example> examples) {
            int dimensions = examples.get(0).first().length;
            int width = 3 * dimensions + 1;
            double[] sum = new double[width];
            double[] squares = new double[width];
            double[] x = new double[width];
            for (Example example : examples) {
                raw(example, dimensions, x);
                for (int k = 0; k < width; k++) {
                    sum[k] += x[k];
                    squares[k] += x[k] * x[k];
                }
            }
            double[] mean = new double[width];
            double[] spread = new double[width];
            for (int k = 0; k < width; k++) {
                mean[k] = sum[k] / examples.size();
                spread[k] = Math.sqrt(Math.max(0, squares[k] / examples.size() - mean[k] * mean[k])) + 1e-9;
            }
            return new Standardised(examples, dimensions, mean, spread);
        }

        private static void raw(Example example, int dimensions, double[] x) {
            float[] a = example.first();
            float[] b = example.second();
            double cosine = 0;
            for (int d = 0; d < dimensions; d++) {
                x[d] = (double) a[d] * b[d];
                x[dimensions + d] = Math.abs((double) a[d] - b[d]);
                x[2 * dimensions + d] = (double) a[d] + b[d];
                cosine += x[d];
            }
            x[3 * dimensions] = cosine;
        }

        /** Row {@code row}'s standardised features and the constant 1 into {@code x} (length width + 1). */
        void features(int row, double[] x) {
            raw(examples.get(row), dimensions, x);
            for (int k = 0; k < width; k++) {
                x[k] = (x[k] - mean[k]) / spread[k];
            }
            x[width] = 1;
        }

        double score(double[] weights, int row) {
            double[] x = new double[width + 1];
            features(row, x);
            return dot(weights, x);
        }

        /** The head with the standardisation folded into its weights. */
        MeaningHead head(String model, double[] weights, double threshold) {
            double[] product = new double[dimensions];
            double[] difference = new double[dimensions];
            double[] sum = new double[dimensions];
            double bias = weights[width];
            for (int k = 0; k < width; k++) {
                bias -= weights[k] * mean[k] / spread[k];
            }
            for (int d = 0; d < dimensions; d++) {
                product[d] = weights[d] / spread[d];
                difference[d] = weights[dimensions + d] / spread[dimensions + d];
                sum[d] = weights[2 * dimensions + d] / spread[2 * dimensions + d];
            }
            return new MeaningHead(model, threshold, bias, weights[3 * dimensions] / spread[3 * dimensions], product,
                    difference, sum);
        }
    }
}
