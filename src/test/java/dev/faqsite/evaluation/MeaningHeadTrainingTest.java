package dev.faqsite.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.dedup.MeaningHead;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Training the same-meaning classifier: it learns which dimensions of a difference matter, which the plain cosine
 * cannot, and the same pairs always give the same head.
 */
class MeaningHeadTrainingTest {

    /**
     * Pairs of unit vectors in 16 dimensions. A rewording moves the first eight dimensions ("how it is said"), a
     * different question the last eight ("what it is about"), both by the same amount: their cosines overlap, the
     * dimensions they differ in do not.
     */
    private static List<MeaningHeadTraining.Example> examples(int count, long seed) {
        Random random = new Random(seed);
        List<MeaningHeadTraining.Example> examples = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            float[] first = new float[16];
            for (int d = 0; d < 16; d++) {
                first[d] = (float) random.nextGaussian();
            }
            boolean same = k % 2 == 0;
            float[] second = first.clone();
            double shift = 0.4 + random.nextDouble() * 0.8;
            for (int d = same ? 0 : 8; d < (same ? 8 : 16); d++) {
                second[d] += (float) (random.nextGaussian() * shift);
            }
            examples.add(new MeaningHeadTraining.Example(unit(first), unit(second), same));
        }
        return examples;
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        float[] result = new float[vector.length];
        for (int d = 0; d < vector.length; d++) {
            result[d] = (float) (vector[d] / Math.sqrt(norm));
        }
        return result;
    }

    @Test
    void learnsWhichDifferencesMatterWhereTheCosineCannotTell() {
        List<MeaningHeadTraining.Measured> measured = new MeaningHeadTraining(0.9, 1, 7).evaluate(examples(2000, 1), 0.8);

        MeaningHeadTraining.Measured cosine = measured.get(0);
        MeaningHeadTraining.Measured head = measured.get(1);
        assertThat(measured).as("no centred cosines given: no row for the build's rule").hasSize(2);
        assertThat(cosine.averagePrecision()).isLessThan(0.8);
        assertThat(head.averagePrecision()).isGreaterThan(0.95);
        assertThat(head.precision()).isGreaterThanOrEqualTo(0.85);
        assertThat(head.recall()).isGreaterThan(cosine.recall() + 0.3);
    }

    @Test
    void theThresholdKeepsTheTargetPrecisionOnPairsItWasNotTrainedOn() {
        MeaningHead head = new MeaningHeadTraining(0.95, 1, 7).train("test-model", examples(2000, 2));
        List<MeaningHeadTraining.Example> unseen = examples(2000, 3);

        long merged = unseen.stream().filter(e -> head.margin(e.first(), e.second()) >= 0).count();
        long right = unseen.stream().filter(e -> e.same() && head.margin(e.first(), e.second()) >= 0).count();

        assertThat(merged).isPositive();
        assertThat((double) right / merged).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void theSamePairsGiveTheSameHeadWordForWord() {
        List<MeaningHeadTraining.Example> examples = examples(600, 4);

        String first = new MeaningHeadTraining(0.9, 1, 7).train("test-model", examples).format(List.of("x"));
        String second = new MeaningHeadTraining(0.9, 1, 7).train("test-model", examples).format(List.of("x"));

        assertThat(first).isEqualTo(second);
        assertThat(MeaningHead.parse(first).format(List.of("x"))).isEqualTo(first);
    }
}
