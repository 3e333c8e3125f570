package dev.faqsite.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.diagnostic.Diagnostic;
import dev.faqsite.diagnostic.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a site.yaml can be wrong gives a plain message at its line: never Jackson's words, never a crash. */
class YamlErrorsTest {
    @TempDir
    Path content;

    private List<Diagnostic> load(String yaml) throws Exception {
        Files.writeString(content.resolve("site.yaml"), yaml);
        Diagnostics diagnostics = new Diagnostics();
        new ConfigLoader().load(content, diagnostics);
        return diagnostics.sorted();
    }

    private static String formatted(List<Diagnostic> diagnostics) {
        return String.join("\n", diagnostics.stream().map(Diagnostic::format).toList());
    }

    @Test
    void aFileThatIsOneLineOfTextIsNotEchoed() throws Exception {
        List<Diagnostic> problems = load("https://ci.example.org/token=s3cr3t-value-that-must-not-leak\n");

        assertThat(formatted(problems))
                .startsWith("site.yaml:1:1: error: expected a mapping of settings (key: value lines), found a text value")
                .contains("allowed keys: baseUrl, defaultLanguage, languages")
                .doesNotContain("s3cr3t").doesNotContain("Cannot construct").doesNotContain("dev.faqsite");
    }

    @Test
    void aFileThatIsNotSettingsAtAllGivesAFewErrorsWithShortEscapedExcerpts() throws Exception {
        StringBuilder passwd = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            passwd.append("user").append(i).append("-with-a-rather-long-name-that-goes-on-and-on: x:0:0:/root:/bin/sh\n");
        }
        List<Diagnostic> problems = load(passwd.toString());

        assertThat(problems).hasSize(21);
        assertThat(problems.get(0).format())
                .startsWith("site.yaml:1:1: error: unknown key 'user0-with-a-rather-long-name-that-goes…'");
        assertThat(formatted(problems)).doesNotContain("/bin/sh").contains("30 more problem(s) in this YAML");
    }

    @Test
    void wrongKindsOfValueNameTheKeyAndWhatWasExpected() throws Exception {
        String messages = formatted(load("""
                baseUrl: [https://a.example/, https://b.example/]
                languages:
                  - code: [zh]
                    title: {text: 问答}
                  - just text
                  -
                """));

        assertThat(messages).contains(
                "site.yaml:1:1: error: 'baseUrl' must be text, found a list",
                "site.yaml:3:1: error: 'code' of entry 1 of 'languages' must be text, found a list",
                "site.yaml:4:1: error: 'title' of entry 1 of 'languages' must be text, found a mapping",
                "site.yaml:5:1: error: entry 2 of 'languages' must be a mapping of settings (key: value lines), found a text value",
                "site.yaml:6:1: error: entry 3 of 'languages' is empty");
        assertThat(messages).doesNotContain("Cannot deserialize", "java.", "JsonToken");
    }

    @Test
    void aListWrittenAsTextIsExplained() throws Exception {
        assertThat(formatted(load("languages: zh, en\n")))
                .contains("site.yaml:1:1: error: 'languages' must be a list, found a text value")
                .contains("hint: write each entry on its own line, starting with '- '");
    }

    @Test
    void missingRequiredAndDuplicateKeysAreReportedWhereTheyAre() throws Exception {
        String messages = formatted(load("""
                baseUrl: https://a.example/
                languages:
                  - name: 中文
                    title: 问答
                baseUrl: https://b.example/
                """));

        assertThat(messages).contains("site.yaml:3:1: error: missing required key 'code' in entry 1 of 'languages'",
                "site.yaml:5:1: error: 'baseUrl' is set twice (first on line 1)");
    }

    @Test
    void nullOrEmptyConfigMeansDefaults() throws Exception {
        for (String yaml : List.of("~\n", "null\n", "# only a comment\n", "", "---\n...\n")) {
            Files.writeString(content.resolve("site.yaml"), yaml);
            Diagnostics diagnostics = new Diagnostics();
            SiteConfig config = new ConfigLoader().load(content, diagnostics);

            assertThat(diagnostics.sorted()).as(yaml).isEmpty();
            assertThat(config).as(yaml).isEqualTo(SiteConfig.defaults());
        }
    }

    @Test
    void aHugeLanguageTagIsRejectedByLengthNotByAStackOverflow() throws Exception {
        String tag = "zh" + "-a".repeat(20_000);
        List<Diagnostic> problems = load("languages:\n  - code: zh\n    htmlLang: " + tag + "\n  - code: "
                + "en" + "-b".repeat(20_000) + "\n");

        assertThat(formatted(problems)).contains(
                "site.yaml:3:1: error: htmlLang is too long (40002 characters; at most 35)",
                "site.yaml:4:1: error: code is too long (40002 characters; at most 35)");
    }

    @Test
    void languageTagsAreCheckedSubtagBySubtag() throws Exception {
        assertThat(load("languages:\n  - code: zh\n    htmlLang: zh-Hant-TW\n  - code: pt-br\n")).isEmpty();
        assertThat(formatted(load("languages:\n  - code: zh\n    htmlLang: zh--Hans\n  - code: EN\n")))
                .contains("site.yaml:3:1: error: invalid htmlLang 'zh--Hans'",
                        "site.yaml:4:1: error: invalid language code 'EN'");
    }

    @Test
    void valuesQuotedInMessagesAreShortAndEscaped() throws Exception {
        String messages = formatted(load("baseUrl: \"ftp://x\\n::error::forged\\u202e" + "y".repeat(100) + "\"\n"));

        assertThat(messages).contains("site.yaml:1:1: error: baseUrl 'ftp://x\\n::error::forged\\u202e" + "y".repeat(15) + "…'")
                .doesNotContain("y".repeat(16));
        assertThat(messages.lines()).noneMatch(line -> line.startsWith("::"));
    }

    @Test
    void aliasesAreRefusedSoABillionLaughsCannotExpand() throws Exception {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char previous = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [").append(("*" + previous + ",").repeat(8))
                    .append('*').append(previous).append("]\n");
        }
        List<Diagnostic> problems = load(yaml.toString());

        assertThat(problems).isNotEmpty().allSatisfy(d -> assertThat(d.isError()).isTrue());
        assertThat(problems.get(0).format()).isEqualTo("site.yaml:2:1: error: YAML aliases (*a) are not supported"
                + System.lineSeparator() + "  hint: write the value out in full instead of referring to an &anchor");
        assertThat(problems).hasSize(9);
    }

    @Test
    void typeTagsAreRefusedAndNeverInstantiated() throws Exception {
        String messages = formatted(load("""
                baseUrl: !!java.net.URL ["https://example.org/"]
                languages: !!java.util.ArrayList
                  - code: !<tag:yaml.org,2002:javax.script.ScriptEngineManager> zh
                """));

        assertThat(messages).contains("site.yaml:1:1: error: YAML tag '!!java.net.URL' is not supported",
                "site.yaml:2:1: error: YAML tag '!!java.util.ArrayList' is not supported",
                "site.yaml:3:1: error: YAML tag '!!javax.script.ScriptEngineManager' is not supported");
        assertThat(load("baseUrl: !!str https://example.org/\nlanguages:\n  - code: !!str zh\n")).isEmpty();
    }

    @Test
    void aTagNamingAClassNeverRunsItsConstructor() throws Exception {
        String tag = "!!" + Explosive.class.getName();
        List<Diagnostic> problems = load("baseUrl: " + tag + " [boom]\nlanguages:\n  - " + tag + " {code: zh}\n");

        assertThat(Explosive.constructed).as("constructors run").isZero();
        assertThat(problems).extracting(Diagnostic::message).allSatisfy(m -> assertThat(m).startsWith("YAML tag '!!"));
        Diagnostics frontMatter = new Diagnostics();
        assertThat(new TypedYaml().read("title: " + tag + " x\n", Record.class, "zh/a.md", 2, frontMatter)).isEmpty();
        assertThat(Explosive.constructed).isZero();
    }

    /** Counts its constructions: a YAML reader that honoured type tags would build one. */
    public static final class Explosive {
        static int constructed;

        public Explosive() {
            constructed++;
        }

        public Explosive(String value) {
            constructed++;
        }
    }

    @Test
    void syntaxErrorsUseYamlWordsAndTheirLine() throws Exception {
        assertThat(formatted(load("baseUrl: https://example.org/\nlanguages:\n  - code: zh\n    title: \"open\n")))
                .startsWith("site.yaml:4:1: error: invalid YAML: while scanning a quoted scalar, found unexpected end of stream");
        assertThat(formatted(load("baseUrl: https://example.org/\n\tdefaultLanguage: zh\n")))
                .startsWith("site.yaml:2:1: error: invalid YAML:")
                .contains("hint: indent with spaces: YAML does not allow tabs for indentation");
        assertThat(formatted(load("baseUrl: https://example.org/\n---\nbaseUrl: https://example.org/\n")))
                .startsWith("site.yaml:2:1: error: invalid YAML: expected a single document in the stream");
    }

    @Test
    void deepNestingAndHugeFilesAreClearErrors() throws Exception {
        assertThat(formatted(load("baseUrl: " + "[".repeat(30_000) + "]".repeat(30_000) + "\n")))
                .startsWith("site.yaml:1:1: error: the YAML is nested too deeply (more than 20 levels)");
        assertThat(formatted(load("baseUrl: https://example.org/\n#" + "x".repeat(TypedYaml.MAX_LENGTH) + "\n")))
                .startsWith("site.yaml:1:1: error: the YAML is too large");
    }

    @Test
    void aByteOrderMarkIsIgnored() throws Exception {
        assertThat(load("\uFEFFbaseUrl: https://example.org/\n")).isEmpty();
    }

    @Test
    void frontMatterErrorsPointIntoTheDocument() {
        Diagnostics diagnostics = new Diagnostics();
        new TypedYaml().read("title: ok\nslug: [a, b]\n", Record.class, "zh/a.md", 2, diagnostics);

        assertThat(formatted(diagnostics.sorted())).startsWith("zh/a.md:3:1: error: 'slug' must be text, found a list");
    }

    /** A front-matter-like record. */
    record Record(String title, String slug) {
    }
}
