package dev.faqsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.diagnostic.Diagnostic;
import dev.faqsite.diagnostic.GitHubAnnotations;
import dev.faqsite.diagnostic.Severity;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links between questions and documents, the link check, and how problems are reported. */
class ContributorChecksTest {
    @TempDir
    Path temp;

    private static final String TARGET = """
            ---
            title: "目标"
            slug: target
            ---

            ### 1. 什么是过拟合？ {#overfitting}

            **答案：** 模型记住了噪声。
            """;

    private static String linking(String links) {
        return """
                ---
                title: "链接"
                slug: linking
                ---

                ### 1. 如何避免？ {#avoid}

                **答案：** %s
                """.formatted(links);
    }

    @Test
    void questionAndDocumentLinksBecomeWorkingRelativeUrls() {
        TestSite site = TestSite.zh(temp, Map.of("target.md", TARGET,
                "linking.md", linking("见 [过拟合](q:overfitting)、[答案部分](q:overfitting#答案) 和 [文档](doc:target)。")))
                .buildOk();

        var links = site.page("zh/q/avoid/index.html").select(".part--answer p a");
        assertThat(links.eachAttr("href")).containsExactly("../overfitting/", "../overfitting/#h-答案",
                "../../docs/target/");
        links.forEach(link -> assertThat(site.linkTarget("zh/q/avoid/index.html", link.attr("href"))).isRegularFile());
        assertThat(links.eachAttr("data-source")).as("source positions are removed").isEmpty();
    }

    @Test
    void aLinkToAMissingQuestionIsAnErrorAtItsLine() {
        TestSite site = TestSite.zh(temp, Map.of("target.md", TARGET,
                "linking.md", linking("见 [不存在](q:no-such-question)。"))).build();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("zh/linking.md:8:1: error: broken link '../no-such-question/': no such page")
                .contains("q:question-id");
        assertThat(site.out()).doesNotExist();
    }

    @Test
    void aLinkToAMissingFragmentIsAnError() {
        TestSite site = TestSite.zh(temp, Map.of("target.md", TARGET,
                "linking.md", linking("见 [某节](q:overfitting#no-such-section)。"))).build();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("zh/linking.md:8:1: error: broken link '../overfitting/#h-no-such-section': "
                + "no element with id 'h-no-such-section'");
    }

    @Test
    void aRelativeLinkToAFileThatDoesNotExistIsAnError() {
        TestSite site = TestSite.zh(temp, Map.of("linking.md", linking("见 [旧页面](/zh/old-page/)。"))).build();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("zh/linking.md:8:1: error: broken link");
    }

    @Test
    void githubAnnotationsCarryFileLineAndEscapedMessage() {
        Diagnostic diagnostic = new Diagnostic(Severity.ERROR, "zh/a.md", 12, 3, "bad: 100% wrong, really",
                "fix it\nnow");

        assertThat(GitHubAnnotations.format(diagnostic, "content/"))
                .isEqualTo("::error file=content/zh/a.md,line=12,col=3,title=faq-site::bad: 100%25 wrong, really%0Afix it%0Anow");
        assertThat(GitHubAnnotations.format(Diagnostic.warning("", 0, "no config", ""), ""))
                .isEqualTo("::warning title=faq-site::no config");
        assertThat(GitHubAnnotations.enabled(Map.of("GITHUB_ACTIONS", "true"))).isTrue();
        assertThat(GitHubAnnotations.enabled(Map.of())).isFalse();
    }

    @Test
    void checkReportsEveryProblemAsPathLineColumnSeverityMessageAndHint() {
        TestSite site = TestSite.zh(temp, Map.of("a.md", """
                ---
                title: "甲"
                colour: red
                ---

                ### 1. 没有答案？ {#no-answer}

                **题目：** 这里没有答案吗？
                """)).check();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).containsPattern("zh/a\\.md:3:1: error: unknown key 'colour'\\n  hint: ")
                .containsPattern("zh/a\\.md:6:1: error: question has no answer\\n  hint: ");
    }

    @Test
    void documentsInAFolderThatIsNotALanguageAreReportedNotSilentlyDropped() {
        TestSite site = TestSite.zh(temp, Map.of("target.md", TARGET)).write("drafts/later.md", TARGET).check();

        assertThat(site.exitCode()).isZero();
        assertThat(site.stderr()).contains("drafts/: warning: folder 'drafts' is not a language of the site");
    }
}
