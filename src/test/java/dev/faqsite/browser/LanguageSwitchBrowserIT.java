package dev.faqsite.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader switches language on a question page and lands on the same question; the root page forwards. */
class LanguageSwitchBrowserIT {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path temp;

    private static ServedSite served;

    @BeforeAll
    static void buildAndServe() throws Exception {
        Path content = temp.resolve("content");
        Files.createDirectories(content.resolve("zh"));
        Files.createDirectories(content.resolve("en"));
        Files.writeString(content.resolve("site.yaml"), """
                baseUrl: https://faq.example.org/
                defaultLanguage: zh
                languages:
                  - {code: zh, htmlLang: zh-Hans, name: 中文, title: 测试问答}
                  - {code: en, htmlLang: en, name: English, title: Test FAQ}
                """);
        Files.writeString(content.resolve("zh/training.md"), """
                ### 1. 什么是过拟合？ {#overfitting}

                **答案：** 模型记住了训练数据的噪声。

                ### 2. 如何加速训练？ {#speed-up}

                **答案：** 使用混合精度和分布式训练。
                """);
        Files.writeString(content.resolve("en/training.md"), """
                ### 1. What is overfitting? {#overfitting}

                **Answer:** The model memorises the noise in its training data.
                """);
        served = ServedSite.build(content, temp.resolve("site"));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void switchingLanguageOnAQuestionLandsOnTheSameQuestionAndIsRemembered() {
        try (BrowserContext context = served.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = context.newPage();
            page.navigate(served.url("/zh/q/overfitting/"));
            assertThat(page.locator("h1")).hasText("什么是过拟合？");

            page.locator(".language-switcher a[hreflang=en]").click();

            assertThat(page).hasURL(Pattern.compile(".*/en/q/overfitting/$"));
            assertThat(page.locator("h1")).hasText("What is overfitting?");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("en-question.png")).setFullPage(true));

            page.navigate(served.url("/"));
            assertThat(page).hasURL(Pattern.compile(".*/en/$"));
        }
    }

    @Test
    void anUntranslatedQuestionSaysSoInTheReadersLanguage() {
        try (BrowserContext context = served.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(served.url("/en/q/speed-up/"));
            assertThat(page.locator(".notice--missing")).containsText("has not been translated into English yet");
            assertThat(page.locator("article.question")).hasAttribute("lang", "zh-Hans");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("en-fallback.png")).setFullPage(true));
        }
    }

    @Test
    void theRootPageForwardsToTheFirstOfTheReadersLanguagesThatTheSiteHas() {
        for (String[] expectation : new String[][] {{"en-US", "/en/"}, {"zh-CN", "/zh/"}, {"fr-FR", "/zh/"}}) {
            try (BrowserContext context = served.browser().newContext(new Browser.NewContextOptions().setLocale(expectation[0]))) {
                Page page = context.newPage();
                page.navigate(served.url("/"));
                assertThat(page).hasURL(Pattern.compile(".*" + expectation[1] + "$"));
            }
        }
    }
}
