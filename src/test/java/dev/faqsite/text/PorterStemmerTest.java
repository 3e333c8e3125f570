package dev.faqsite.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PorterStemmerTest {

    /** text/lunr-stems.tsv: words and the stem lunr.js 2.3.9's lunr.stemmer gives them (its test vocabulary and more). */
    @Test
    void stemsEveryWordAsLunrDoes() throws Exception {
        PorterStemmer stemmer = new PorterStemmer();
        List<String> different = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/text/lunr-stems.tsv"));
        for (String line : lines) {
            String[] columns = line.split("\t");
            if (!stemmer.stem(columns[0]).equals(columns[1])) {
                different.add(columns[0] + ": lunr " + columns[1] + ", ours " + stemmer.stem(columns[0]));
            }
        }
        assertThat(lines).hasSizeGreaterThan(9000);
        assertThat(different).isEmpty();
    }

    @Test
    void findsTheCommonStemOfInflectedForms() {
        PorterStemmer stemmer = new PorterStemmer();
        assertThat(List.of("training", "trained", "trains").stream().map(stemmer::stem)).containsOnly("train");
        assertThat(stemmer.stem("deployment")).isEqualTo(stemmer.stem("deployments"));
    }
}
