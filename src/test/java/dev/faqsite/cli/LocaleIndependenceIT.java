package dev.faqsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar builds the same site, byte for byte, whatever the machine's locale: under {@code LANG=C}
 * Java would otherwise read non-ASCII file names as {@code ???}.
 */
class LocaleIndependenceIT {
    private static final Path JAR = Path.of("target/faq-site.jar").toAbsolutePath();

    @TempDir
    Path temp;

    private record Run(int exitCode, String output) {
    }

    private Run run(Map<String, String> locale, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG"));
        builder.environment().putAll(locale);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private Path content() throws IOException {
        // The test itself writes the non-ASCII names, which needs a UTF-8 locale in this JVM.
        Assumptions.assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")),
                "the test JVM must run under a UTF-8 locale to create the files");
        Path content = temp.resolve("content");
        Files.createDirectories(content.resolve("zh"));
        Files.writeString(content.resolve("site.yaml"), """
                baseUrl: https://faq.example.org/
                defaultLanguage: zh
                languages:
                  - code: zh
                    htmlLang: zh-Hans
                    name: 中文
                    title: 测试问答
                """);
        for (String name : List.of("过拟合", "欠拟合", "Überblick")) {
            Files.writeString(content.resolve("zh/" + name + ".md"), "---\ntitle: \"" + name + "\"\n---\n\n### 1. "
                    + name + "是什么？ {#q-" + Integer.toHexString(name.hashCode()) + "}\n\n**答案：** " + name + "。\n");
        }
        return content;
    }

    @Test
    void buildsTheSameSiteUnderTheCLocaleAsUnderUtf8() throws Exception {
        Path content = content();
        Path utf8Out = temp.resolve("utf8");
        Path cOut = temp.resolve("c");

        Run utf8 = run(Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8"), "build", "--content", content.toString(),
                "--out", utf8Out.toString());
        Run c = run(Map.of("LANG", "C", "LC_ALL", "C"), "build", "--content", content.toString(),
                "--out", cOut.toString());

        assertThat(utf8.exitCode()).as(utf8.output()).isZero();
        assertThat(c.exitCode()).as(c.output()).isZero();
        assertThat(tree(cOut)).isEqualTo(tree(utf8Out)).hasSizeGreaterThan(10);
        assertThat(Files.readString(cOut.resolve("zh/index.html"))).contains("过拟合", "Überblick");
    }

    @Test
    void checkUnderTheCLocaleNamesNonAsciiFilesCorrectly() throws Exception {
        Path content = content();
        Files.writeString(content.resolve("zh/坏.md"), "---\ntitle: [\n---\n");

        Run c = run(Map.of("LANG", "C"), "check", "--content", content.toString());

        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.output()).contains("zh/坏.md:").doesNotContain("??");
    }

    private static Map<String, String> tree(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> files = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(path))));
            }
        }
        return files;
    }
}
