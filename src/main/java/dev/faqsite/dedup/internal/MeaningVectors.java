package dev.faqsite.dedup.internal;

import dev.faqsite.dedup.MeaningHead;
import java.util.Arrays;
import java.util.List;

/**
 * The questions' sentence embeddings, compared two ways:
 * <ul>
 *   <li>{@link #meaning}: their cosine after removing what the site's questions of that model have in common, so
 *       that a frame many questions share ("在AI大模型创业中，如何处理模型的…") does not make them all look alike.
 *       What they have in common is their mean embedding, shrunk towards zero for small sites ({@code n / (n +
 *       SHRINK)} of it is removed), since a few questions say little about what is common;</li>
 *   <li>{@link #sameMeaning}: the model's {@link MeaningHead}, where one was trained for it.</li>
 * </ul>
 * Each question's unit embedding is kept once; the centred cosine is derived from the plain dot product and a few
 * numbers per question, computed in double in a fixed order, so every run agrees. Questions of different models
 * (languages) are never compared. Immutable after construction; thread-safe.
 */
public final class MeaningVectors {
    /** Questions it takes before half of the mean is removed. */
    static final int SHRINK = 10;

    private final float[][] vectors;
    private final int[] model;
    /** Per question, {@code s · (mean · v)} of its model. */
    private final double[] offset;
    /** Per question, {@code |v − s · mean|}. */
    private final double[] norm;
    /** Per model, {@code s² |mean|²}. */
    private final double[] meanSquare;
    private final MeaningHead[] heads;
    /** Per question with a head, {@link MeaningHead#linearPart} of its embedding. */
    private final double[] linear;

    private MeaningVectors(float[][] vectors, int[] model, double[] offset, double[] norm, double[] meanSquare,
                           MeaningHead[] heads) {
        this.vectors = vectors;
        this.model = model;
        this.offset = offset;
        this.norm = norm;
        this.meanSquare = meanSquare;
        this.heads = heads;
        this.linear = new double[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            if (model[i] >= 0 && heads[model[i]] != null && vectors[i].length == heads[model[i]].dimensions()) {
                linear[i] = heads[model[i]].linearPart(vectors[i]);
            }
        }
    }

    /** No embeddings for any of {@code size} questions. */
    public static MeaningVectors none(int size) {
        int[] model = new int[size];
        Arrays.fill(model, -1);
        return new MeaningVectors(new float[size][], model, new double[size], new double[size], new double[0],
                new MeaningHead[0]);
    }

    /**
     * @param vectors per question, its unit embedding or null; not copied, never modified
     * @param model   per question, the index of its model in {@code heads}, or -1 without an embedding
     * @param heads   per model, its head or null
     */
    static MeaningVectors of(float[][] vectors, int[] model, List<MeaningHead> heads) {
        int models = heads.size();
        int dimensions = 0;
        for (float[] vector : vectors) {
            dimensions = vector == null ? dimensions : Math.max(dimensions, vector.length);
        }
        double[][] mean = new double[models][dimensions];
        int[] count = new int[models];
        for (int i = 0; i < vectors.length; i++) {
            if (model[i] >= 0) {
                count[model[i]]++;
                for (int d = 0; d < vectors[i].length; d++) {
                    mean[model[i]][d] += vectors[i][d];
                }
            }
        }
        double[] meanSquare = new double[models];
        for (int m = 0; m < models; m++) {
            double scale = 1.0 / (count[m] + SHRINK);
            for (int d = 0; d < dimensions; d++) {
                mean[m][d] *= scale;
                meanSquare[m] += mean[m][d] * mean[m][d];
            }
        }
        double[] offset = new double[vectors.length];
        double[] norm = new double[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            if (model[i] < 0) {
                continue;
            }
            double[] common = mean[model[i]];
            double squared = 0;
            double along = 0;
            for (int d = 0; d < vectors[i].length; d++) {
                double centred = vectors[i][d] - common[d];
                squared += centred * centred;
                along += vectors[i][d] * common[d];
            }
            offset[i] = along;
            norm[i] = Math.sqrt(squared);
        }
        return new MeaningVectors(vectors, model, offset, norm, meanSquare, heads.toArray(MeaningHead[]::new));
    }

    /** Cosine of the two questions' embeddings, the common part removed; NaN when either has none or models differ. */
    public double meaning(int i, int j) {
        return comparable(i, j) ? meaning(i, j, dot(vectors[i], vectors[j])) : Double.NaN;
    }

    private double meaning(int i, int j, double dot) {
        if (norm[i] == 0 || norm[j] == 0) {
            return 0;
        }
        double centred = dot - offset[i] - offset[j] + meanSquare[model[i]];
        return Math.max(-1, Math.min(1, centred / (norm[i] * norm[j])));
    }

    /** The model's head margin for the pair ({@link MeaningHead#margin}); NaN without a head or comparable vectors. */
    public double sameMeaning(int i, int j) {
        if (!comparable(i, j) || heads[model[i]] == null) {
            return Double.NaN;
        }
        return heads[model[i]].margin(vectors[i], vectors[j]);
    }

    /**
     * {@link #meaning} and {@link #sameMeaning} of a pair, into {@code into[0]} and {@code into[1]}, from one pass
     * over the two embeddings: for the candidate pairs, where the two were a third of deduplication's time.
     */
    public void compare(int i, int j, double[] into) {
        if (!comparable(i, j)) {
            into[0] = Double.NaN;
            into[1] = Double.NaN;
            return;
        }
        MeaningHead head = heads[model[i]];
        float[] a = vectors[i];
        float[] b = vectors[j];
        if (head == null || a.length != head.dimensions()) {
            into[0] = meaning(i, j, dot(a, b));
            into[1] = head == null ? Double.NaN : head.margin(a, b);
            return;
        }
        head.pairwise(a, b, into);
        double dot = into[0];
        double pairwise = into[1];
        into[0] = meaning(i, j, dot);
        into[1] = head.margin(pairwise, dot, linear[i], linear[j]);
    }

    private boolean comparable(int i, int j) {
        return model[i] >= 0 && model[i] == model[j] && vectors[i].length == vectors[j].length;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += (double) a[d] * b[d];
        }
        return sum;
    }
}
