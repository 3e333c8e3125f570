package dev.faqsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.pipeline.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar carries a working embedding model, offline, and stays small enough to download. */
class EmbeddingJarIT {
    private static final Path JAR = Path.of("target/faq-site.jar").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void theJarStaysUnder100Megabytes() throws Exception {
        assertThat(Files.size(JAR)).isLessThan(100_000_000L);
    }

    @Test
    void thePackagedJarDecidesByMeaningInBothLanguagesWithoutWarnings() throws Exception {
        Path pairs = temp.resolve("pairs.tsv");
        Files.writeString(pairs, "How can I change my password?\tWhat is the way to change my password?\t1\n"
                + "How do I ask for a refund?\tHow long does delivery take?\t0\n", StandardCharsets.UTF_8);
        Path chinese = temp.resolve("zh.tsv");
        Files.writeString(chinese, "如何修改登录密码？\t登录密码怎么修改？\n快递一般几天能送到？\t可以用信用卡付款吗？\n",
                StandardCharsets.UTF_8);

        Process english = start("eval-dedup", "--pairs", pairs.toString(), "--lang", "en");
        Process zh = start("eval-dedup", "--pairs", chinese.toString(), "--lang", "zh");

        assertThat(output(english)).startsWith("1\t").contains("\n0\t").doesNotContain("warning");
        assertThat(output(zh)).startsWith("1\t").contains("\n0\t").doesNotContain("warning");
    }

    /** A first build loads the model while it parses; stopping at a content error must not crash the JVM. */
    @Test
    void aFirstBuildThatStopsAtAContentErrorExitsCleanlyWhileTheModelLoads() throws Exception {
        Path content = temp.resolve("content");
        Files.createDirectories(content.resolve("zh"));
        Files.writeString(content.resolve("site.yaml"), TestSite.SITE_YAML, StandardCharsets.UTF_8);
        Files.writeString(content.resolve("zh/a.md"), """
                ---
                title: "测试"
                ---

                ### 1. 如何修改登录密码？ {#password}

                **答案：** 在账户设置中修改。

                ### 2. 快递几天能到？ {#password}

                **答案：** 三个工作日。
                """, StandardCharsets.UTF_8);

        for (int run = 0; run < 3; run++) {
            Process build = start("build", "--content", content.toString(), "--out", temp.resolve("out").toString());
            String text = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(build.waitFor(2, TimeUnit.MINUTES)).isTrue();

            assertThat(build.exitValue()).as(text).isEqualTo(1);
            assertThat(text).contains("a.md:9:1: error: duplicate question id").doesNotContain("fatal error", "SIGSEGV", "hs_err");
            assertThat(temp.resolve(".faq-site-cache")).doesNotExist();
        }
        try (var files = Files.list(temp)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith("hs_err"));
        }
    }

    private Process start(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).directory(temp.toFile()).redirectErrorStream(true).start();
    }

    private static String output(Process process) throws Exception {
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }
}
