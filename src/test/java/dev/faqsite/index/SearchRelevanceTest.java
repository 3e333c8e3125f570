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

/** Relevance of search on the real content, measured by {@code eval-search} against the query sets in eval/. */
class SearchRelevanceTest {

    @Test
    void meetsTheRelevanceFloorForChineseAndEnglishQueries() {
        String output = evaluate("eval/search-queries.yaml");
        for (String language : new String[] {"zh", "en"}) {
            Matcher matcher = summary(language, output);
            assertThat(Integer.parseInt(matcher.group(1))).isGreaterThanOrEqualTo(150);
            assertThat(Double.parseDouble(matcher.group(3))).as(output).isGreaterThanOrEqualTo(0.9);
            assertThat(Double.parseDouble(matcher.group(4))).as(output).isGreaterThanOrEqualTo(0.85);
            assertThat(Double.parseDouble(matcher.group(5))).as(output).isGreaterThanOrEqualTo(0.8);
        }
    }

    /**
     * Queries nobody tuned the ranking to (held out, and written blind from the content alone) keep what they
     * measured when they were first run (top-3 0.89 / 0.91 and 0.84 / 0.84), less a margin.
     */
    @Test
    void queriesNobodyTunedToKeepTheirFloor() {
        for (String file : new String[] {"eval/search-queries-holdout.yaml", "eval/search-queries-blind.yaml"}) {
            String output = evaluate(file);
            for (String language : new String[] {"zh", "en"}) {
                Matcher matcher = summary(language, output);
                assertThat(Double.parseDouble(matcher.group(3))).as(file + "\n" + output).isGreaterThanOrEqualTo(0.8);
                assertThat(Double.parseDouble(matcher.group(5))).as(file + "\n" + output).isGreaterThanOrEqualTo(0.8);
            }
        }
    }

    private static String evaluate(String queries) {
        Assumptions.assumeTrue(NodeLunr.available(), "node is needed to run lunr.js");
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = Main.run("eval-search", "--no-failures", "--queries", queries);
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        return output;
    }

    /** The language's summary line: queries, top-1, top-3, MRR, unanswerable quiet. */
    private static Matcher summary(String language, String output) {
        Matcher matcher = Pattern.compile(language + ": (\\d+) queries: top-1 ([0-9.]+), top-3 ([0-9.]+),"
                + " MRR ([0-9.]+), unanswerable quiet ([0-9.]+)").matcher(output);
        assertThat(matcher.find()).as(output).isTrue();
        return matcher;
    }
}
