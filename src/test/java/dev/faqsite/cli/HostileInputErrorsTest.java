package dev.faqsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.diagnostic.InputTooComplexException;
import dev.faqsite.pipeline.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Hostile or merely odd input gives a clear error with file and line, or works; never a stack trace, never an
 * internal class name, never the content of a file that is not what it seems.
 */
class HostileInputErrorsTest {
    @TempDir
    Path temp;

    private static final String DOC = TestSite.ONE_QUESTION;

    private static final String BODY = DOC.substring(DOC.indexOf("###"));

    @Test
    void aSiteYamlThatIsReallyASecretIsNotPrinted() {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC))
                .write("site.yaml", "https://ci-user:ghp_SECRET0123456789@git.example.org/\n").check();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("site.yaml:1:1: error: expected a mapping of settings (key: value lines), "
                + "found a text value").doesNotContain("SECRET", "ci-user", "Cannot construct", "dev.faqsite", "Exception");
    }

    @Test
    void yamlThatIsNullMeansNoSettings() {
        TestSite site = TestSite.zh(temp, Map.of(
                "a.md", "---\n~\n---\n\n" + BODY,
                "b.md", "---\nnull\n---\n\n" + BODY.replace("overfitting", "b"),
                "c.md", "---\n# nothing to say\n---\n\n" + BODY.replace("overfitting", "c")))
                .write("site.yaml", "~\n").check();

        assertThat(site.exitCode()).as(site.stderr()).isZero();
        assertThat(site.stderr()).doesNotContain("Exception");
    }

    @Test
    void aLanguageTagOfThousandsOfSubtagsIsAClearError() {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC)).write("site.yaml",
                TestSite.SITE_YAML.replace("htmlLang: zh-Hans", "htmlLang: zh" + "-a".repeat(20_000))).check();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("site.yaml:5:1: error: htmlLang is too long (40002 characters; at most 35)")
                .doesNotContain("StackOverflowError");
    }

    @Test
    void aQuestionNumberedThousandsOfLevelsDeepIsReadNotACrash() {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC + "\n### 2. 编号 {#numbered}\n\n**题目：** "
                + "1.".repeat(5000) + "1 是什么？\n\n**答案：** 一个编号。\n")).check();

        assertThat(site.exitCode()).as(site.stderr()).isZero();
    }

    @Test
    void headingsWithLineSeparatorsAndControlCharactersBuildWithUsableAnchors() throws IOException {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC + """

                ### 2. 第二个\u2028问题\u0085好\u2029吗\u0007？ {#second}

                **答案：** 好。

                ## 小节\u2028标题\u000b
                """)).build();

        assertThat(site.exitCode()).as(site.stderr()).isZero();
        var documentPage = site.page("zh/docs/a/index.html");
        assertThat(documentPage.select("h2[id], h3[id]")).isNotEmpty().allSatisfy(heading ->
                assertThat(heading.id()).doesNotContainPattern("[\\s\\p{Z}\\p{Cc}]"));
        assertThat(site.page("zh/q/second/index.html").title()).startsWith("第二个 问题 好 吗 ？");
    }

    @Test
    void eachBrokenLinkIsReportedOnItsOwnLine() {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC.replace("**答案：** 模型记住了噪声。", """
                **答案：** 模型记住了噪声。
                见 [甲](q:missing-one)
                和
                [乙](q:missing-two) 与 <a href="/zh/q/missing-raw/">丙</a>

                - 一
                - 二 ![图](/zh/q/missing-image/x.png)
                  续 [丁](doc:missing-doc)
                """))).build();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains(
                "zh/a.md:9:1: error: broken link '../missing-one/'",
                "zh/a.md:11:1: error: broken link '../missing-two/'",
                "zh/a.md:8:1: error: broken link '../missing-raw/'",
                "zh/a.md:14:1: error: broken link '../missing-image/x.png'",
                "zh/a.md:15:1: error: broken link '../../docs/missing-doc/'");
    }

    @Test
    void aLineStampWrittenInRawHtmlIsIgnored() {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC.replace("模型记住了噪声。",
                "模型记住了噪声。\n<a href=\"/zh/q/missing/\" data-faqsite-line=\"0123456789abcdef:1\">x</a>"))).build();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("zh/a.md:8:1: error: broken link '../missing/'");
    }

    @Test
    void cutTextNeverSplitsAnEmoji() throws IOException {
        // Odd and even offsets, so that a cut by UTF-16 units would split a pair in one of them.
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC.replace("模型记住了噪声。",
                "x" + "😀".repeat(700) + "👨‍👩‍👧".repeat(100)) + "\n### 2. 表情 {#emoji}\n\n**答案：** xy"
                + "😀".repeat(700) + "\n")).buildOk();

        for (String question : new String[] {"overfitting", "emoji"}) {
            String description = site.page("zh/q/" + question + "/index.html").select("meta[name=description]")
                    .attr("content");
            assertThat(description).endsWith("😀…").hasSizeLessThanOrEqualTo(160);
        }
        Pattern surrogateEntity = Pattern.compile("&#(x0*d[89a-f][0-9a-f]{2}|0*5[5-7][0-9]{3});", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(site.out())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.toString();
                if (name.endsWith(".html")) {
                    assertThat(surrogateEntity.matcher(Files.readString(file)).find()).as(name).isFalse();
                } else if (name.endsWith(".json")) {
                    new ObjectMapper().readTree(file.toFile()).findParents("text").forEach(parent -> assertThat(
                            isWholeText(parent.get("text").asText())).as("%s: %s", name, parent).isTrue());
                }
            }
        }
    }

    /**
     * True when every surrogate in the text is half of a pair. A lone one written as UTF-8 turns into '?', which the
     * emoji text of this test does not otherwise contain.
     */
    private static boolean isWholeText(String text) {
        return text.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE)
                && !text.contains("\uFFFD") && !(text.contains("😀") && text.contains("?"));
    }

    @Test
    void runningOutOfStackInAStageIsOneLineNamingTheStage() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Failing(new InputTooComplexException("parse", new StackOverflowError())));
        commandLine.setErr(new PrintWriter(err));

        int exitCode = Main.execute(commandLine);

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: input too complex in stage 'parse' (the stack ran out); nothing "
                + "was written.").doesNotContain("\tat ", "Exception").hasLineCount(1);
    }

    @Test
    void errorsThatPicocliDoesNotHandleAreCaughtToo() {
        for (Error error : new Error[] {new StackOverflowError(), new OutOfMemoryError("Java heap space")}) {
            StringWriter err = new StringWriter();
            CommandLine commandLine = new CommandLine(new Failing(error));
            commandLine.setErr(new PrintWriter(err));

            int exitCode = Main.execute(commandLine);

            assertThat(exitCode).isEqualTo(1);
            assertThat(err.toString()).startsWith("error: input too ").doesNotContain("\tat ").hasLineCount(1);
        }
    }

    @Test
    void aGenuineBugStaysVisible() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Failing(new IllegalStateException("a bug")));
        commandLine.setErr(new PrintWriter(err));

        assertThat(Main.execute(commandLine)).isEqualTo(1);
        assertThat(err.toString()).contains("faq-site failed unexpectedly; please report this", "a bug", "\tat ");
    }

    @Test
    void ioErrorsStillGetTheirOwnMessage() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Failing(new UncheckedIOException("cannot read x",
                new IOException("disk"))));
        commandLine.setErr(new PrintWriter(err));

        assertThat(Main.execute(commandLine)).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: cannot read x");
    }

    /** A command that fails the way it is told to. */
    @Command(name = "failing")
    static final class Failing implements Callable<Integer> {
        private final Throwable failure;

        Failing(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            if (failure instanceof Error error) {
                throw error;
            }
            throw (Exception) failure;
        }
    }
}
