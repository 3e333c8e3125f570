package dev.faqsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A built site's embedding cache beside the content, and the signals the maintainers' dedup page shows. */
class DedupEmbeddingSiteTest {
    private static final String DOCUMENT = """
            ---
            title: "账户"
            slug: account
            ---

            ### 1. 在AI大模型创业中，如何处理模型的隐私保护和数据安全？ {#handle-privacy}

            **答案：** 采用数据加密、访问控制和差分隐私技术，并遵守相关法律法规。

            ### 2. 在AI大模型创业中，如何处理模型的过拟合问题？ {#overfitting}

            **答案：** 使用正则化、数据增强和早停来减少过拟合。

            ### 3. 在AI大模型创业中，如何确保模型的隐私保护和数据安全？ {#ensure-privacy}

            **答案：** 采用数据加密、访问控制和差分隐私技术，并遵守相关法律法规，定期进行安全审计。

            ### 4. 如何激励和留住AI人才？ {#talent}

            **答案：** 提供有竞争力的薪酬、股权激励和成长空间。
            """;

    @TempDir
    Path temp;

    @Test
    void theCacheLivesBesideTheContentAndAWarmBuildGivesTheSameSiteByteForByte() {
        TestSite site = TestSite.zh(temp, Map.of("account.md", DOCUMENT)).buildOk();
        Path cache = temp.resolve(".faq-site-cache/embeddings/bge-small-zh-v1.5-q.embeddings");
        Map<String, String> cold = TestSite.files(site.out());

        assertThat(cache).isRegularFile();
        site.buildOk();
        assertThat(TestSite.files(site.out())).isEqualTo(cold);
        assertThat(site.stderr()).doesNotContain("warning");
    }

    @Test
    void aDamagedCacheGivesOneWarningAndTheSameSite() throws Exception {
        TestSite site = TestSite.zh(temp, Map.of("account.md", DOCUMENT)).buildOk();
        Map<String, String> before = TestSite.files(site.out());
        Files.writeString(temp.resolve(".faq-site-cache/embeddings/bge-small-zh-v1.5-q.embeddings"), "not a cache");

        site.buildOk();

        assertThat(TestSite.files(site.out())).isEqualTo(before);
        assertThat(site.stderr().lines().filter(line -> line.contains("warning")).toList()).singleElement()
                .asString().contains("embedding cache").contains("rebuilt");
        assertThat(site.stderr()).doesNotContain("Exception");
    }

    @Test
    void theDedupPageShowsEachMergesMeaningAndTheIdsOfClosePagesKeptApart() {
        TestSite site = TestSite.zh(temp, Map.of("account.md", DOCUMENT)).buildOk();

        Document page = site.page("zh/maintainers/dedup/index.html");

        assertThat(page.select(".merge-group th").eachText()).contains("语义相似度（向量余弦）");
        assertThat(page.select(".merge-group td").eachText()).anyMatch(cell -> cell.matches("0\\.\\d{3}|1\\.000"));
        assertThat(page.select(".near-misses li code").eachText()).isNotEmpty();
    }
}
