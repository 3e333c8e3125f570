package dev.faqsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.pipeline.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document page is the document: prose, every question with its own answer, in order, with a table of contents. */
class DocumentPageTest {
    private static final String TRAINING = """
            ---
            title: 模型训练
            slug: training
            ---

            本文介绍训练中最常见的问题。

            ## 基础

            ### 1. 什么是过拟合？ {#overfitting}

            **题目：** 什么是过拟合?

            **答案：** 模型记住了训练数据的噪声。

            **举例：** 训练集准确率 99%，测试集 60%。

            ### 2. 学习率 {#learning-rate}

            **题目：** 在预算有限的小团队里，应该怎样为第一次训练挑选学习率？

            **答案：** 从较小的学习率开始。

            ### 3. 为何会过拟合？ {#overfitting-again}

            **题目：** 什么是过拟合？

            **答案：** 模型太复杂，数据太少。

            ## 结语

            训练需要耐心。
            """;
    private static final String DEPLOY = """
            ---
            title: 模型部署
            slug: deploy
            ---

            ### 1. 如何部署？ {#deploy}

            **答案：** 使用推理服务器。
            """;

    @TempDir
    Path temp;

    private TestSite build(String... extraYaml) {
        TestSite site = TestSite.zh(temp, Map.of("a-training.md", TRAINING, "b-deploy.md", DEPLOY));
        if (extraYaml.length > 0) {
            site.write("site.yaml", TestSite.SITE_YAML + String.join("\n", extraYaml) + "\n");
        }
        return site.buildOk();
    }

    @Test
    void showsIntroductionEveryQuestionWithItsOwnAnswerInSourceOrderAndTheConclusion() {
        Document page = build().page("zh/docs/training/index.html");

        String text = page.select("main article").text();
        List<String> inOrder = List.of("本文介绍训练中最常见的问题。", "基础", "什么是过拟合？", "模型记住了训练数据的噪声。",
                "训练集准确率 99%", "学习率", "从较小的学习率开始。", "为何会过拟合？", "模型太复杂，数据太少。", "结语", "训练需要耐心。");
        int at = -1;
        for (String piece : inOrder) {
            int next = text.indexOf(piece, at + 1);
            assertThat(next).as("'%s' after position %d in: %s", piece, at, text).isGreaterThan(at);
            at = next;
        }
        assertThat(page.select(".document-question h3[id]").eachAttr("id"))
                .containsExactly("q-overfitting", "q-learning-rate", "q-overfitting-again");
    }

    @Test
    void printsTheQuestionAsWrittenOnlyWhenItSaysMoreThanItsHeading() {
        Document page = build().page("zh/docs/training/index.html");

        // "什么是过拟合?" under "什么是过拟合？" is the title again; under "为何会过拟合？" it asks something else.
        assertThat(page.select(".document-question__full").eachText())
                .containsExactly("在预算有限的小团队里，应该怎样为第一次训练挑选学习率？", "什么是过拟合？");
    }

    @Test
    void aMergedQuestionSaysSoAndLinksToThePageItShares() {
        TestSite site = build();
        String path = "zh/docs/training/index.html";
        Document page = site.page(path);

        List<Element> merged = page.select(".document-question:has(.document-question__merged)");
        assertThat(merged).hasSize(2);
        for (Element question : merged) {
            String href = question.selectFirst(".document-question__merged a").attr("href");
            assertThat(site.linkTarget(path, href)).isEqualTo(site.out().resolve("zh/q/overfitting/index.html"));
        }
        assertThat(page.select("#q-learning-rate ~ .document-question__merged")).isEmpty();
    }

    @Test
    void aTableOfContentsListsTheSectionsAndQuestionsWithTheirAnchors() {
        Document page = build().page("zh/docs/training/index.html");

        for (Element toc : page.select(".toc--side, .toc--inline")) {
            assertThat(toc.select("> ol > li > a").eachText()).containsExactly("基础", "结语");
            assertThat(toc.select("ol ol a").eachAttr("href"))
                    .containsExactly("#q-overfitting", "#q-learning-rate", "#q-overfitting-again");
            assertThat(toc.select("a").eachAttr("href")).allSatisfy(href ->
                    assertThat(page.getElementById(href.substring(1))).as(href).isNotNull());
        }
        assertThat(page.select(".toc--side, .toc--inline")).hasSize(2);
    }

    @Test
    void aShortPageHasNoTableOfContents() {
        TestSite site = build();

        assertThat(site.page("zh/docs/deploy/index.html").select(".toc")).isEmpty();
        assertThat(site.page("zh/docs/deploy/index.html").select("[data-toc], [data-toc-entry]")).isEmpty();
    }

    @Test
    void headingAnchorsAreReachableByKeyboardAndNamedForScreenReaders() {
        Document page = build().page("zh/docs/training/index.html");

        List<Element> anchors = page.select("main .heading-anchor");
        assertThat(anchors).isNotEmpty().allSatisfy(anchor -> {
            assertThat(anchor.attr("tabindex")).isNotEqualTo("-1");
            assertThat(anchor.hasAttr("aria-hidden")).isFalse();
            assertThat(anchor.attr("aria-label")).startsWith("本节链接: ");
            assertThat(anchor.attr("href")).isEqualTo("#" + anchor.parent().id());
        });
    }

    @Test
    void documentPagesLinkTheirNeighboursAndQuestionPagesListTheirDocumentsQuestions() {
        TestSite site = build();

        Document training = site.page("zh/docs/training/index.html");
        assertThat(training.select(".pager a[rel=next]").text()).contains("模型部署");
        assertThat(training.select(".pager a[rel=prev]")).isEmpty();
        Document learningRate = site.page("zh/q/learning-rate/index.html");
        assertThat(learningRate.select(".sidebar li a").eachText()).containsExactly("什么是过拟合？", "学习率");
        assertThat(learningRate.select(".sidebar a[aria-current=page]").text()).isEqualTo("学习率");
    }

    @Test
    void editLinksFollowTheConfiguredAddressAndAreOffWithoutIt() {
        assertThat(build().page("zh/docs/training/index.html").select(".page-meta__edit")).isEmpty();

        TestSite site = build("editUrl: https://github.com/owner/faq/edit/main/content");

        assertThat(site.page("zh/docs/training/index.html").select(".page-meta__edit").attr("href"))
                .isEqualTo("https://github.com/owner/faq/edit/main/content/zh/a-training.md");
        assertThat(site.page("zh/q/deploy/index.html").select(".page-meta__edit").attr("href"))
                .isEqualTo("https://github.com/owner/faq/edit/main/content/zh/b-deploy.md");
    }

    @Test
    void aBadEditUrlIsAClearConfigError() {
        TestSite site = TestSite.zh(temp, Map.of("a-training.md", TRAINING));
        site.write("site.yaml", TestSite.SITE_YAML + "editUrl: github.com/owner/faq\n");

        site.build();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("site.yaml:9:1: error: editUrl 'github.com/owner/faq", "not an absolute",
                "hint:");
    }

    @Test
    void outsideGitThereIsNoDateAndTwoBuildsAreByteIdentical() {
        TestSite site = build();
        Map<String, String> first = TestSite.files(site.out());
        assertThat(site.page("zh/docs/training/index.html").select("time")).isEmpty();

        site.buildOk();

        assertThat(TestSite.files(site.out())).isEqualTo(first);
    }

    @Test
    void notFoundPagesOfferSearchAndTopQuestionsInTheirLanguageAndTheRootOneInEvery() {
        TestSite site = build();

        Document zh = site.page("zh/404.html");
        assertThat(zh.select("main form[role=search]").attr("action")).isEqualTo("/zh/search/");
        assertThat(zh.select("main .link-list a").eachText()).first().isEqualTo("什么是过拟合？");
        assertThat(zh.select("meta[name=description]").attr("content")).isNotBlank();
        Document root = site.page("404.html");
        assertThat(root.select("main article[lang]").eachAttr("lang")).containsExactly("zh-Hans");
        assertThat(root.select("main input[type=search]")).hasSize(1);
    }

    @Test
    void everyPageHasAFaviconASocialCardAndAFooterWithoutAVersionNumber() {
        TestSite site = build();

        for (String path : List.of("zh/index.html", "zh/docs/training/index.html", "zh/q/overfitting/index.html",
                "zh/search/index.html", "zh/404.html", "404.html")) {
            Document page = site.page(path);
            String icon = page.select("link[rel=icon]").attr("href");
            assertThat(icon.startsWith("/") ? site.out().resolve(icon.substring(1)) : site.linkTarget(path, icon))
                    .isRegularFile();
            if (!path.equals("404.html")) {
                assertThat(page.select("meta[property=og:image]").attr("content"))
                        .isEqualTo(TestSite.BASE_URL + "assets/social-card.png");
                assertThat(page.select(".site-footer").text()).contains("faq-site").doesNotContainPattern("\\d+\\.\\d+");
            }
        }
        assertThat(site.out().resolve("assets/social-card.png")).isRegularFile();
    }
}
