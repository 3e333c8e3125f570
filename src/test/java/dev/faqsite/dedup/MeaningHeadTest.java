package dev.faqsite.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.dedup.internal.SentenceEncoder;
import org.junit.jupiter.api.Test;

/** The classifiers shipped in the jar. */
class MeaningHeadTest {

    @Test
    void theChineseModelHasAClassifierAndTheEnglishOneFallsBackToTheCosine() {
        assertThat(MeaningHead.forModel(SentenceEncoder.CHINESE)).hasValueSatisfying(head -> {
            assertThat(head.model()).isEqualTo(SentenceEncoder.CHINESE);
            assertThat(head.dimensions()).isEqualTo(512);
        });
        assertThat(MeaningHead.forModel(SentenceEncoder.ENGLISH)).isEmpty();
    }

    @Test
    void vectorsOfAnotherModelOrMissingOnesGetNoMargin() {
        MeaningHead head = MeaningHead.forModel(SentenceEncoder.CHINESE).orElseThrow();

        assertThat(head.margin(new float[3], new float[3])).isNaN();
        assertThat(head.margin(null, new float[512])).isNaN();
    }
}
