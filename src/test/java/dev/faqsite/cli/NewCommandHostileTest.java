package dev.faqsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.model.Question;
import dev.faqsite.pipeline.SitePipeline;
import dev.faqsite.pipeline.TestSite;
import dev.faqsite.text.PlainText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code new} command either writes content that {@code check --strict} accepts, with the title as typed, or
 * refuses with a usage error (exit 2) and changes nothing: for plain, odd and hostile titles, names and ids.
 */
class NewCommandHostileTest {
    @TempDir
    Path temp;

    private static final String DOC = TestSite.ONE_QUESTION;

    /** Pieces of titles: ordinary text, markdown, YAML and HTML syntax, and characters that break things. */
    private static final List<String> PIECES = List.of("a", "Z", "9", " ", "  ", "什么", "？", "?", "😀", "👨‍👩‍👧",
            "e\u0301", "\u200b", "\u202e", "\u00a0", "\u3000", "\t", "\n", "\r", "\u0000", "\u0085", "\u2028",
            "\u2029", "\ud800", "*", "**", "_", "`", "```", "#", "###", "{#x}", "{#", "}", "[x](q:y)", "[", "]",
            "(", ")", "<", ">", "<script>alert(1)</script>", "&amp;", "&#0;", "\\", "\"", "'", ":", ": ", "- ",
            "1. ", "> ", "|", "---", "...", "~", "!!java.lang.Runtime", "&a", "*a", "%", "@", "=", "+",
            "https://x.example/", "q:overfitting", "doc:a", "**题目：**", "**答案：**", "题目：", "![i](x.png)",
            "$", "^", "©", "ﬁ", "一、", "(3) ", "con", "\\n", "\uFEFF", "null");

    private static final List<String> NAMES = List.of("x", "005_pricing", "a", "A", "con", "CON", "nul", "lpt1",
            "com0", "y.md", "y.txt", "../x", "zh/x", "/etc/x", "-x", "_x", "x y", "名字", "a".repeat(101),
            "b".repeat(100), "x\n", "", ".", "..", "x.md.md", "Ünï", "site", "--", "x%2f", "C:x", "x\\y");

    @Test
    void newEitherWritesContentThatChecksStrictlyOrRefusesWithAUsageError() throws Exception {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC));
        String content = site.content().toString();
        // More rounds or another seed on demand: -Dfaqsite.newRounds=2000 -Dfaqsite.newSeed=7
        int rounds = Integer.getInteger("faqsite.newRounds", 90);
        Random random = new Random(Long.getLong("faqsite.newSeed", 15));
        Map<String, String> written = new LinkedHashMap<>();
        int refused = 0;
        for (int round = 0; round < rounds; round++) {
            Map<String, String> before = TestSite.files(site.content());
            String title = title(random);
            TestSite.CliRun run = switch (round % 3) {
                case 0 -> TestSite.run("new", "document", "--content", content, "--", name(random), title(random),
                        title);
                case 1 -> TestSite.run("new", "question", "--content", content, "--id",
                        random.nextBoolean() ? "overfitting" : PlainText.oneLine(title(random)), "--", "zh/a.md", title);
                default -> TestSite.run("new", "question", "--content", content, "--", "zh/a.md", title);
            };
            String what = "round " + round + ", title " + escaped(title) + "; stderr:\n" + run.stderr();

            assertThat(run.exitCode()).as(what).isIn(0, 2);
            assertThat(run.stderr()).as(what).doesNotContain("Exception", "\tat ");
            if (run.exitCode() == 2) {
                refused++;
                assertThat(run.stderr()).as(what).startsWith("error: ");
                assertThat(TestSite.files(site.content())).as(what).isEqualTo(before);
            } else {
                Matcher id = Pattern.compile("\\{#([a-z0-9-]+)}").matcher(run.stdout());
                assertThat(id.find()).as(what + run.stdout()).isTrue();
                written.put(id.group(1), title);
                TestSite.CliRun check = TestSite.run("check", "--strict", "--content", content);
                assertThat(check.exitCode()).as(what + "\ncheck:\n" + check.stderr()).isZero();
            }
        }

        assertThat(refused).as("some of the hostile input is refused").isBetween(rounds / 9, rounds * 8 / 9);
        assertThat(written).as("much of the input is written").hasSizeGreaterThan(rounds / 9);
        Map<String, String> questionTexts = new SitePipeline("test").analyseContent(site.content()).content()
                .questions().stream().collect(Collectors.toMap(Question::id, Question::questionText));
        // Plain text of a question leaves out the invisible zero-width space and soft hyphen, as jsoup's text does.
        written.forEach((id, title) -> assertThat(questionTexts.get(id))
                .as("the question {#%s} reads as typed, not as markup", id)
                .isEqualTo(PlainText.oneLine(title.replace("\u200b", "").replace("\u00ad", ""))));
    }

    @Test
    void filesThatAreNotDocumentsAreAUsageError() throws Exception {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC));
        Files.writeString(site.content().resolve("zh/x.txt"), "text");
        Files.writeString(temp.resolve("outside.md"), DOC);

        for (String document : List.of("site.yaml", "zh/x.txt", "zh/missing.md", "../outside.md",
                temp.resolve("outside.md").toString(), "zh", "zh/a.md\u0000")) {
            TestSite.CliRun run = TestSite.run("new", "question", "--content", site.content().toString(), "--",
                    document, "一个问题？");

            assertThat(run.exitCode()).as(document + ": " + run.stderr()).isEqualTo(2);
            assertThat(run.stderr()).startsWith("error: ").doesNotContain("Exception", "please report");
        }
        assertThat(Files.readString(temp.resolve("outside.md"))).isEqualTo(DOC);
    }

    @Test
    void documentNamesAreValidatedBeforeAnythingIsWritten() throws Exception {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC));
        String content = site.content().toString();

        assertThat(TestSite.run("new", "document", "--content", content, "a".repeat(300), "T", "Q?").stderr())
                .startsWith("error: NAME is too long (300 characters; at most 100)");
        assertThat(TestSite.run("new", "document", "--content", content, "aux", "T", "Q?").stderr())
                .startsWith("error: NAME 'aux' is reserved on Windows");
        assertThat(TestSite.run("new", "document", "--content", content, "../escape", "T", "Q?").stderr())
                .startsWith("error: NAME '../escape': use letters, digits, - and _");
        assertThat(TestSite.run("new", "document", "--content", content, "A", "T", "Q?").stderr())
                .startsWith("error: zh/a.md already exists");
        assertThat(TestSite.run("new", "document", "--content", content, "--lang", "../..", "b", "T", "Q?").stderr())
                .startsWith("error: --lang ../.. is not a language of the site");
        assertThat(TestSite.files(site.content())).containsOnlyKeys("site.yaml", "zh/a.md");

        TestSite.CliRun made = TestSite.run("new", "document", "--content", content, "b.md", "T", "Q?");
        assertThat(made.exitCode()).as(made.stderr()).isZero();
        assertThat(site.content().resolve("zh/b.md")).exists();
    }

    @Test
    void titlesWithQuotesBackslashesAndMarkupAreEscapedAndLineBreaksRefused() throws Exception {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC));
        String content = site.content().toString();
        String tricky = "He said \"hi\" \\ back: *not bold* [not](q:a-link) <b>x</b> {#not-an-id} # ---";

        TestSite.CliRun document = TestSite.run("new", "document", "--content", content, "b", tricky, tricky);
        TestSite.CliRun question = TestSite.run("new", "question", "--content", content, "zh/a.md", tricky);
        TestSite.CliRun twoLines = TestSite.run("new", "question", "--content", content, "zh/a.md", "one\ntwo");

        assertThat(document.exitCode()).as(document.stderr()).isZero();
        assertThat(question.exitCode()).as(question.stderr()).isZero();
        assertThat(twoLines.exitCode()).isEqualTo(2);
        assertThat(twoLines.stderr()).startsWith("error: TITLE must be one line of text without control characters; "
                + "found \\n at character 4");
        assertThat(site.check().exitCode()).as(site.stderr()).isZero();
        var analysis = new SitePipeline("test").analyseContent(site.content());
        assertThat(analysis.content().documents()).anySatisfy(d -> assertThat(d.title()).isEqualTo(tricky));
        assertThat(analysis.content().questions()).filteredOn(q -> q.questionText().equals(tricky)).hasSize(2);
    }

    @Test
    void aRepeatedTitleGetsItsOwnId() {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC));
        String content = site.content().toString();

        TestSite.CliRun first = TestSite.run("new", "question", "--content", content, "zh/a.md", "Why overfit?");
        TestSite.CliRun second = TestSite.run("new", "question", "--content", content, "zh/a.md", "Why overfit?");
        TestSite.CliRun document = TestSite.run("new", "document", "--content", content, "b", "B", "Why overfit?");

        assertThat(List.of(first.stdout(), second.stdout(), document.stdout()))
                .satisfiesExactly(s -> assertThat(s).contains("{#why-overfit}"),
                        s -> assertThat(s).contains("{#why-overfit-2}"), s -> assertThat(s).contains("{#why-overfit-3}"));
        assertThat(site.check().exitCode()).as(site.stderr()).isZero();
    }

    @Test
    void aQuestionThatWouldNotBeReadIsRolledBack() throws Exception {
        String unclosedFence = DOC + "\n```\ncode that never ends\n";
        TestSite site = TestSite.zh(temp, Map.of("a.md", unclosedFence));

        TestSite.CliRun run = TestSite.run("new", "question", "--content", site.content().toString(), "zh/a.md",
                "Lost question?");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("error: the new question would not pass 'check', so nothing was changed: "
                + "the question {#lost-question} is not read as a question at the end of zh/a.md");
        assertThat(Files.readString(site.content().resolve("zh/a.md"))).isEqualTo(unclosedFence);
    }

    private static String title(Random random) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return "";
        }
        if (kind == 1) {
            return "long " + "x".repeat(150 + random.nextInt(100));
        }
        StringBuilder title = new StringBuilder();
        if (kind < 8) {
            title.append("Question ").append(random.nextInt(1000)).append(' ');
        }
        int pieces = 1 + random.nextInt(8);
        for (int i = 0; i < pieces; i++) {
            title.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return title.toString();
    }

    private static String name(Random random) {
        return random.nextInt(3) == 0 ? NAMES.get(random.nextInt(NAMES.size()))
                : "doc_" + Integer.toString(random.nextInt(100_000), 36) + (random.nextBoolean() ? "-x" : "");
    }

    private static String escaped(String text) {
        List<String> out = new ArrayList<>();
        text.codePoints().forEach(c -> out.add(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : Character.toString(c)));
        return String.join("", out);
    }
}
