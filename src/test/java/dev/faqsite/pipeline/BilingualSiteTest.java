package dev.faqsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.load.SourceFile;
import dev.faqsite.pair.SourceVersion;
import dev.faqsite.parse.DocumentParser;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small bilingual sites: pairing, fallbacks, stale translations and the language switcher. */
class BilingualSiteTest {
    @TempDir
    Path temp;

    private static final String SITE_YAML = TestSite.BILINGUAL_SITE_YAML;

    private static final String ZH = """
            ---
            title: "模型训练"
            slug: training
            ---

            ### 1. 什么是过拟合？ {#overfitting}

            **答案：** 模型记住了训练数据的噪声。

            ### 2. 如何加速训练？ {#speed-up}

            **答案：** 使用混合精度和分布式训练。
            """;

    private static String version(String id) {
        var document = new DocumentParser().parse(new SourceFile("zh/training.md", "zh", "training", ZH),
                new Diagnostics()).orElseThrow();
        return SourceVersion.of(document.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow());
    }

    private static String english(String overfittingVersion, String speedUpVersion) {
        return """
                ---
                title: "Model training"
                ---

                ### 1. What is overfitting? {#overfitting source-version=%s}

                **Answer:** The model memorises the noise in its training data.

                ### 2. How can training be sped up? {#speed-up source-version=%s}

                **Answer:** Use mixed-precision and distributed training.
                """.formatted(overfittingVersion, speedUpVersion);
    }

    private TestSite site(Map<String, String> files) {
        TestSite site = TestSite.create(temp, Map.of("site.yaml", SITE_YAML));
        files.forEach(site::write);
        return site;
    }

    @Test
    void aTranslatedQuestionIsServedInBothLanguagesWithAlternatesAndASwitcherToItsCounterpart() {
        TestSite site = site(Map.of("zh/training.md", ZH,
                "en/training.md", english(version("overfitting"), version("speed-up")))).buildOk();

        Document en = site.page("en/q/overfitting/index.html");
        assertThat(en.select("html").attr("lang")).isEqualTo("en");
        assertThat(en.select("h1").text()).isEqualTo("What is overfitting?");
        assertThat(en.select(".part--answer").text()).contains("memorises the noise");
        assertThat(en.select(".notice")).isEmpty();
        assertThat(en.select("link[rel=alternate][hreflang=zh-Hans]").attr("href"))
                .isEqualTo("https://faq.example.org/zh/q/overfitting/");
        assertThat(en.select("link[rel=alternate][hreflang=en]").attr("href"))
                .isEqualTo("https://faq.example.org/en/q/overfitting/");
        assertThat(en.select("link[rel=alternate][hreflang=x-default]").attr("href"))
                .isEqualTo("https://faq.example.org/zh/q/overfitting/");
        String toChinese = en.select(".language-switcher a[hreflang=zh-Hans]").attr("href");
        assertThat(site.linkTarget("en/q/overfitting/index.html", toChinese))
                .isEqualTo(site.out().resolve("zh/q/overfitting/index.html"));
        assertThat(site.page("zh/q/overfitting/index.html").select("html").attr("lang")).isEqualTo("zh-Hans");
        assertThat(site.page("en/index.html").select("#documents").text()).contains("How can training be sped up?");
        assertThat(site.page("en/docs/training/index.html").select("h1").text()).isEqualTo("Model training");
        assertThat(site.stdout()).contains("translations (en): 2 of 2 translated, 0 stale, 0 missing");
    }

    @Test
    void sitemapListsEveryPageWithItsAlternatesInEveryLanguage() {
        TestSite site = site(Map.of("zh/training.md", ZH)).buildOk();

        String sitemap = site.text("sitemap.xml");
        assertThat(sitemap).contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"")
                .contains("<loc>https://faq.example.org/en/q/speed-up/</loc>")
                .contains("<xhtml:link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"https://faq.example.org/zh/q/speed-up/\"/>")
                .contains("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://faq.example.org/zh/q/speed-up/\"/>");
        assertThat(site.page("en/404.html").select("main h1").text()).isEqualTo("Page not found");
    }

    @Test
    void anUntranslatedPageShowsTheOriginalMarkedWithItsLanguageAndSaysSo() {
        TestSite site = site(Map.of("zh/training.md", ZH)).buildOk();

        Document en = site.page("en/q/overfitting/index.html");
        assertThat(en.select("html").attr("lang")).isEqualTo("en");
        assertThat(en.select("article.question").attr("lang")).isEqualTo("zh-Hans");
        assertThat(en.select("h1").text()).isEqualTo("什么是过拟合？");
        assertThat(en.select(".notice--missing").text()).contains("has not been translated into English yet");
        String contribute = en.select(".notice--missing a").attr("href");
        assertThat(site.page(site.out().relativize(site.linkTarget("en/q/overfitting/index.html", contribute)).toString())
                .select("h1").text()).isEqualTo("How to contribute a translation");
        assertThat(en.select("nav.site-nav").text()).contains("Home");
        assertThat(site.stderr()).contains("zh/training.md:1:1: warning: no en translation of this document");
        JsonNode translations = site.report().get("translations").get(0);
        assertThat(translations.get("missing").asInt()).isEqualTo(2);
        assertThat(translations.get("items").get(0).get("sourceVersion").asText()).isEqualTo(version("overfitting"));
    }

    @Test
    void aTranslationOfAnOlderSourceIsMarkedStaleAndFailsStrictCheck() {
        TestSite site = site(Map.of("zh/training.md", ZH,
                "en/training.md", english("0badc0de", version("speed-up")))).buildOk();

        assertThat(site.page("en/q/overfitting/index.html").select(".notice--stale").text())
                .contains("may be out of date");
        assertThat(site.page("en/q/speed-up/index.html").select(".notice")).isEmpty();
        assertThat(site.stderr()).contains("en/training.md:5:1: warning: translation of 'overfitting' may be out of date")
                .contains("source-version=" + version("overfitting"));
        assertThat(site.stdout()).contains("translations (en): 1 of 2 translated, 1 stale, 0 missing");
        assertThat(site.page("en/maintainers/translations/index.html").select("tr.status-stale").text())
                .contains("overfitting", version("overfitting"), "0badc0de");

        site.check();
        assertThat(site.exitCode()).isZero();
        TestSite.CliRun strict = TestSite.run("check", "--strict", "--content", site.content().toString());
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.stderr()).contains("en/training.md:5:1: error: translation of 'overfitting' may be out of date");
    }

    @Test
    void anEnglishOnlyDocumentGetsChinesePagesThatShowTheEnglishOriginal() {
        String english = """
                ---
                title: "Hiring"
                ---

                ### 1. How do we hire researchers? {#hiring}

                **Answer:** Publish open problems and invite candidates to work on them.
                """;
        TestSite site = site(Map.of("zh/training.md", ZH, "en/hiring.md", english)).buildOk();

        Document zh = site.page("zh/q/hiring/index.html");
        assertThat(zh.select("html").attr("lang")).isEqualTo("zh-Hans");
        assertThat(zh.select("article.question").attr("lang")).isEqualTo("en");
        assertThat(zh.select(".notice--missing").text()).contains("本页尚未翻译成中文");
        assertThat(site.page("en/q/hiring/index.html").select(".notice")).isEmpty();
        assertThat(site.page("zh/docs/hiring/index.html").select("h1").text()).isEqualTo("Hiring");
    }

    @Test
    void aTranslatedQuestionWhoseIdIsNotInItsSourceIsAClearError() {
        String english = english(version("overfitting"), version("speed-up")).replace("{#speed-up", "{#speedup");
        TestSite site = site(Map.of("zh/training.md", ZH, "en/training.md", english)).build();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("en/training.md:9:1: error: question 'speedup' has no counterpart in zh/training.md")
                .contains("overfitting, speed-up");
    }

    @Test
    void theRootPageOffersEveryLanguageWithoutJavaScript() {
        TestSite site = site(Map.of("zh/training.md", ZH)).buildOk();

        Document root = site.page("index.html");
        assertThat(root.select("main a[data-language]").eachAttr("href")).containsExactly("zh/", "en/");
        assertThat(root.select("main a[data-language]").eachText())
                .containsExactly("中文 测试问答", "English Test FAQ");
        assertThat(root.select("meta[http-equiv=refresh]")).isEmpty();
    }
}
