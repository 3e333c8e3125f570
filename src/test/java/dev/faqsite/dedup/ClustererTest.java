package dev.faqsite.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.dedup.internal.Clusterer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClustererTest {

    @Test
    void aChainOfDuplicatesDoesNotJoinTheUnrelatedEnds() {
        // 0~1 and 1~2 are duplicates, but 0 and 2 are unrelated: complete linkage keeps 2 out.
        Set<List<Integer>> linkable = Set.of(List.of(0, 1), List.of(1, 2));
        Clusterer clusterer = new Clusterer(3);
        clusterer.join(List.of(new Clusterer.Edge(0, 1, 0.9, false), new Clusterer.Edge(1, 2, 0.8, false)),
                (x, y) -> linkable.contains(List.of(Math.min(x, y), Math.max(x, y))), (x, y) -> false);

        assertThat(clusterer.groups()).containsExactly(List.of(0, 1), List.of(2));
    }

    @Test
    void forcedEdgesJoinWithoutLinkageButNeverAcrossAForbiddenPair() {
        Clusterer clusterer = new Clusterer(4);
        clusterer.join(List.of(new Clusterer.Edge(0, 1, 0, true), new Clusterer.Edge(2, 3, 0, true),
                        new Clusterer.Edge(1, 2, 0, true)),
                (x, y) -> false, (x, y) -> Math.min(x, y) == 0 && Math.max(x, y) == 3);

        // 0-1 and 1-2 join; 2-3 would put 3 with 0, which is forbidden.
        assertThat(clusterer.groups()).containsExactly(List.of(0, 1, 2), List.of(3));
    }

    @Test
    void strongerEdgesWinWhenLinkageAllowsOnlyOneOfTwoJoins() {
        Clusterer clusterer = new Clusterer(3);
        clusterer.join(List.of(new Clusterer.Edge(0, 2, 0.6, false), new Clusterer.Edge(1, 2, 0.9, false)),
                (x, y) -> !(Math.min(x, y) == 0 && Math.max(x, y) == 1), (x, y) -> false);

        assertThat(clusterer.groups()).containsExactly(List.of(0), List.of(1, 2));
    }
}
