package dev.faqsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page type of the real site passes the Nu Html Checker without errors. */
class HtmlValidityTest {
    @TempDir
    Path temp;

    @Test
    void everyPageTypeIsValidHtml() throws Exception {
        Path site = temp.resolve("site");
        assertThat(dev.faqsite.cli.Main.run("build", "--content", "content", "--out", site.toString(),
                "--templates", "templates", "--assets", "site-assets")).isZero();
        List<String> pages = List.of("index.html", "404.html", "zh/index.html", "en/index.html",
                "zh/docs/challenges-and-opportunities/index.html", "en/docs/platform-advantages/index.html",
                "zh/q/core-challenges/index.html", "en/q/image-classification-program/index.html",
                "zh/q/startup-challenges/index.html", "zh/search/index.html", "en/contribute/index.html",
                "zh/maintainers/dedup/index.html", "en/maintainers/translations/index.html", "en/404.html");
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        Map<String, String> problems = new LinkedHashMap<>();
        for (String page : pages) {
            String report = validator.validate(site.resolve(page));
            if (report.contains("error")) {
                problems.put(page, report);
            }
        }
        assertThat(problems).isEmpty();
    }
}
