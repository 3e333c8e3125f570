package dev.faqsite.dedup.internal;

import java.util.Arrays;

/**
 * For each item, the few other items with the highest scores seen so far. Bounded memory: {@code capacity}
 * entries per item, however many pairs are offered. Ties keep the lower index, so results are deterministic.
 */
final class NearestNeighbours {
    private final int capacity;
    private final int[][] items;
    private final float[][] scores;
    private final int[] sizes;

    NearestNeighbours(int size, int capacity) {
        this.capacity = capacity;
        this.items = new int[size][];
        this.scores = new float[size][];
        this.sizes = new int[size];
    }

    void offer(int item, int neighbour, float score) {
        if (items[item] == null) {
            items[item] = new int[capacity];
            scores[item] = new float[capacity];
        }
        int size = sizes[item];
        int[] list = items[item];
        float[] values = scores[item];
        int position = size;
        while (position > 0 && better(score, neighbour, values[position - 1], list[position - 1])) {
            position--;
        }
        if (position >= capacity) {
            return;
        }
        int last = Math.min(size, capacity - 1);
        System.arraycopy(list, position, list, position + 1, last - position);
        System.arraycopy(values, position, values, position + 1, last - position);
        list[position] = neighbour;
        values[position] = score;
        sizes[item] = Math.min(size + 1, capacity);
    }

    int[] neighbours(int item) {
        return items[item] == null ? new int[0] : Arrays.copyOf(items[item], sizes[item]);
    }

    float[] scores(int item) {
        return scores[item] == null ? new float[0] : Arrays.copyOf(scores[item], sizes[item]);
    }

    private static boolean better(float score, int item, float otherScore, int other) {
        return score > otherScore || (score == otherScore && item < other);
    }
}
