package dev.faqsite.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {
    private static final String MODEL = "test-model";

    @TempDir
    Path folder;

    @Test
    void aSavedEmbeddingIsFoundByTheNextRunUnderTheSameText() throws Exception {
        EmbeddingCache first = EmbeddingCache.open(folder, MODEL, problem -> { });
        first.put("如何处理模型的过拟合问题？", new float[] {0.6f, -0.8f});
        first.save();

        EmbeddingCache second = EmbeddingCache.open(folder, MODEL, problem -> { });

        assertThat(second.get("如何处理模型的过拟合问题？")).containsExactly(0.6f, -0.8f);
        assertThat(second.get("如何处理模型的部署问题？")).isNull();
    }

    @Test
    void keepsOnlyTheEmbeddingsTheLastRunUsedSoEditsDoNotPileUp() throws Exception {
        EmbeddingCache first = EmbeddingCache.open(folder, MODEL, problem -> { });
        first.put("old wording", new float[] {1, 0});
        first.put("kept question", new float[] {0, 1});
        first.save();
        EmbeddingCache second = EmbeddingCache.open(folder, MODEL, problem -> { });
        second.get("kept question");
        second.put("new wording", new float[] {1, 0});
        second.save();

        EmbeddingCache third = EmbeddingCache.open(folder, MODEL, problem -> { });

        assertThat(third.get("old wording")).isNull();
        assertThat(third.get("kept question")).containsExactly(0f, 1f);
        assertThat(third.get("new wording")).containsExactly(1f, 0f);
    }

    @Test
    void aDamagedFileIsReportedOnceIgnoredAndReplaced() throws Exception {
        Files.createDirectories(folder);
        Files.write(folder.resolve(MODEL + ".embeddings"), new byte[] {0x46, 0x51, 0x45, 0x31, 0, 9, 'x'});
        List<String> problems = new ArrayList<>();

        EmbeddingCache cache = EmbeddingCache.open(folder, MODEL, problems::add);

        assertThat(problems).singleElement().asString().contains("unreadable").contains("rebuilt");
        assertThat(cache.get("anything")).isNull();
        cache.put("anything", new float[] {1});
        cache.save();
        List<String> later = new ArrayList<>();
        assertThat(EmbeddingCache.open(folder, MODEL, later::add).get("anything")).containsExactly(1f);
        assertThat(later).isEmpty();
    }

    @Test
    void anotherModelsFileIsNotMistakenForThisOne() throws Exception {
        EmbeddingCache other = EmbeddingCache.open(folder, "other-model", problem -> { });
        other.put("text", new float[] {1, 0});
        other.save();
        Files.move(folder.resolve("other-model.embeddings"), folder.resolve(MODEL + ".embeddings"));
        List<String> problems = new ArrayList<>();

        EmbeddingCache cache = EmbeddingCache.open(folder, MODEL, problems::add);

        assertThat(cache.get("text")).isNull();
        assertThat(problems).hasSize(1);
    }

    @Test
    void writingLeavesNoTemporaryFileBehind() throws Exception {
        EmbeddingCache cache = EmbeddingCache.open(folder, MODEL, problem -> { });
        cache.put("text", new float[] {1, 0});
        cache.save();

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly(MODEL + ".embeddings");
        }
    }
}
