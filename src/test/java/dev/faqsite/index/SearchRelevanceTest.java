package dev.faqsite.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.cli.Main;
import dev.faqsite.evaluation.NodeLunr;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Relevance of search on the real content, measured by {@code eval-search} against eval/search-queries.yaml. */
class SearchRelevanceTest {

    @Test
    void meetsTheRelevanceFloorForChineseAndEnglishQueries() {
        Assumptions.assumeTrue(NodeLunr.available(), "node is needed to run lunr.js");
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = Main.run("eval-search", "--no-failures");
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        for (String language : new String[] {"zh", "en"}) {
            Matcher matcher = Pattern.compile(language + ": (\\d+) queries: top-1 ([0-9.]+), top-3 ([0-9.]+), MRR ([0-9.]+),"
                    + " unanswerable quiet ([0-9.]+)").matcher(output);
            assertThat(matcher.find()).as(output).isTrue();
            assertThat(Integer.parseInt(matcher.group(1))).isGreaterThanOrEqualTo(150);
            assertThat(Double.parseDouble(matcher.group(3))).as(output).isGreaterThanOrEqualTo(0.9);
            assertThat(Double.parseDouble(matcher.group(4))).as(output).isGreaterThanOrEqualTo(0.85);
            assertThat(Double.parseDouble(matcher.group(5))).as(output).isGreaterThanOrEqualTo(0.8);
        }
    }
}
