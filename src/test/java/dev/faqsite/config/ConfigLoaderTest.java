package dev.faqsite.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.diagnostic.Diagnostic;
import dev.faqsite.diagnostic.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path content;

    private Diagnostics load(String yaml) throws Exception {
        Files.writeString(content.resolve("site.yaml"), yaml);
        Diagnostics diagnostics = new Diagnostics();
        new ConfigLoader().load(content, diagnostics);
        return diagnostics;
    }

    @Test
    void readsTypedSettings() throws Exception {
        Files.writeString(content.resolve("site.yaml"), """
                baseUrl: https://example.org/faq
                defaultLanguage: zh
                languages:
                  - code: zh
                    htmlLang: zh-Hans
                    title: 问答
                  - code: en
                    title: FAQ
                """);
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = new ConfigLoader().load(content, diagnostics);

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(config.baseUrl()).isEqualTo("https://example.org/faq/");
        assertThat(config.basePath()).isEqualTo("/faq/");
        assertThat(config.language("zh").orElseThrow().title()).isEqualTo("问答");
        assertThat(config.language("en").orElseThrow().htmlLang()).isEqualTo("en");
    }

    @Test
    void reportsAnUnknownKeyWithItsLineAndTheAllowedKeys() throws Exception {
        Diagnostic error = load("baseUrl: https://example.org/\ndefaultLanguge: zh\n").sorted().get(0);

        assertThat(error.isError()).isTrue();
        assertThat(error.format()).startsWith("site.yaml:2:1: error: unknown key 'defaultLanguge'");
        assertThat(error.hint()).contains("defaultLanguage");
    }

    @Test
    void reportsInvalidYamlWithItsLine() throws Exception {
        Diagnostic error = load("baseUrl: https://example.org/\nlanguages:\n  - code: zh\n   title: [oops\n").sorted().get(0);

        assertThat(error.isError()).isTrue();
        assertThat(error.message()).startsWith("invalid YAML");
        assertThat(error.line()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void rejectsADefaultLanguageThatIsNotConfiguredAndARelativeBaseUrl() throws Exception {
        var problems = load("baseUrl: /faq/\ndefaultLanguage: fr\nlanguages:\n  - code: zh\n").sorted();

        assertThat(problems).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m).contains("'fr'"))
                .anySatisfy(m -> assertThat(m).contains("baseUrl"));
    }

    @Test
    void warnsAndUsesDefaultsWithoutAConfigFile() {
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = new ConfigLoader().load(content, diagnostics);

        assertThat(config.defaultLanguage()).isEqualTo("zh");
        assertThat(diagnostics.hasErrors()).isFalse();
        assertThat(diagnostics.sorted()).singleElement().extracting(Diagnostic::message).asString()
                .contains("no site config");
    }
}
