package dev.faqsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds the repository's real {@code content/} once and checks it against the seed documents it was imported
 * from ({@code ../shared/seeds}), read with plain Java as an independent oracle.
 */
class RealContentTest {
    private static final Path CONTENT = Path.of("content");
    private static final Path SEEDS = Path.of("..", "shared", "seeds");
    /** A seed line that starts a question: {@code **题目：** text} or {@code **题目 1：** text}. */
    private static final Pattern QUESTION_LINE = Pattern.compile("^\\*\\*题目[^*]*\\*\\*(.*)$");
    private static final Pattern TRAILING_ID = Pattern.compile("\\s*\\{#[^{}]*}\\s*$");

    @TempDir
    static Path temp;

    private static Path out;
    private static List<JsonNode> occurrences;
    /** Question page id → visible text, for pages that are not redirects. */
    private static Map<String, String> questionPages;

    @BeforeAll
    static void buildTheRealContent() throws IOException {
        out = temp.resolve("site");
        Path report = temp.resolve("report.json");
        TestSite.CliRun run = TestSite.run("build", "--content", CONTENT.toString(), "--out", out.toString(),
                "--templates", TestSite.TEMPLATES.toString(), "--assets", TestSite.ASSETS.toString(),
                "--report", report.toString());
        assertThat(run.exitCode()).as("building content/; stderr:%n%s", run.stderr()).isZero();

        JsonNode questions = new ObjectMapper().readTree(report.toFile()).get("questions");
        occurrences = StreamSupport.stream(questions.spliterator(), false).toList();
        questionPages = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(out.resolve("zh/q"))) {
            for (Path dir : dirs.toList()) {
                Document page = Jsoup.parse(dir.resolve("index.html"), "UTF-8");
                if (page.select("meta[http-equiv=refresh]").isEmpty()) {
                    questionPages.put(dir.getFileName().toString(), page.select("main").text());
                }
            }
        }
    }

    @Test
    void everyOccurrenceInTheReportHasAPublishedPage() {
        assertThat(occurrences).isNotEmpty();
        for (JsonNode occurrence : occurrences) {
            String url = occurrence.get("url").asText();
            assertThat(out.resolve(url.substring(1)).resolve("index.html"))
                    .as("page of %s (%s:%s)", occurrence.get("id"), occurrence.get("file"), occurrence.get("line"))
                    .isRegularFile();
        }
    }

    @Test
    void eachQuestionGroupHasExactlyOnePage() {
        Set<String> groups = new HashSet<>();
        occurrences.forEach(o -> groups.add(o.get("group").asText()));

        assertThat(questionPages.keySet()).containsExactlyInAnyOrderElementsOf(groups);
    }

    @Test
    void everySeedQuestionIsVisibleOnSomeQuestionPage() {
        List<String> seedQuestions = new ArrayList<>();
        for (Path seed : seeds()) {
            for (String line : read(seed).split("\r?\n")) {
                Matcher matcher = QUESTION_LINE.matcher(line);
                if (matcher.matches()) {
                    seedQuestions.add(TRAILING_ID.matcher(matcher.group(1)).replaceFirst("").strip());
                }
            }
        }
        assertThat(seedQuestions).hasSizeGreaterThan(50);

        for (String question : seedQuestions) {
            String wanted = question.replaceAll("\\s+", " ");
            assertThat(questionPages.values()).as("a question page showing «%s»", question)
                    .anyMatch(text -> text.contains(wanted));
        }
    }

    @Test
    void everySeedDocumentHasADocumentPage() throws IOException {
        List<Path> seeds = seeds();
        for (Path seed : seeds) {
            String baseName = seed.getFileName().toString().replaceFirst("\\.txt$", "");
            Map<String, String> frontMatter = frontMatter(read(CONTENT.resolve("zh").resolve(baseName + ".md")));
            Path page = out.resolve("zh/docs").resolve(frontMatter.get("slug")).resolve("index.html");

            assertThat(page).as("document page of %s", seed.getFileName()).isRegularFile();
            assertThat(Jsoup.parse(page, "UTF-8").select("main h1").text()).isEqualTo(frontMatter.get("title"));
        }
        try (Stream<Path> documentPages = Files.list(out.resolve("zh/docs"))) {
            assertThat(documentPages.count()).isEqualTo(seeds.size());
        }
    }

    /** Importing a seed added only front matter and {@code {#id}} attributes; the text is the author's. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("contentDocuments")
    void contentDocumentIsItsSeedWithOnlyFrontMatterAndIdsAdded(String name) {
        Path seed = SEEDS.resolve(name.replaceFirst("\\.md$", ".txt"));
        assertThat(seed).as("seed of content/zh/%s", name).isRegularFile();

        String document = read(CONTENT.resolve("zh").resolve(name));
        String stripped = withoutFrontMatter(document).replaceAll(" \\{#[^{}\\s]*}", "");

        assertThat(stripped).isEqualTo(read(seed));
    }

    static List<String> contentDocuments() {
        assumeTrue(Files.isDirectory(SEEDS), "seed documents not available at " + SEEDS.toAbsolutePath());
        try (Stream<Path> files = Files.list(CONTENT.resolve("zh"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> seeds() {
        assumeTrue(Files.isDirectory(SEEDS), "seed documents not available at " + SEEDS.toAbsolutePath());
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text after a leading {@code ---} … {@code ---} block (both lines removed). */
    private static String withoutFrontMatter(String text) {
        assertThat(text).startsWith("---\n");
        int end = text.indexOf("\n---\n", 3);
        assertThat(end).as("end of front matter").isPositive();
        return text.substring(end + "\n---\n".length());
    }

    /** Top-level {@code key: value} lines of the front matter, with surrounding quotes removed. */
    private static Map<String, String> frontMatter(String text) {
        Map<String, String> values = new TreeMap<>();
        String block = text.substring(4, text.indexOf("\n---\n", 3));
        for (String line : block.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith(" ")) {
                values.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip().replaceAll("^\"|\"$", ""));
            }
        }
        return values;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
