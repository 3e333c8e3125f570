package dev.faqsite.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether two questions mean the same, learnt from labelled question pairs: a logistic classifier over the
 * element-wise product, absolute difference and sum of the two questions' sentence embeddings and their cosine. It
 * sees which dimensions matter for "same intent" where the plain cosine weighs them all alike, so it separates
 * rewordings from different questions that share a topic better than a cosine threshold; the sum lets it learn that
 * some kinds of question are more often reworded than others (LCQMC, held out: average precision 0.89 → 0.94; see
 * README, "Deduplication").
 *
 * <p>{@link #margin} is the classifier's log-odds minus the threshold chosen for the target precision on held-out
 * folds of the training pairs: at or above zero, the pair is the same question. A head belongs to one embedding
 * model; {@link #forModel} finds the one shipped for a model, if any. Immutable; thread-safe.
 *
 * @param model      the embedding model whose vectors it reads
 * @param threshold  log-odds from which a pair is the same question
 * @param bias       intercept
 * @param cosine     weight of the cosine
 * @param product    per dimension, the weight of {@code a[d] * b[d]}
 * @param difference per dimension, the weight of {@code |a[d] - b[d]|}
 * @param sum        per dimension, the weight of {@code a[d] + b[d]}
 */
public record MeaningHead(String model, double threshold, double bias, double cosine, double[] product,
                          double[] difference, double[] sum) {

    public MeaningHead {
        if (product.length != difference.length || product.length != sum.length) {
            throw new IllegalArgumentException("the weights per dimension differ in length");
        }
        product = product.clone();
        difference = difference.clone();
        sum = sum.clone();
    }

    /** The head shipped for this embedding model, if one was trained for it. */
    public static Optional<MeaningHead> forModel(String model) {
        try (InputStream in = MeaningHead.class.getResourceAsStream(model + ".head")) {
            return in == null ? Optional.empty()
                    : Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("the jar's meaning head for " + model + " is unreadable", e);
        }
    }

    public int dimensions() {
        return product.length;
    }

    /**
     * The log-odds that unit vectors {@code a} and {@code b} are the same question, minus the threshold; NaN when
     * either is missing or has another length. Summed in a fixed order in double, so every run agrees.
     */
    public double margin(float[] a, float[] b) {
        if (a == null || b == null || a.length != product.length || b.length != product.length) {
            return Double.NaN;
        }
        double[] parts = new double[2];
        pairwise(a, b, parts);
        return margin(parts[1], parts[0], linearPart(a), linearPart(b));
    }

    /**
     * The parts of the margin that depend on both vectors, in one pass: their dot product into {@code into[0]} and
     * {@code Σ product[d]·a[d]·b[d] + difference[d]·|a[d] − b[d]|} into {@code into[1]}, each summed over d in order
     * in double. The vectors must have {@link #dimensions()} elements.
     */
    public void pairwise(float[] a, float[] b, double[] into) {
        double dot = 0;
        double pairwise = 0;
        for (int d = 0; d < product.length; d++) {
            double xy = (double) a[d] * b[d];
            dot += xy;
            pairwise += product[d] * xy + difference[d] * Math.abs((double) a[d] - b[d]);
        }
        into[0] = dot;
        into[1] = pairwise;
    }

    /**
     * The part of the margin that depends on one vector alone ({@code Σ sum[d]·v[d]}): for comparing a question with
     * many others, computed once per question.
     */
    public double linearPart(float[] v) {
        double linear = 0;
        for (int d = 0; d < sum.length; d++) {
            linear += sum[d] * v[d];
        }
        return linear;
    }

    /** {@link #margin(float[], float[])} from its parts: see {@link #pairwise} and {@link #linearPart}. */
    public double margin(double pairwise, double dot, double linearA, double linearB) {
        return bias + pairwise + linearA + linearB + cosine * dot - threshold;
    }

    /** The head as text: a header of comment lines, then one value per line; {@link #parse} reads it back. */
    public String format(List<String> comments) {
        StringBuilder text = new StringBuilder();
        comments.forEach(line -> text.append("# ").append(line).append('\n'));
        text.append("model ").append(model).append('\n');
        text.append("dimensions ").append(product.length).append('\n');
        appendValue(text, "threshold", threshold);
        appendValue(text, "bias", bias);
        appendValue(text, "cosine", cosine);
        for (double weight : product) {
            appendValue(text, "product", weight);
        }
        for (double weight : difference) {
            appendValue(text, "difference", weight);
        }
        for (double weight : sum) {
            appendValue(text, "sum", weight);
        }
        return text.toString();
    }

    private static void appendValue(StringBuilder text, String name, double value) {
        text.append(name).append(' ').append(String.format(Locale.ROOT, "%.9e", value)).append('\n');
    }

    /** Reads what {@link #format} wrote. */
    public static MeaningHead parse(String text) {
        String model = null;
        double threshold = 0;
        double bias = 0;
        double cosine = 0;
        List<Double> product = new ArrayList<>();
        List<Double> difference = new ArrayList<>();
        List<Double> sum = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.strip().split(" ", 2);
            switch (fields[0]) {
                case "model" -> model = fields[1];
                case "dimensions" -> { }
                case "threshold" -> threshold = Double.parseDouble(fields[1]);
                case "bias" -> bias = Double.parseDouble(fields[1]);
                case "cosine" -> cosine = Double.parseDouble(fields[1]);
                case "product" -> product.add(Double.parseDouble(fields[1]));
                case "difference" -> difference.add(Double.parseDouble(fields[1]));
                case "sum" -> sum.add(Double.parseDouble(fields[1]));
                default -> throw new IllegalArgumentException("unknown line in a meaning head: " + fields[0]);
            }
        }
        if (model == null) {
            throw new IllegalArgumentException("a meaning head names no model");
        }
        return new MeaningHead(model, threshold, bias, cosine,
                product.stream().mapToDouble(Double::doubleValue).toArray(),
                difference.stream().mapToDouble(Double::doubleValue).toArray(),
                sum.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
