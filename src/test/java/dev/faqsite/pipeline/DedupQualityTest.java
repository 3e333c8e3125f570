package dev.faqsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.config.TypedYaml;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.evaluation.DedupEvaluation;
import dev.faqsite.evaluation.DedupLabels;
import dev.faqsite.model.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deduplication of the real content against the hand labels in {@code eval/dedup-labels.yaml}. */
class DedupQualityTest {

    @Test
    void meetsThePrecisionAndRecallFloorOnTheLabelledSeedContent() throws Exception {
        SitePipeline.ContentAnalysis analysis = new SitePipeline("test").analyseContent(Path.of("content"));
        List<Question> questions = analysis.content().questions().stream()
                .filter(q -> q.language().equals("zh"))
                .sorted(Comparator.comparing(Question::location)).toList();
        DedupLabels labels = new TypedYaml().read(Files.readString(Path.of("eval/dedup-labels.yaml")),
                DedupLabels.class, "labels", 1, new Diagnostics()).orElseThrow();

        DedupEvaluation evaluation = DedupEvaluation.of(analysis.deduplication(), questions, labels);

        assertThat(evaluation.precision()).as(evaluation.summary() + "\n" + evaluation.mistakes()).isGreaterThanOrEqualTo(0.95);
        assertThat(evaluation.recall()).as(evaluation.summary() + "\n" + evaluation.mistakes()).isGreaterThanOrEqualTo(0.85);
    }
}
