package dev.faqsite.dedup.internal;

/** A unit-length sparse vector: term ids in ascending order with their weights. Immutable. */
public record SparseVector(int[] terms, float[] weights) {
    public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    /** Cosine similarity, since both vectors have unit length. */
    public double dot(SparseVector other) {
        int[] a = terms;
        int[] b = other.terms;
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                sum += (double) weights[i++] * other.weights[j++];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Math.min(1.0, sum);
    }

    public int size() {
        return terms.length;
    }
}
