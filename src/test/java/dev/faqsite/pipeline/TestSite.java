package dev.faqsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A tiny site in a temp folder: writes a content folder from path → text, builds it with the real command line
 * ({@link Main#run}) and reads the output back. Each build or check records its exit code, stdout and stderr.
 */
public final class TestSite {
    public static final Path TEMPLATES = Path.of("templates").toAbsolutePath();
    public static final Path ASSETS = Path.of("site-assets").toAbsolutePath();
    public static final String BASE_URL = "https://faq.example.org/";

    /** A one-language site.yaml. */
    public static final String SITE_YAML = """
            baseUrl: https://faq.example.org/
            defaultLanguage: zh
            languages:
              - code: zh
                htmlLang: zh-Hans
                name: 中文
                title: 测试问答
                description: 测试用的小站点。
            """;

    /** A site.yaml with Chinese (the default) and English. */
    public static final String BILINGUAL_SITE_YAML = """
            baseUrl: https://faq.example.org/
            defaultLanguage: zh
            languages:
              - code: zh
                htmlLang: zh-Hans
                name: 中文
                title: 测试问答
              - code: en
                htmlLang: en
                name: English
                title: Test FAQ
            """;

    /** A Chinese document with one question (id {@code overfitting}, slug {@code a}). */
    public static final String ONE_QUESTION = """
            ---
            title: "甲"
            slug: a
            ---

            ### 1. 什么是过拟合？ {#overfitting}

            **答案：** 模型记住了噪声。
            """;

    private static final Object CONSOLE = new Object();

    private final Path root;
    private final Path content;
    private final Path out;
    private final Path report;
    private CliRun last;

    private TestSite(Path root) {
        this.root = root;
        this.content = root.resolve("content");
        this.out = root.resolve("out");
        this.report = root.resolve("report.json");
    }

    /** Writes the given files (paths relative to the content folder) into {@code root/content}. */
    public static TestSite create(Path root, Map<String, String> files) {
        TestSite site = new TestSite(root);
        try {
            Files.createDirectories(site.content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.forEach(site::write);
        return site;
    }

    /** A site with {@link #SITE_YAML} and the given Chinese documents ({@code zh/<name>}). */
    public static TestSite zh(Path root, Map<String, String> documents) {
        TestSite site = create(root, Map.of("site.yaml", SITE_YAML));
        documents.forEach((name, text) -> site.write("zh/" + name, text));
        return site;
    }

    public TestSite write(String relativePath, String text) {
        return writeBytes(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite writeBytes(String relativePath, byte[] bytes) {
        try {
            Path file = content.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code build} into {@link #out()} with the repo's theme and a report, plus any extra arguments. */
    public TestSite build(String... extraArguments) {
        return buildInto(out, extraArguments);
    }

    public TestSite buildInto(Path outputDir, String... extraArguments) {
        List<String> arguments = new ArrayList<>(List.of("build", "--content", content.toString(),
                "--templates", TEMPLATES.toString(), "--assets", ASSETS.toString(),
                "--out", outputDir.toString(), "--report", report.toString()));
        arguments.addAll(List.of(extraArguments));
        last = run(arguments.toArray(String[]::new));
        return this;
    }

    /** Builds and fails the test unless the build succeeded. */
    public TestSite buildOk(String... extraArguments) {
        build(extraArguments);
        assertThat(exitCode()).as("build exit code; stderr:%n%s", stderr()).isZero();
        return this;
    }

    public TestSite check() {
        last = run("check", "--content", content.toString());
        return this;
    }

    public int exitCode() {
        return last.exitCode();
    }

    public String stdout() {
        return last.stdout();
    }

    public String stderr() {
        return last.stderr();
    }

    public Path root() {
        return root;
    }

    public Path content() {
        return content;
    }

    public Path out() {
        return out;
    }

    /** The output file parsed as HTML, e.g. {@code page("zh/q/first/index.html")}. */
    public Document page(String relativePath) {
        Path file = out.resolve(relativePath);
        assertThat(file).as("output page %s", relativePath).isRegularFile();
        try {
            return Jsoup.parse(file, "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw text of an output file. */
    public String text(String relativePath) {
        try {
            return Files.readString(out.resolve(relativePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every HTML file of the output, as '/'-separated paths relative to the output folder, sorted. */
    public List<String> htmlPages() {
        return files(out).keySet().stream().filter(p -> p.endsWith(".html")).toList();
    }

    /** The file a link on {@code fromPage} leads to (fragment and query dropped, directories to index.html). */
    public Path linkTarget(String fromPage, String href) {
        String path = href.replaceFirst("[#?].*$", "");
        Path target = out.resolve(fromPage).getParent().resolve(path).normalize();
        return path.isEmpty() || path.endsWith("/") ? target.resolve("index.html") : target;
    }

    /** The {@code --report} JSON of the last build. */
    public JsonNode report() {
        try {
            return new ObjectMapper().readTree(report.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Path → SHA-256 of every file under {@code folder}, to compare whole trees byte for byte. */
    public static Map<String, String> files(Path folder) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(folder)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString().replace('\\', '/'), sha256(Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The outcome of one command line run. */
    public record CliRun(int exitCode, String stdout, String stderr) {
    }

    /** Runs the command line in-process, capturing what it prints. */
    public static CliRun run(String... arguments) {
        synchronized (CONSOLE) {
            PrintStream originalOut = System.out;
            PrintStream originalErr = System.err;
            // picocli wraps System.out/err lazily with this charset; decode what it wrote with the same one.
            Charset charset = consoleCharset();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try {
                System.setOut(new PrintStream(out, true, charset));
                System.setErr(new PrintStream(err, true, charset));
                int exitCode = Main.run(arguments);
                return new CliRun(exitCode, out.toString(charset), err.toString(charset));
            } finally {
                System.setOut(originalOut);
                System.setErr(originalErr);
            }
        }
    }

    private static Charset consoleCharset() {
        String encoding = System.getProperty("sun.stdout.encoding");
        return encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
