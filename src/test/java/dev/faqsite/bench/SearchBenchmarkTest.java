package dev.faqsite.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.evaluation.NodeLunr;
import dev.faqsite.index.LunrRuntime;
import dev.faqsite.index.SearchDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchBenchmarkTest {
    @TempDir
    Path temp;

    @Test
    void countsTheIndexFilesAndTheFragmentsOfTheResultsShownForAColdFirstQuery() throws Exception {
        Assumptions.assumeTrue(NodeLunr.available(), "node is needed to run the search engine");
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            documents.add(new SearchDocument("q" + i, "q/q" + i + "/", "模型部署问题 " + i, "如何完成模型部署？",
                    i % 3 == 0 ? "部署需要监控。" : "训练需要数据。", "zh-Hans"));
        }
        SearchBenchmark benchmark = new SearchBenchmark(temp, Files.readAllBytes(Path.of("site-assets/search-core.js")),
                Map.of("search-engine.js", LunrRuntime.minified()));

        SearchBenchmark.Result result = benchmark.run("zh", documents, List.of("模型部署", "没有这个词"));

        assertThat(result.index().pages()).isEqualTo(30);
        assertThat(result.index().gzipBytes()).isPositive().isLessThan(result.index().rawBytes());
        SearchBenchmark.FirstQuery found = result.queries().get(0);
        assertThat(found.results()).isEqualTo(30);
        assertThat(found.fragmentRequests()).as("one fragment per result in the dropdown")
                .isEqualTo(SearchBenchmark.DROPDOWN_RESULTS);
        assertThat(found.indexRequests()).as("at least one shard (the manifest comes with the worker script)")
                .isGreaterThanOrEqualTo(1);
        assertThat(found.indexBytes()).as("the manifest's bytes count").isGreaterThan(0);
        SearchBenchmark.FirstQuery missing = result.queries().get(1);
        assertThat(missing.results()).isZero();
        assertThat(missing.fragmentRequests()).isZero();
        assertThat(benchmark.runtimeRequests()).isEqualTo(1);
    }
}
