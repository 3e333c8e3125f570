package dev.faqsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds tiny sites with the real command line and checks what a reader of the published pages would see. */
class WholeSiteTest {

    private static final String DOC_A = """
            ---
            title: "文档甲"
            slug: doc-a
            description: 关于大模型的基础问题。
            ---

            ## 引言

            这是关于大模型的问答。

            ### 1. 什么是大模型 {#what-is}

            **题目：** 什么是大模型？

            **答案：** 大模型是参数很多的模型，参见 [论文](https://example.com/paper)。

            **解析：** 参数越多，能力越强。

            ### 2. 如何训练 {#how-to-train}

            **题目：** 如何训练大模型？

            **答案：** 用很多 GPU。

            **源代码实例：**

            ```python
            print("train")
            ```

            ### 3. 如何部署 {#how-to-deploy}

            **题目：** 如何部署大模型？

            **答案：** 放到服务器上。
            """;

    private static final String DOC_B = """
            ---
            title: "文档乙"
            slug: doc-b
            ---

            ### 1. 大模型是什么 {#what-is-again}

            **题目：** 什么是大模型？

            **答案：** 大模型就是很大的神经网络。

            **解析：** 参数越多，能力越强。

            ### 2. 数据从哪里来 {#where-data}

            **题目：** 训练数据从哪里来？

            **答案：** 公开语料和自有数据。
            """;

    @TempDir
    Path temp;

    private TestSite twoDocuments() {
        return TestSite.zh(temp, Map.of("a.md", DOC_A, "b.md", DOC_B)).buildOk();
    }

    // ---- the shape of the site ----

    @Test
    void publishesOnePageForEachQuestionWithItsTitleAndLabelledParts() {
        TestSite site = twoDocuments();

        Document page = site.page("zh/q/what-is/index.html");

        assertThat(page.select("main h1").text()).isEqualTo("什么是大模型");
        assertThat(page.select("main").text()).contains("什么是大模型？");
        assertThat(page.select("section.part > h2").eachText()).containsExactly("答案#", "解析#");
        assertThat(page.select("section.part--answer").text()).contains("大模型是参数很多的模型");
        assertThat(page.select("section.part--explanation").text()).contains("参数越多，能力越强。");
        assertThat(site.out().resolve("zh/q/how-to-train/index.html")).isRegularFile();
        assertThat(site.out().resolve("zh/q/how-to-deploy/index.html")).isRegularFile();
        assertThat(site.out().resolve("zh/q/where-data/index.html")).isRegularFile();
    }

    @Test
    void documentPageListsItsQuestionsLinkingToTheirPages() {
        TestSite site = twoDocuments();
        String docPage = "zh/docs/doc-a/index.html";

        Document page = site.page(docPage);

        assertThat(page.select("main h1").text()).isEqualTo("文档甲");
        assertThat(page.select("main").text()).contains("这是关于大模型的问答。");
        List<Element> links = page.select(".document-question :is(h2, h3) > a:not(.heading-anchor)");
        assertThat(links).extracting(Element::text).containsExactly("什么是大模型", "如何训练", "如何部署");
        assertThat(links).extracting(a -> site.linkTarget(docPage, a.attr("href")))
                .containsExactly(site.out().resolve("zh/q/what-is/index.html"),
                        site.out().resolve("zh/q/how-to-train/index.html"),
                        site.out().resolve("zh/q/how-to-deploy/index.html"));
    }

    @Test
    void homePageListsEveryDocument() {
        TestSite site = twoDocuments();

        Document home = site.page("zh/index.html");

        List<Element> cards = home.select(".document-card h3 > a:not(.heading-anchor)");
        assertThat(cards).extracting(Element::text).containsExactlyInAnyOrder("文档甲", "文档乙");
        assertThat(cards).allSatisfy(a -> assertThat(site.linkTarget("zh/index.html", a.attr("href"))).isRegularFile());
        assertThat(home.select("#documents").text()).contains("什么是大模型", "数据从哪里来");
    }

    @Test
    void publishesNotFoundPagesAndARootPageOfferingTheLanguages() {
        TestSite site = twoDocuments();

        assertThat(site.page("zh/404.html").select("main h1").text()).isEqualTo("页面未找到");
        assertThat(site.page("404.html").select("main h1").text()).isEqualTo("页面未找到");
        Document root = site.page("index.html");
        assertThat(root.select("main a[data-language]").eachAttr("href")).contains("zh/");
        assertThat(root.select("script[src]").attr("src")).isEqualTo("assets/site.js");
    }

    @Test
    void sitemapListsHomeDocumentAndQuestionPagesWithTheBaseUrlButNotRedirects() {
        TestSite site = twoDocuments();

        String sitemap = site.text("sitemap.xml");

        assertThat(sitemap).contains(
                "<loc>https://faq.example.org/zh/</loc>",
                "<loc>https://faq.example.org/zh/docs/doc-a/</loc>",
                "<loc>https://faq.example.org/zh/docs/doc-b/</loc>",
                "<loc>https://faq.example.org/zh/q/what-is/</loc>",
                "<loc>https://faq.example.org/zh/q/where-data/</loc>");
        assertThat(sitemap).doesNotContain("what-is-again", "404");
    }

    @Test
    void sitemapUsesTheBaseUrlGivenOnTheCommandLine() {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC_A)).buildOk("--base-url", "https://user.github.io/repo/");

        assertThat(site.text("sitemap.xml")).contains("<loc>https://user.github.io/repo/zh/q/what-is/</loc>")
                .doesNotContain("faq.example.org");
        assertThat(site.text("robots.txt")).contains("Sitemap: https://user.github.io/repo/sitemap.xml");
    }

    @Test
    void robotsTxtPointsToTheSitemap() {
        TestSite site = twoDocuments();

        assertThat(site.text("robots.txt").lines()).contains("Sitemap: https://faq.example.org/sitemap.xml");
    }

    // ---- merged questions ----

    @Test
    void mergesQuestionsWithIdenticalTextFromTwoDocumentsIntoOnePage() {
        TestSite site = twoDocuments();
        String redirectPage = "zh/q/what-is-again/index.html";

        Document redirect = site.page(redirectPage);

        assertThat(redirect.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=../what-is/");
        assertThat(redirect.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://faq.example.org/zh/q/what-is/");
        Element visibleLink = redirect.selectFirst("main a");
        assertThat(visibleLink).isNotNull();
        assertThat(site.linkTarget(redirectPage, visibleLink.attr("href")))
                .isEqualTo(site.out().resolve("zh/q/what-is/index.html"));
        assertThat(redirect.select("main .part")).isEmpty();
        // the document page of the second occurrence sends readers straight to the canonical page
        Element listed = site.page("zh/docs/doc-b/index.html").selectFirst(".document-question :is(h2, h3) > a:not(.heading-anchor)");
        assertThat(site.linkTarget("zh/docs/doc-b/index.html", listed.attr("href")))
                .isEqualTo(site.out().resolve("zh/q/what-is/index.html"));
    }

    @Test
    void mergesQuestionsWithIdenticalTextWithinOneDocument() {
        String doc = """
                ---
                title: "同一文档"
                slug: same
                ---

                ### 1. 第一次 {#first-time}

                **题目：** 模型为什么会过拟合？

                **答案：** 数据太少，模型记住了噪声。

                ### 2. 第二次 {#second-time}

                **题目：** 模型为什么会过拟合?

                **答案：** 模型太复杂。
                """;
        TestSite site = TestSite.zh(temp, Map.of("same.md", doc)).buildOk();

        Document canonical = site.page("zh/q/first-time/index.html");
        assertThat(canonical.select("main").text()).contains("数据太少，模型记住了噪声。", "模型太复杂。");
        assertThat(site.page("zh/q/second-time/index.html").select("meta[http-equiv=refresh]").attr("content"))
                .isEqualTo("0; url=../first-time/");
        assertThat(site.page("zh/docs/same/index.html").select(".document-question :is(h2, h3) > a:not(.heading-anchor)").eachAttr("href"))
                .containsOnly("../../q/first-time/");
    }

    @Test
    void reportListsBothOccurrencesOfAMergedQuestionWithTheCanonicalGroupAndUrl() {
        TestSite site = twoDocuments();

        JsonNode entries = site.report().get("questions");

        JsonNode first = find(entries, "what-is");
        JsonNode second = find(entries, "what-is-again");
        assertThat(first.get("file").asText()).isEqualTo("zh/a.md");
        assertThat(second.get("file").asText()).isEqualTo("zh/b.md");
        assertThat(second.get("line").asInt()).isEqualTo(6);
        for (JsonNode entry : List.of(first, second)) {
            assertThat(entry.get("group").asText()).isEqualTo("what-is");
            assertThat(entry.get("url").asText()).isEqualTo("/zh/q/what-is/");
            assertThat(entry.get("question").asText()).isEqualTo("什么是大模型？");
            assertThat(entry.get("lang").asText()).isEqualTo("zh");
        }
        assertThat(entries).hasSize(5);
    }

    @Test
    void canonicalPageShowsAnotherDocumentsDifferentAnswerOnceAndAnIdenticalExplanationOnlyOnce() {
        TestSite site = twoDocuments();

        String text = site.page("zh/q/what-is/index.html").select("main").text();

        assertThat(occurrences(text, "大模型是参数很多的模型")).isEqualTo(1);
        assertThat(occurrences(text, "大模型就是很大的神经网络。")).isEqualTo(1);
        assertThat(occurrences(text, "参数越多，能力越强。")).isEqualTo(1);
        assertThat(site.page("zh/q/what-is/index.html").select(".sources li a").eachText())
                .containsExactly("文档甲", "文档乙");
    }

    // ---- page features ----

    @Test
    void codeBlocksKeepTheirLanguageClass() {
        TestSite site = twoDocuments();

        Element code = site.page("zh/q/how-to-train/index.html").selectFirst("pre > code");

        assertThat(code).isNotNull();
        assertThat(code.classNames()).contains("language-python");
        assertThat(code.text()).isEqualTo("print(\"train\")");
    }

    @Test
    void questionPagesLinkToThePreviousAndNextQuestionOfTheirDocument() {
        TestSite site = twoDocuments();

        Document first = site.page("zh/q/what-is/index.html");
        Document middle = site.page("zh/q/how-to-train/index.html");
        Document last = site.page("zh/q/how-to-deploy/index.html");

        assertThat(first.select("a[rel=prev]")).isEmpty();
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("../how-to-train/");
        assertThat(middle.select("a[rel=prev]").attr("href")).isEqualTo("../what-is/");
        assertThat(middle.select("a[rel=next]").attr("href")).isEqualTo("../how-to-deploy/");
        assertThat(middle.select("a[rel=next]").text()).contains("如何部署");
        assertThat(last.select("a[rel=prev]").attr("href")).isEqualTo("../how-to-train/");
        assertThat(last.select("a[rel=next]")).as("no next link into another document").isEmpty();
    }

    @Test
    void questionPagesShowBreadcrumbsFromHomeThroughTheirDocument() {
        TestSite site = twoDocuments();
        String pagePath = "zh/q/where-data/index.html";

        List<Element> crumbs = site.page(pagePath).select("nav.breadcrumbs li");

        assertThat(crumbs).extracting(Element::text).containsExactly("首页", "文档乙", "数据从哪里来");
        assertThat(site.linkTarget(pagePath, crumbs.get(0).selectFirst("a").attr("href")))
                .isEqualTo(site.out().resolve("zh/index.html"));
        assertThat(site.linkTarget(pagePath, crumbs.get(1).selectFirst("a").attr("href")))
                .isEqualTo(site.out().resolve("zh/docs/doc-b/index.html"));
    }

    @Test
    void linksAreRelativeSoTheSiteWorksUnderAnyBasePath() {
        TestSite site = twoDocuments();

        assertThat(site.page("zh/q/what-is/index.html").select("link[rel=stylesheet]").attr("href"))
                .isEqualTo("../../../assets/style.css");
        assertThat(site.page("zh/docs/doc-a/index.html").select("link[rel=stylesheet]").attr("href"))
                .isEqualTo("../../../assets/style.css");
        assertThat(site.page("zh/index.html").select("link[rel=stylesheet]").attr("href"))
                .isEqualTo("../assets/style.css");
        for (String path : site.htmlPages()) {
            if (path.endsWith("404.html")) {
                continue; // served at arbitrary URLs, so it links from the base path (checked below)
            }
            for (Element element : site.page(path).select("a[href], link[href]:not([rel=canonical]):not([rel=alternate]), script[src], img[src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (url.startsWith("#") || url.startsWith("https://example.com/")) {
                    continue;
                }
                assertThat(url).as("%s in %s", element, path).doesNotStartWith("/").doesNotStartWith("http");
                assertThat(site.linkTarget(path, url)).as("target of %s in %s", url, path).isRegularFile();
            }
        }
    }

    @Test
    void notFoundPagesLinkFromTheBasePathTheSiteIsPublishedAt() {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC_A)).buildOk("--base-url", "https://user.github.io/repo/");

        for (String path : List.of("404.html", "zh/404.html")) {
            Document page = site.page(path);
            assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/repo/assets/style.css");
            assertThat(page.select("main a").eachAttr("href")).contains("/repo/zh/")
                    .allSatisfy(href -> assertThat(href).startsWith("/repo/zh/"));
        }
    }

    @Test
    void pagesLoadNoResourcesFromOtherHosts() {
        TestSite site = twoDocuments();

        for (String path : site.htmlPages()) {
            Document page = site.page(path);
            for (Element element : page.select("link[href]:not([rel=canonical]):not([rel=alternate]), script[src], img[src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                assertThat(url).as("%s in %s", element, path)
                        .doesNotStartWith("http:").doesNotStartWith("https:").doesNotStartWith("//");
            }
        }
    }

    @Test
    void imagesFromOtherHostsInContentAreNotLoadedByThePublishedPages() {
        String doc = """
                ---
                title: "图片"
                slug: images
                ---

                ### 1. 外部图片 {#external-image}

                **题目：** 答案里的外部图片会被加载吗？

                **答案：** 不会。![追踪像素](https://tracker.example/p.png) <img src="//cdn.example/x.png">
                """;
        TestSite site = TestSite.zh(temp, Map.of("images.md", doc)).build();

        if (site.exitCode() == 0) {
            assertThat(site.page("zh/q/external-image/index.html").select("img").eachAttr("src"))
                    .noneMatch(src -> src.startsWith("http:") || src.startsWith("https:") || src.startsWith("//"));
        } else {
            assertThat(site.stderr()).as("a refused external image names its place").contains("zh/images.md:");
        }
    }

    @Test
    void externalLinksInAnswersOpenWithoutGivingTheOtherSiteAccessToThePage() {
        TestSite site = twoDocuments();

        Element link = site.page("zh/q/what-is/index.html").selectFirst("a[href=https://example.com/paper]");

        assertThat(link).isNotNull();
        assertThat(link.attr("rel").split("\\s+")).contains("noopener");
    }

    @Test
    void questionPagesCarryAMetaDescriptionAndOpenGraphTitle() {
        TestSite site = twoDocuments();

        Document page = site.page("zh/q/where-data/index.html");

        assertThat(page.select("meta[name=description]").attr("content")).contains("公开语料和自有数据");
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("数据从哪里来");
        assertThat(page.select("meta[property=og:url]").attr("content"))
                .isEqualTo("https://faq.example.org/zh/q/where-data/");
    }

    // ---- security ----

    private static final String HOSTILE = """
            ---
            title: "<script>alert(3)</script>恶意文档"
            slug: hostile
            ---

            ## 引言

            引言里也有 <script>alert(4)</script> 和 <img src=/assets/style.css onerror=alert(5)>。

            ### 1. 脚本注入 {#injection}

            **题目：** 内容里的脚本会执行吗？

            **答案：** 不会。<script>alert(1)</script> <img src=/assets/style.css onerror=alert(1)> [x](javascript:alert(1)) <a href="javascript:alert(1)">y</a> <a href="JaVaScRiPt:alert(1)" onclick="alert(1)">z</a>

            </section></main><script>alert(2)</script>

            **解析：** 内容经过清理。

            ### 2. 结束脚本 {#script-in-question}

            **题目：** 为什么 `</script><script>alert(1)</script>` 跳不出 JSON-LD？

            **答案：** 因为问题文本被转义了。
            """;

    @Test
    void contributorScriptNeverReachesAnyPage() {
        TestSite site = TestSite.zh(temp, Map.of("hostile.md", HOSTILE)).buildOk();

        for (String path : site.htmlPages()) {
            for (Element script : site.page(path).select("script")) {
                boolean jsonLd = script.attr("type").equals("application/ld+json");
                // The theme's own inline scripts run before painting (colour scheme, the 404 page's language).
                boolean themeScript = script.hasAttr("data-site-script") && script.attr("src").isEmpty()
                        && !script.data().contains("alert");
                boolean siteScript = (script.attr("src").endsWith("assets/site.js")
                        || script.attr("src").endsWith("assets/search.js")) && script.data().isEmpty();
                assertThat(jsonLd || siteScript || themeScript).as("unexpected %s in %s", script, path).isTrue();
            }
            assertThat(site.text(path)).as(path).doesNotContain("<script>alert");
        }
    }

    @Test
    void eventHandlersAndJavascriptLinksAreRemovedFromEveryPage() {
        TestSite site = TestSite.zh(temp, Map.of("hostile.md", HOSTILE)).buildOk();

        for (String path : site.htmlPages()) {
            for (Element element : site.page(path).getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).as("%s in %s", element, path)
                            .doesNotStartWith("on");
                    if (List.of("href", "src", "action", "formaction").contains(attribute.getKey())) {
                        assertThat(attribute.getValue().strip().toLowerCase(Locale.ROOT))
                                .as("%s in %s", element, path).doesNotStartWith("javascript:");
                    }
                }
            }
        }
    }

    @Test
    void htmlInAnAnswerCannotBreakOutOfThePageLayout() {
        TestSite site = TestSite.zh(temp, Map.of("hostile.md", HOSTILE)).buildOk();

        Document page = site.page("zh/q/injection/index.html");

        assertThat(page.select("main")).hasSize(1);
        assertThat(page.select("main .question__footer .pager")).hasSize(1);
        assertThat(page.select("main section.part > h2").eachText()).containsExactly("答案#", "解析#");
        assertThat(page.select("section.part--answer").text()).contains("不会。");
        assertThat(page.select("section.part--explanation").text()).contains("内容经过清理。");
    }

    @Test
    void questionTextThatClosesAScriptElementStillYieldsValidJsonLd() throws Exception {
        TestSite site = TestSite.zh(temp, Map.of("hostile.md", HOSTILE)).buildOk();
        String raw = site.text("zh/q/script-in-question/index.html");

        String open = "<script type=\"application/ld+json\">";
        int start = raw.indexOf(open);
        assertThat(start).as("JSON-LD block").isNotNegative();
        // a browser ends the block at the first </script>, whatever the JSON says
        String block = raw.substring(start + open.length(), raw.indexOf("</script>", start));

        assertThat(block.toLowerCase(Locale.ROOT)).doesNotContain("<script", "</");
        JsonNode json = new ObjectMapper().readTree(block);
        assertThat(json.get("@type").asText()).isEqualTo("FAQPage");
        String question = "为什么 </script><script>alert(1)</script> 跳不出 JSON-LD？";
        assertThat(json.at("/mainEntity/0/name").asText()).isEqualTo(question);
        assertThat(json.at("/mainEntity/0/acceptedAnswer/text").asText()).isEqualTo("因为问题文本被转义了。");
        assertThat(site.page("zh/q/script-in-question/index.html").select("main").text()).contains(question);
    }

    // ---- determinism ----

    @Test
    void buildingTheSameContentTwiceGivesByteIdenticalSites() {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC_A, "b.md", DOC_B, "hostile.md", HOSTILE));

        site.buildInto(temp.resolve("first"));
        assertThat(site.exitCode()).isZero();
        site.buildInto(temp.resolve("second"));
        assertThat(site.exitCode()).isZero();

        Map<String, String> first = TestSite.files(temp.resolve("first"));
        assertThat(first).containsKeys("zh/q/what-is/index.html", "sitemap.xml", "assets/style.css");
        assertThat(TestSite.files(temp.resolve("second"))).isEqualTo(first);
    }

    private static JsonNode find(JsonNode entries, String id) {
        return StreamSupport.stream(entries.spliterator(), false)
                .filter(e -> e.get("id").asText().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no report entry for " + id + " in " + entries));
    }

    private static int occurrences(String text, String part) {
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            at.add(i);
        }
        return at.size();
    }
}
