package dev.faqsite.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqsite.bench.SyntheticCorpus;
import dev.faqsite.diagnostic.Diagnostic;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.load.SourceFile;
import dev.faqsite.model.Question;
import dev.faqsite.pipeline.SitePipeline;
import dev.faqsite.pipeline.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents written to exhaust time or memory fail fast with a clear error, or build: size, line, nesting and
 * question limits, and inputs that were quadratic or crashed (issue #15, items 5, 8 and 9). Durations are
 * generous sanity bounds; {@link HostileInputScaling} measures the real figures.
 */
class HostileInputLimitsTest {
    /** Far above what any input below needs on a loaded machine; the point is "not minutes". */
    private static final Duration BOUND = Duration.ofSeconds(10);

    @TempDir
    Path temp;

    private static final String HEAD = "---\ntitle: \"甲\"\nslug: a\n---\n\n";
    private static final String QUESTION = "### 1. 什么是过拟合？ {#overfitting}\n\n**答案：** 模型记住了噪声。\n";

    private record Timed(TestSite site, Duration took) {
    }

    private Timed check(Map<String, String> documents) {
        TestSite site = TestSite.zh(temp, documents);
        long start = System.nanoTime();
        site.check();
        return new Timed(site, Duration.ofNanos(System.nanoTime() - start));
    }

    @Test
    void aDocumentOverTheSizeLimitIsAnErrorWithAHintAndIsNotParsed() {
        String line = "模型记住了噪声，所以在新数据上表现不好。".repeat(10) + "\n";
        String big = HEAD + QUESTION + line.repeat(2_000_000 / line.length());

        Timed run = check(Map.of("a.md", big));

        assertThat(run.site().exitCode()).isEqualTo(1);
        assertThat(run.site().stderr())
                .containsPattern("zh/a.md:1:1: error: the document is [0-9,]+ bytes, which exceeds the limit of "
                        + "2,000,000 bytes")
                .contains("hint: split it into several documents")
                .doesNotContain("question has no id");
        assertThat(run.took()).isLessThan(BOUND);
    }

    @Test
    void aLineOverTheLengthLimitIsReportedAtItsLine() {
        Timed run = check(Map.of("a.md", HEAD + QUESTION + "\n" + "长".repeat(20_001) + "\n"));

        assertThat(run.site().exitCode()).isEqualTo(1);
        assertThat(run.site().stderr())
                .contains("zh/a.md:10:1: error: line is 20,001 characters long, which exceeds the limit of 20,000")
                .contains("hint: break it into shorter lines");
    }

    @Test
    void aLineExactlyAtTheLimitIsAccepted() {
        Timed run = check(Map.of("a.md", HEAD + QUESTION + "\n" + "长".repeat(20_000) + "\r\n"));

        assertThat(run.site().exitCode()).as(run.site().stderr()).isZero();
    }

    @Test
    void manyOverlongLinesAreCountedNotListedOneByOne() {
        String longLine = "x".repeat(20_001) + "\n";
        Timed run = check(Map.of("a.md", HEAD + QUESTION + longLine.repeat(40)));

        assertThat(run.site().stderr().lines().filter(l -> l.contains("characters long"))).hasSize(5);
        assertThat(run.site().stderr()).contains("zh/a.md:1:1: error: 35 more lines are longer than 20,000 characters");
    }

    @Test
    void everyDocumentOverALimitIsReportedInOneRun() {
        Map<String, String> documents = new LinkedHashMap<>();
        documents.put("big.md", HEAD.replace("slug: a", "slug: big") + QUESTION + "x\n".repeat(1_000_001));
        documents.put("deep.md", HEAD.replace("slug: a", "slug: deep") + QUESTION + "\n" + "> ".repeat(100) + "x\n");
        documents.put("many.md", HEAD.replace("slug: a", "slug: many") + questions(1_001));
        documents.put("wide.md", HEAD.replace("slug: a", "slug: wide") + QUESTION + "y".repeat(30_000) + "\n");

        Timed run = check(documents);

        assertThat(run.site().exitCode()).isEqualTo(1);
        assertThat(run.site().stderr())
                .containsPattern("zh/big.md:1:1: error: the document is 2,000,[0-9]{3} bytes")
                .contains("zh/deep.md:10:1: error: the document is nested too deeply to read: more than 32 levels")
                .contains("zh/many.md:" + (6 + 3 * 1_000) + ":1: error: the document has 1,001 questions, which "
                        + "exceeds the limit of 1,000")
                .contains("zh/wide.md:9:1: error: line is 30,000 characters long");
        assertThat(run.took()).isLessThan(BOUND);
    }

    @Test
    void exactlyTheMaximumNumberOfQuestionsBuilds() {
        Timed run = check(Map.of("a.md", HEAD + questions(1_000)));

        assertThat(run.site().exitCode()).as(run.site().stderr()).isZero();
    }

    /** Deep structures, each under the line and size limits; each was seconds to minutes or a stack overflow. */
    static Stream<String> tooDeep() {
        StringBuilder indented = new StringBuilder();
        for (int level = 0; level < 1_000; level++) {
            indented.append("  ".repeat(level)).append("- x\n");
        }
        return Stream.of(
                "- ".repeat(9_000) + "x\n" + "y\n".repeat(100_000),
                ">".repeat(19_000) + " x\n" + "y\n".repeat(100_000),
                "1. ".repeat(6_000) + "x\n",
                "> - ".repeat(4_000) + "x\n",
                indented.toString(),
                HostileInputs.wrapped("*a _", 5_000, 2_000) + "x" + HostileInputs.wrapped("_ a*", 5_000, 2_000),
                HostileInputs.wrapped("![a", 5_000, 2_000) + "x" + HostileInputs.wrapped("](b)", 5_000, 2_000));
    }

    @ParameterizedTest
    @MethodSource("tooDeep")
    void deepNestingFailsFastAtTheLineWhereItGoesTooDeep(String nested) {
        Timed run = check(Map.of("a.md", HEAD + QUESTION + "\n" + nested));

        assertThat(run.site().exitCode()).isEqualTo(1);
        assertThat(run.site().stderr()).containsPattern("zh/a.md:[1-4][0-9]:1: error: the document is nested too deeply")
                .contains("hint: reduce the nesting")
                .doesNotContain("StackOverflowError");
        assertThat(run.took()).isLessThan(BOUND);
    }

    @Test
    void nestingJustWithinTheLimitBuildsAndKeepsItsStructure() {
        // 30 list levels + the paragraph + its text: 32 levels.
        TestSite site = TestSite.zh(temp, Map.of("a.md", HEAD + QUESTION + "\n" + "- ".repeat(30) + "深处\n"))
                .buildOk();

        assertThat(site.page("zh/q/overfitting/index.html").select("li li li li li li li li li li").text())
                .contains("深处");
    }

    @Test
    void aHeadingWithThousandsOfSpacesBeforeItsIdKeepsTheId() {
        Timed run = check(Map.of("a.md", HEAD + "### 1. 什么是" + " ".repeat(19_000) + "过拟合？ {#overfitting}\n\n"
                + "**答案：** 模型记住了噪声。\n"));

        assertThat(run.site().exitCode()).as(run.site().stderr()).isZero();
        assertThat(run.site().stdout() + run.site().stderr()).doesNotContain("has no id");
        assertThat(run.took()).isLessThan(BOUND);
    }

    @Test
    void aLabelOfThousandsOfDigitsIsOrdinaryTextFoundQuickly() {
        Timed run = check(Map.of("a.md", HEAD + "### 1. 问题 {#q1}\n\n**题目" + "1".repeat(19_000) + "x：** 问题\n\n"
                + "**答案：** 回答。\n"));

        assertThat(run.site().exitCode()).as(run.site().stderr()).isZero();
        assertThat(run.took()).isLessThan(BOUND);
    }

    @Test
    void repeatedNumberingInQuestionsHeadingsAndLinksIsNoCrash() {
        Timed run = check(Map.of(
                "a.md", HEAD + "### 1. 问题 {#q1}\n\n**题目：** " + "1.".repeat(9_000) + "\n\n**答案：** 回答。\n",
                "b.md", HEAD.replace("slug: a", "slug: b") + "### " + "1.".repeat(9_000) + " 问题？ {#q2}\n\n"
                        + "**答案：** 见 [甲](q:" + "a-".repeat(9_000) + "a)。\n",
                "c.md", HEAD.replace("slug: a", "slug: c") + "### 1. 问题 {#q3" + " not-duplicate-of=q1".repeat(900)
                        + "}\n\n**答案：** 回答。\n"));

        assertThat(run.site().exitCode()).as(run.site().stderr()).isZero();
        assertThat(run.site().stderr()).doesNotContain("StackOverflowError").doesNotContain("nested too deeply");
        assertThat(run.took()).isLessThan(BOUND);
    }

    @Test
    void aThousandCopiesOfOneQuestionShareOnePageAndTheReportsStayLinear() throws Exception {
        StringBuilder copies = new StringBuilder(HEAD);
        for (int i = 0; i < 1_000; i++) {
            copies.append("### 1. 什么是过拟合？ {#q").append(i).append("}\n\n**答案：** 模型记住了噪声。\n\n");
        }
        TestSite site = TestSite.zh(temp, Map.of("a.md", copies.toString()));
        long start = System.nanoTime();
        site.buildOk();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        JsonNode group = site.report().get("groups").get(0);
        assertThat(group.get("rule").asText()).isEqualTo("identical-text");
        assertThat(group.get("members")).hasSize(1_000);
        assertThat(group.get("pairs")).hasSize(999);
        assertThat(group.get("pairs").get(0).get("first").asText()).isEqualTo("q0");
        // Every pair was listed before: 499,500 rows, 67 MB.
        assertThat(Files.size(site.out().resolve("zh/maintainers/dedup/index.html"))).isLessThan(1_000_000);
        assertThat(site.htmlPages()).contains("zh/q/q0/index.html", "zh/q/q999/index.html");
        assertThat(site.page("zh/q/q999/index.html").select("link[rel=canonical]").attr("href"))
                .isEqualTo(TestSite.BASE_URL + "zh/q/q0/");
        assertThat(took).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void manyEqualHeadingsGetDistinctAnchorsQuickly() {
        TestSite site = TestSite.zh(temp, Map.of("a.md", HEAD + QUESTION + "\n" + "## 小节\n\n".repeat(20_000)));
        long start = System.nanoTime();
        site.buildOk();

        List<String> ids = site.page("zh/docs/a/index.html").select("h2[id]").eachAttr("id");
        assertThat(ids).hasSizeGreaterThanOrEqualTo(20_000).doesNotHaveDuplicates()
                .contains("h-小节", "h-小节-2", "h-小节-20000");
        // Numbering each heading by counting up from 2 again took 17 s here; resuming from the last number, 4 s.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
    }

    /** The benchmark corpus stands for a real 10,000-question site: its documents must pass every limit. */
    @Test
    void theSyntheticBenchmarkCorpusStaysWithinTheLimits() {
        List<Question> seeds = new SitePipeline("test").analyseContent(Path.of("content")).paired().sources();
        Map<String, List<Question>> byDocument = SyntheticCorpus.from(seeds).generate(10_000, 42).stream()
                .collect(Collectors.groupingBy(q -> q.location().file(), LinkedHashMap::new, Collectors.toList()));
        String largest = byDocument.values().stream().map(HostileInputLimitsTest::markdown)
                .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();

        Diagnostics diagnostics = new Diagnostics();
        new DocumentParser().parse(new SourceFile("zh/synthetic.md", "zh", "synthetic", largest), diagnostics);

        assertThat(diagnostics.sorted().stream().filter(Diagnostic::isError).map(Diagnostic::format)).isEmpty();
        assertThat(byDocument.values()).allSatisfy(questions ->
                assertThat(questions.size()).isLessThanOrEqualTo(InputLimits.defaults().maxQuestionsPerDocument()));
    }

    static List<HostileInputs.Generator> hostileInputs() {
        return HostileInputs.ALL;
    }

    /** At a quarter of the attack size, to keep the suite quick; {@link HostileInputScaling} runs the full size. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInputs")
    void everyHostileInputBuildsOrFailsWithFileAndLineWithinTheBound(HostileInputs.Generator generator) {
        TestSite site = TestSite.zh(temp, Map.of("a.md", generator.document().apply(generator.attackSize() / 4)));
        long start = System.nanoTime();
        site.build();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(site.exitCode()).as(site.stderr()).isIn(0, 1);
        assertThat(site.stderr()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Error:");
        assertThat(site.stderr().lines().filter(line -> line.contains(": error: ")))
                .allSatisfy(line -> assertThat(line).containsPattern("zh/a\\.md:[0-9]+:[0-9]+: error: "));
        assertThat(took).isLessThan(BOUND);
    }

    private static String questions(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("### ").append(i + 1).append(". 问题").append(i).append("？ {#q").append(i).append("}\n\n")
                    .append("**答案：** 回答").append(i).append("。\n");
        }
        return text.toString();
    }

    /** A synthetic question set written as the markdown a contributor would commit. */
    private static String markdown(List<Question> questions) {
        StringBuilder text = new StringBuilder(HEAD);
        int number = 1;
        for (Question question : questions) {
            text.append("### ").append(number++).append(". ").append(question.heading()).append(" {#")
                    .append(question.id()).append("}\n\n**答案：** ").append(question.answerText()).append("\n\n");
        }
        return text.toString();
    }
}
