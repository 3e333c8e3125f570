package dev.faqsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What readers and maintainers see of deduplication on a built site. */
class DedupSiteTest {
    @TempDir
    Path temp;

    private static final String PRIVACY = """
            ---
            title: "隐私"
            slug: privacy
            ---

            ### 1. 在AI大模型创业中，如何处理模型的隐私保护和数据安全？ {#handle-privacy}

            **答案：** 采用数据加密、访问控制和差分隐私技术，并遵守相关法律法规。

            ### 2. 在AI大模型创业中，如何处理模型的过拟合问题？ {#overfitting}

            **答案：** 使用正则化、数据增强和早停来减少过拟合。

            ### 3. 在AI大模型创业中，如何处理模型的高效推理问题？ {#inference}

            **答案：** 使用模型量化、蒸馏和推理加速框架。

            ### 4. 在AI大模型创业中，如何处理模型的部署和上线问题？ {#deployment}

            **答案：** 使用容器化部署，采用灰度发布和回滚策略。
            """;

    private static final String SECURITY = """
            ---
            title: "安全"
            slug: security
            ---

            ### 1. 在AI大模型创业中，如何确保模型的隐私保护和数据安全？ {#ensure-privacy}

            **答案：** 采用数据加密、访问控制和差分隐私技术，并遵守相关法律法规，定期进行安全审计。

            ### 2. 如何激励和留住AI人才？ {#talent}

            **答案：** 提供有竞争力的薪酬、股权激励和成长空间。
            """;

    private TestSite build() {
        return TestSite.zh(temp, Map.of("privacy.md", PRIVACY, "security.md", SECURITY)).buildOk();
    }

    @Test
    void rewordedQuestionSharesThePageOfTheMostCompleteAnswer() {
        TestSite site = build();

        Document page = site.page("zh/q/ensure-privacy/index.html");
        assertThat(page.select(".also-asked li").eachText())
                .containsExactly("在AI大模型创业中，如何处理模型的隐私保护和数据安全？");
        assertThat(page.select(".sources li").eachText()).containsExactly("隐私", "安全");
        assertThat(site.page("zh/q/handle-privacy/index.html").select("link[rel=canonical]").attr("href"))
                .isEqualTo(TestSite.BASE_URL + "zh/q/ensure-privacy/");
        assertThat(site.page("zh/docs/privacy/index.html").select(".document-question a:not(.heading-anchor)")
                .eachAttr("href")).contains("../../q/ensure-privacy/");
    }

    @Test
    void otherAnswersAreHeadedByTheirOwnQuestionAndOneDocumentAskingTwiceGetsOneSection() {
        String guide = """
                ---
                title: "指南"
                slug: guide
                ---

                ### 1. 如何提高模型的可解释性？ {#improve}

                **答案：** 使用特征可视化、模型压缩和可解释模型，并为每个预测给出特征归因，记录训练数据的来源与处理方式。
                """;
        String notes = """
                ---
                title: "笔记"
                slug: notes
                ---

                ### 1. 如何提高模型的可解释性？ {#notes-short}

                **答案：** 从特征归因开始。

                ### 2. 如何提高模型的可解释性？ {#notes-long}

                **答案：** 决策树和线性模型本身就容易理解。
                """;
        TestSite site = TestSite.zh(temp, Map.of("guide.md", guide, "notes.md", notes)).buildOk();

        Document page = site.page("zh/q/improve/index.html");
        assertThat(page.select(".more-answer > h2").stream().map(Element::ownText))
                .containsExactly("如何提高模型的可解释性？");
        assertThat(page.select(".more-answer__source").eachText()).containsExactly("补充解答 · 来自 笔记");
        assertThat(page.select(".more-answer").text()).contains("从特征归因开始", "决策树和线性模型");
    }

    @Test
    void everyPageListsRelatedQuestionsThatAreNotItself() {
        TestSite site = build();

        for (String id : List.of("overfitting", "inference", "deployment", "ensure-privacy", "talent")) {
            List<String> related = site.page("zh/q/" + id + "/index.html").select(".related li a").eachAttr("href");
            assertThat(related).as(id).hasSizeBetween(3, 5).doesNotContain("../" + id + "/")
                    .allSatisfy(href -> assertThat(site.linkTarget("zh/q/" + id + "/index.html", href)).exists());
        }
    }

    @Test
    void reportListsGroupsWithScoresAndRules() {
        TestSite site = build();

        JsonNode group = findGroup(site.report(), "ensure-privacy");
        assertThat(group.get("rule").asText()).isEqualTo("similar");
        assertThat(group.get("members")).extracting(JsonNode::asText)
                .containsExactly("handle-privacy", "ensure-privacy");
        JsonNode pair = group.get("pairs").get(0);
        assertThat(pair.get("question").asDouble()).isBetween(0.5, 1.0);
        assertThat(pair.get("answer").asDouble()).isBetween(0.5, 1.0);
        assertThat(group.get("related").size()).isBetween(3, 5);
    }

    @Test
    void maintainersPageListsEveryMergeButIsHiddenFromReadersAndSearchEngines() {
        TestSite site = build();

        Document report = site.page("zh/maintainers/dedup/index.html");
        assertThat(report.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(report.select(".merge-group").text()).contains("handle-privacy", "ensure-privacy", "similar");
        assertThat(site.text("sitemap.xml")).doesNotContain("maintainers");
        for (String page : site.htmlPages()) {
            if (!page.contains("maintainers")) {
                assertThat(site.page(page).select("a[href*=maintainers]")).as(page).isEmpty();
            }
        }
    }

    @Test
    void checkReportsContradictingEditorInstructionsWithFileAndLine() {
        String doc = """
                ### 1. 第一个问题？ {#first duplicate-of=second not-duplicate-of=second}

                **答案：** 第一个答案。

                ### 2. 第二个问题？ {#second}

                **答案：** 第二个答案。
                """;
        TestSite site = TestSite.zh(temp, Map.of("conflict.md", doc)).check();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("zh/conflict.md:1:1: error: 'first' and 'second' are marked both");
    }

    private static JsonNode findGroup(JsonNode report, String id) {
        List<JsonNode> found = new ArrayList<>();
        report.get("groups").forEach(g -> {
            if (g.get("id").asText().equals(id)) {
                found.add(g);
            }
        });
        assertThat(found).as("group " + id).hasSize(1);
        return found.get(0);
    }
}
