package dev.faqsite.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader meets on phone and desktop, light and dark: the whole document with its table of contents, the
 * theme toggle, the copy button of code, the 404 page in the reader's language, and no accessibility violation.
 */
class ReaderBrowserIT {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Browser.NewContextOptions PHONE = new Browser.NewContextOptions()
            .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true);
    private static final Browser.NewContextOptions DESKTOP = new Browser.NewContextOptions()
            .setViewportSize(1366, 900);

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
                editUrl: https://git.example.org/faq/edit/main/content/
                languages:
                  - {code: zh, htmlLang: zh-Hans, name: 中文, title: 测试问答, description: 测试用的问答站点。}
                  - {code: en, htmlLang: en, name: English, title: Test FAQ, description: A site for tests.}
                """);
        Files.writeString(content.resolve("zh/training.md"), """
                ---
                title: 模型训练
                description: 训练大模型的常见问题。
                ---

                本文介绍训练中最常见的问题。

                ### 1. 什么是过拟合？ {#overfitting}

                **题目：** 在训练大模型时，什么是过拟合？

                **答案：** 模型记住了训练数据的噪声。

                ### 2. 如何加速训练？ {#speed-up}

                **答案：** 使用混合精度和分布式训练。

                **代码：**

                ```python
                import torch
                scaler = torch.cuda.amp.GradScaler()  # 混合精度
                ```

                ### 3. 如何选择学习率？ {#learning-rate}

                **答案：** 从较小的学习率开始，观察损失曲线。

                ## 结语

                训练需要耐心。
                """);
        Files.writeString(content.resolve("zh/deploy.md"), """
                ---
                title: 模型部署
                ---

                ### 1. 如何部署模型？ {#deploy}

                **答案：** 使用推理服务器。
                """);
        Files.writeString(content.resolve("en/training.md"), """
                ---
                title: Model training
                ---

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
    void theDocumentPageShowsEveryQuestionWithItsAnswerAndATableOfContentsThatJumpsToThem() {
        try (BrowserContext context = served.browser().newContext(DESKTOP)) {
            Page page = context.newPage();
            page.navigate(served.url("/zh/docs/training/"));

            assertThat(page.locator("main")).containsText("本文介绍训练中最常见的问题。");
            assertThat(page.locator(".document-question h2 > a:not(.heading-anchor)"))
                    .hasText(new String[] {"什么是过拟合？", "如何加速训练？", "如何选择学习率？"});
            assertThat(page.locator(".document-question").nth(0)).containsText("模型记住了训练数据的噪声。");
            assertThat(page.locator("main")).containsText("训练需要耐心。");
            assertThat(page.locator(".toc--inline")).isHidden();

            page.locator(".toc--side a", new Page.LocatorOptions().setHasText("如何选择学习率")).click();

            assertThat(page).hasURL(Pattern.compile(".*#q-learning-rate$"));
            double headerBottom = page.locator(".site-header").boundingBox().height;
            assertThat(page.locator("#q-learning-rate")).isInViewport();
            assertThat(page.locator("#q-learning-rate").boundingBox().y)
                    .as("the heading is not hidden under the sticky header").isGreaterThanOrEqualTo(headerBottom);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("reader-document-desktop.png")));
        }
    }

    @Test
    void onAPhoneTheTableOfContentsIsFoldedAboveTheTextAndTheHeaderStaysCompactAndInView() {
        try (BrowserContext context = served.browser().newContext(PHONE)) {
            Page page = context.newPage();
            page.navigate(served.url("/zh/docs/training/"));

            assertThat(page.locator(".toc--side")).isHidden();
            assertThat(page.locator(".toc--inline a").first()).isHidden();
            page.locator(".toc--inline summary").click();
            page.locator(".toc--inline a", new Page.LocatorOptions().setHasText("如何加速训练")).click();

            assertThat(page).hasURL(Pattern.compile(".*#q-speed-up$"));
            assertThat(page.locator(".site-header").boundingBox().height).isLessThanOrEqualTo(64);
            assertThat(page.locator(".site-header").boundingBox().y).as("sticky header after scrolling").isZero();
            assertThat(page.locator("#site-search-input")).isInViewport();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("reader-document-phone.png")));
        }
    }

    @Test
    void theThemeToggleCyclesSystemLightDarkAndTheChoiceAppliesBeforeAnyDeferredScriptOnTheNextPage() {
        try (BrowserContext context = served.browser().newContext(DESKTOP.setColorScheme(ColorScheme.LIGHT))) {
            Page page = context.newPage();
            page.navigate(served.url("/zh/q/overfitting/"));
            String light = background(page);
            assertThat(page.locator("[data-theme-toggle]")).hasAttribute("data-mode", "system");

            page.locator("[data-theme-toggle]").click();
            assertThat(page.locator("html")).hasAttribute("data-theme", "light");
            page.locator("[data-theme-toggle]").click();
            assertThat(page.locator("html")).hasAttribute("data-theme", "dark");
            assertThat(page.locator("[data-theme-toggle]")).hasAttribute("aria-label", Pattern.compile("深色"));
            String dark = background(page);
            assertThat(dark).isNotEqualTo(light);

            // Without site.js only the inline script in <head> can apply the choice: it does, before painting.
            page.route("**/assets/site.js", route -> route.abort());
            page.navigate(served.url("/en/docs/training/"));
            assertThat(background(page)).isEqualTo(dark);
            page.unrouteAll();

            page.navigate(served.url("/en/docs/training/"));
            page.locator("[data-theme-toggle]").click();
            assertThat(page.locator("html")).not().hasAttribute("data-theme", Pattern.compile(".*"));
            assertThat(background(page)).isEqualTo(light);
        } finally {
            DESKTOP.setColorScheme(null);
        }
    }

    @Test
    void aCodeBlockIsHighlightedWithoutScriptAndItsCopyButtonCopiesTheCode() {
        try (BrowserContext context = served.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 900).setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(served.url("/zh/q/speed-up/"));
            assertThat(page.locator("pre code .tok-keyword").first()).hasText("import");
            assertThat(page.locator(".code-block__language")).hasText("python");
            assertThat(page.locator(".code-block__copy")).hasCount(0);
            assertThat(page.locator("[data-theme-toggle]")).isHidden();
        }
        try (BrowserContext context = served.browser().newContext(DESKTOP)) {
            context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
            Page page = context.newPage();
            page.navigate(served.url("/zh/q/speed-up/"));
            page.locator(".code-block__copy").click();
            assertThat(page.locator(".code-block__copy")).hasText("已复制");
            Object copied = page.evaluate("() => navigator.clipboard.readText()");
            assertThat(copied).isEqualTo("import torch\nscaler = torch.cuda.amp.GradScaler()  # 混合精度\n");
        }
    }

    @Test
    void aMissingPageAnswersInTheLanguageOfItsAddressWithSearchAndTopQuestions() {
        try (BrowserContext context = served.browser().newContext(PHONE.setLocale("zh-CN"))) {
            Page page = context.newPage();
            page.navigate(served.url("/en/no-such-question/"));
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            Locator english = page.locator("main article[lang=en]");
            Locator chinese = page.locator("main article[lang=zh-Hans]");
            assertThat(english.boundingBox().y).as("English first").isLessThan(chinese.boundingBox().y);
            assertThat(english.locator("h1")).hasText("Page not found");
            english.locator("input[type=search]").fill("overfitting");
            english.locator("input[type=search]").press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*/en/search/\\?q=overfitting$"));

            page.navigate(served.url("/zh/missing/"));
            assertThat(page.locator("html")).hasAttribute("lang", "zh-Hans");
            assertThat(chinese.boundingBox().y).as("Chinese first").isLessThan(english.boundingBox().y);
            assertThat(chinese.locator(".link-list a").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("reader-404-phone.png")));
        } finally {
            PHONE.setLocale(null);
        }
    }

    @Test
    void everyPageTypeHasNoAccessibilityViolationInLightOrDark() {
        List<String> pages = List.of("/zh/", "/zh/docs/training/", "/zh/q/overfitting/", "/zh/q/speed-up/",
                "/zh/search/?q=训练", "/zh/404.html", "/en/", "/en/docs/training/", "/en/q/overfitting/",
                "/en/q/speed-up/", "/en/search/?q=training", "/en/404.html", "/404.html");
        List<String> problems = new ArrayList<>();
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            for (Browser.NewContextOptions device : List.of(PHONE, DESKTOP)) {
                try (BrowserContext context = served.browser().newContext(device.setColorScheme(scheme))) {
                    Page page = context.newPage();
                    List<String> console = new ArrayList<>();
                    page.onConsoleMessage(m -> {
                        if (m.type().equals("error")) {
                            console.add(m.text());
                        }
                    });
                    for (String url : pages) {
                        page.navigate(served.url(url));
                        page.waitForLoadState();
                        AxeResults results = new AxeBuilder(page).analyze();
                        for (Rule violation : results.getViolations()) {
                            problems.add(scheme + " " + url + ": " + violation.getId() + " " + violation.getNodes()
                                    .stream().map(n -> n.getTarget().toString()).limit(3).toList());
                        }
                    }
                    // A missing page is answered with status 404, which Chromium logs; nothing else may fail.
                    console.removeIf(text -> text.contains("404"));
                    problems.addAll(console.stream().map(text -> scheme + " console: " + text).toList());
                } finally {
                    device.setColorScheme(null);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static String background(Page page) {
        return (String) page.evaluate("() => getComputedStyle(document.body).backgroundColor");
    }
}
