package dev.faqsite.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.pipeline.TestSite;
import dev.faqsite.pipeline.TestSite.CliRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a contributor sees when the content or the command line is wrong: exit code 1 (content) or 2 (usage),
 * every problem named as file:line, and the previously published site left exactly as it was.
 */
class BuildErrorsTest {

    private static final String GOOD = """
            ---
            title: "好文档"
            slug: good
            ---

            ### 1. 第一个问题 {#first}

            **题目：** 什么是大模型？

            **答案：** 参数很多的模型。
            """;

    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    @TempDir
    Path temp;

    private TestSite site;
    private Map<String, String> publishedSite;

    @BeforeEach
    void publishAGoodSite() {
        site = TestSite.zh(temp, Map.of("good.md", GOOD)).buildOk();
        publishedSite = TestSite.files(site.out());
        assertThat(publishedSite).containsKey("zh/q/first/index.html");
    }

    /** Rebuilds after the change; asserts exit code 1 and an untouched site; returns stderr. */
    private String failedRebuild() {
        List<String> besideTheSite = siblingsOfOutput();
        site.build();
        assertThat(site.exitCode()).as("exit code; stderr:%n%s", site.stderr()).isEqualTo(1);
        assertThat(TestSite.files(site.out())).as("previously published site").isEqualTo(publishedSite);
        assertThat(siblingsOfOutput()).as("no staging folders left behind").isEqualTo(besideTheSite);
        assertThat(site.stdout()).doesNotContain("Built ");
        return site.stderr();
    }

    private List<String> siblingsOfOutput() {
        try (Stream<Path> entries = Files.list(site.out().getParent())) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- content errors ----

    @Test
    void unclosedFrontMatterIsReportedOnItsFirstLine() {
        site.write("zh/broken.md", """
                ---
                title: "没有结尾"

                ### 1. 问题 {#q}

                **答案：** 答。
                """);

        assertThat(failedRebuild()).contains("zh/broken.md:1:", "front matter is not closed");
    }

    @Test
    void invalidYamlInFrontMatterIsReportedOnItsLine() {
        site.write("zh/broken.md", """
                ---
                title: "标题"
                slug: a: b
                ---

                ### 1. 问题 {#q}

                **答案：** 答。
                """);

        assertThat(failedRebuild()).contains("zh/broken.md:3:", "invalid YAML");
    }

    @Test
    void unknownFrontMatterKeyIsReportedOnItsLine() {
        site.write("zh/broken.md", """
                ---
                title: "标题"
                tags: 创业
                slug: broken
                ---

                ### 1. 问题 {#q}

                **答案：** 答。
                """);

        assertThat(failedRebuild()).contains("zh/broken.md:3:", "unknown key 'tags'");
    }

    @Test
    void unknownKeyInSiteYamlIsReportedOnItsLine() {
        site.write("site.yaml", "colour: red\n" + TestSite.SITE_YAML);

        assertThat(failedRebuild()).contains("site.yaml:1:", "unknown key 'colour'");
    }

    @Test
    void duplicateQuestionIdsInTwoFilesNameBothLocations() {
        site.write("zh/other.md", """
                ---
                title: "另一个文档"
                slug: other
                ---

                ### 1. 另一个问题 {#first}

                **答案：** 另一个答案。
                """);

        String stderr = failedRebuild();

        assertThat(stderr).contains("zh/other.md:6:", "duplicate question id 'first'", "zh/good.md:6");
    }

    @Test
    void questionWithTextButNoAnswerIsAnError() {
        site.write("zh/broken.md", """
                ---
                title: "缺答案"
                slug: broken
                ---

                ### 1. 没有答案的问题 {#no-answer}

                **题目：** 这个问题的答案在哪里？

                ### 2. 有答案的问题 {#has-answer}

                **答案：** 在这里。
                """);

        assertThat(failedRebuild()).contains("zh/broken.md:6:", "question has no answer");
    }

    @Test
    void invalidUtf8IsReportedOnTheLineOfTheFirstBadByte() {
        byte[] head = "---\ntitle: x\nab".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "cd\n---\n\n### 1. 问题 {#q}\n\n**答案：** 答。\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, bytes, head.length + 2, tail.length);
        site.writeBytes("zh/latin1.md", bytes);

        assertThat(failedRebuild()).contains("zh/latin1.md:3:", "not valid UTF-8");
    }

    @Test
    void everyProblemInEveryFileIsReportedInOneRun() {
        site.write("zh/a-unclosed.md", "---\ntitle: x\n\n### 1. 问题 {#a}\n\n**答案：** 答。\n");
        site.write("zh/b-no-answer.md", "---\ntitle: y\nslug: b\n---\n\n### 1. 问题 {#b}\n\n**题目：** 答案呢？\n");
        site.write("zh/c-bad-key.md", "---\ntitle: z\ncolour: red\n---\n\n### 1. 问题 {#c}\n\n**答案：** 答。\n");

        String stderr = failedRebuild();

        assertThat(stderr).contains(
                "zh/a-unclosed.md:1:", "front matter is not closed",
                "zh/b-no-answer.md:6:", "question has no answer",
                "zh/c-bad-key.md:3:", "unknown key 'colour'",
                "3 error(s)");
    }

    // ---- usage errors ----

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = TestSite.run("build", "--colour", "red");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("Unknown option", "--colour");
    }

    @Test
    void contentFolderThatDoesNotExistIsAUsageError() {
        Path missing = temp.resolve("no-such-content");

        CliRun run = TestSite.run("build", "--content", missing.toString(), "--out", temp.resolve("out2").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("--content", "no-such-content", "no such folder");
        assertThat(temp.resolve("out2")).doesNotExist();
    }

    @Test
    void checkWithAContentFolderThatDoesNotExistIsAUsageError() {
        CliRun run = TestSite.run("check", "--content", temp.resolve("no-such-content").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("no such folder");
    }

    @Test
    void baseUrlThatIsNotAUrlIsAUsageError() {
        site.build("--base-url", "not a url");

        assertThat(site.exitCode()).isEqualTo(2);
        assertThat(site.stderr()).contains("--base-url", "not an absolute http(s) URL");
        assertThat(TestSite.files(site.out())).isEqualTo(publishedSite);
    }

    @ParameterizedTest
    @ValueSource(strings = {"content", "."})
    void outputFolderThatHoldsTheContentIsRefusedAndTheContentKept(String outRelativeToRoot) {
        Map<String, String> content = TestSite.files(site.content());
        Path out = site.root().resolve(outRelativeToRoot).normalize();

        site.buildInto(out);

        assertThat(site.exitCode()).as("stdout: %s", site.stdout()).isEqualTo(2);
        assertThat(site.stderr()).contains("--out");
        assertThat(TestSite.files(site.content())).as("the content folder").isEqualTo(content);
    }

    @Test
    void nonEmptyFolderNotWrittenByFaqSiteIsNotReplaced() throws IOException {
        Path foreign = temp.resolve("somebody-elses-folder");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "keep me");

        site.buildInto(foreign);

        assertThat(site.exitCode()).isEqualTo(2);
        assertThat(site.stderr()).contains("--out", "was not written by faq-site");
        assertThat(foreign.resolve("notes.txt")).hasContent("keep me");
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "check"})
    void helpExplainsTheCommandAndSucceeds(String command) {
        CliRun run = TestSite.run(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).contains("Usage:", command, "--content");
    }

    // ---- check ----

    @Test
    void checkOnValidContentSucceedsAndWritesNothing() {
        Map<String, String> before = TestSite.files(temp);

        site.check();

        assertThat(site.exitCode()).as(site.stderr()).isZero();
        assertThat(site.stdout()).contains("No errors");
        assertThat(TestSite.files(temp)).isEqualTo(before);
    }

    @Test
    void checkReportsContentErrorsWithExitCodeOne() {
        site.write("zh/broken.md", "---\ntitle: x\n");

        site.check();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("zh/broken.md:1:", "front matter is not closed");
    }

    // ---- the raw seed documents, as the maintainers first received them ----

    @Test
    void checkOnTheRawSeedFilesPassesWithAWarningForEveryDerivedId() throws IOException {
        Path seeds = copySeeds();
        Map<String, String> before = TestSite.files(temp);

        CliRun run = TestSite.run("check", "--content", seeds.toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        List<String> derived = run.stderr().lines().filter(l -> l.contains("question has no id")).toList();
        assertThat(derived).hasSize(81)
                .allMatch(l -> l.matches(".*/\\d{3}_[0-9a-f]{16}\\.txt:\\d+:\\d+: warning: question has no id; using derived id 'q-[0-9a-f]{8}(-\\d+)?'"));
        assertThat(run.stderr()).contains("hint: add {#q-");
        assertThat(TestSite.files(temp)).isEqualTo(before);
    }

    @Test
    void buildOnTheRawSeedFilesPublishesOnePagePerQuestionGroupFor81Occurrences() throws IOException {
        Path seeds = copySeeds();
        Path out = temp.resolve("seed-site");
        Path report = temp.resolve("seed-report.json");

        CliRun run = TestSite.run("build", "--content", seeds.toString(), "--out", out.toString(),
                "--templates", TestSite.TEMPLATES.toString(), "--assets", TestSite.ASSETS.toString(),
                "--report", report.toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        List<Path> questionPages;
        try (Stream<Path> dirs = Files.list(out.resolve("zh/q"))) {
            questionPages = dirs.map(d -> d.resolve("index.html")).toList();
        }
        assertThat(questionPages).hasSize(81).allMatch(Files::isRegularFile);
        long redirects = questionPages.stream().filter(BuildErrorsTest::isRedirect).count();
        var entries = new ObjectMapper().readTree(report.toFile()).get("questions");
        assertThat(entries).hasSize(81);
        java.util.Set<String> groups = new java.util.HashSet<>();
        entries.forEach(entry -> groups.add(entry.get("group").asText()));
        assertThat(questionPages.size() - redirects).as("question pages that are not redirects")
                .isEqualTo(groups.size())
                .as("at least the 7 verbatim repeats are merged").isLessThanOrEqualTo(74);
        assertThat(run.stdout()).contains("81 questions in 5 documents");
    }

    private Path copySeeds() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "seed files not available at " + SEEDS.toAbsolutePath());
        Path copy = temp.resolve("seeds");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static boolean isRedirect(Path page) {
        try {
            return !Jsoup.parse(page, "UTF-8").select("meta[http-equiv=refresh]").isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
