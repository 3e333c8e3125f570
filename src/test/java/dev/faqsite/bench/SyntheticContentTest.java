package dev.faqsite.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faqsite.pair.TranslationSummary;
import dev.faqsite.pipeline.SitePipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticContentTest {
    private static SyntheticContent synthetic;

    @TempDir
    Path temp;

    @BeforeAll
    static void readTheRealContent() {
        synthetic = SyntheticContent.from(new SitePipeline("test").analyseContent(Path.of("content")).paired());
    }

    @Test
    void writesDistinctQuestionsWithUpToDateTranslationsThatCheckWithoutWarnings() {
        Path content = temp.resolve("content");
        synthetic.write(content, 45, 3);

        SitePipeline.ContentAnalysis analysis = new SitePipeline("test").analyseContent(content);

        assertThat(analysis.warnings()).isEmpty();
        assertThat(analysis.content().documents("zh")).hasSize(3);
        assertThat(analysis.content().documents("en")).hasSize(3);
        assertThat(analysis.deduplication().groups()).as("pages: no two questions merged").hasSize(45);
        assertThat(analysis.paired().summaries()).containsExactly(new TranslationSummary("en", 45, 0, 0));
    }

    @Test
    void theSameSizeAndSeedAlwaysGiveTheSameFiles() {
        assertThat(synthetic.files(30, 1)).isEqualTo(synthetic.files(30, 1));
        assertThat(synthetic.files(30, 1)).isNotEqualTo(synthetic.files(30, 2));
        assertThat(synthetic.files(30, 1).keySet())
                .containsExactly("en/synthetic-0001.md", "en/synthetic-0002.md", "site.yaml",
                        "zh/synthetic-0001.md", "zh/synthetic-0002.md");
    }

    @Test
    void refusesToWriteIntoAFolderThatHasFiles() throws Exception {
        Files.writeString(temp.resolve("old.md"), "# old");

        assertThatThrownBy(() -> synthetic.write(temp, 10, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not empty");
    }
}
