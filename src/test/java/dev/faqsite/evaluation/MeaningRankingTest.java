package dev.faqsite.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fusing the embedding model's ranking into the lexical one: pages both find rise, a page only the model finds joins
 * only when it is close to the query, and a page's best passage stands for it.
 */
class MeaningRankingTest {
    /** A unit vector in three dimensions at the given cosine with (1, 0, 0). */
    private static float[] atCosine(double cosine) {
        return new float[] {(float) cosine, (float) Math.sqrt(1 - cosine * cosine), 0};
    }

    private static final float[] QUERY = {1, 0, 0};

    @Test
    void aPageHighInBothRankingsOvertakesTheWordsFirstChoice() {
        MeaningRanking ranking = MeaningRanking.of(List.of("first-by-words", "second-by-words", "third-by-words"),
                new float[][] {atCosine(0.1), atCosine(0.6), atCosine(0.4)});

        assertThat(ranking.fuse(List.of("first-by-words", "second-by-words", "third-by-words"), QUERY))
                .containsExactly("second-by-words", "first-by-words", "third-by-words");
    }

    @Test
    void aPageTheWordsMissJoinsOnlyWhenCloseToTheQuery() {
        MeaningRanking close = MeaningRanking.of(List.of("found", "missed"),
                new float[][] {atCosine(0.2), atCosine(MeaningRanking.FLOOR + 0.05)});
        MeaningRanking far = MeaningRanking.of(List.of("found", "missed"),
                new float[][] {atCosine(0.2), atCosine(MeaningRanking.FLOOR - 0.05)});

        assertThat(close.fuse(List.of("found"), QUERY)).containsExactlyInAnyOrder("found", "missed");
        assertThat(far.fuse(List.of("found"), QUERY)).containsExactly("found");
        assertThat(far.fuse(List.of(), QUERY)).as("a query the site cannot answer stays empty").isEmpty();
    }

    @Test
    void aPageIsAsCloseAsItsClosestPassage() {
        MeaningRanking ranking = MeaningRanking.of(List.of("a", "b", "b"),
                new float[][] {atCosine(0.5), atCosine(0.1), atCosine(0.9)});

        assertThat(ranking.byMeaning(QUERY)).extracting(entry -> entry.getKey()).containsExactly("b", "a");
    }
}
