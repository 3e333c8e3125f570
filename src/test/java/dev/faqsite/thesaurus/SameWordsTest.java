package dev.faqsite.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SameWordsTest {
    private final Thesaurus thesaurus = new Thesaurus(List.of(
            List.of("interpretability", "explainability", "explainable AI"),
            List.of("speed up training", "train faster"),
            List.of("可解释性", "解释性", "黑箱"),
            List.of("算力", "计算资源")), List.of());

    @Test
    void everyWordOfAGroupReadsAsItsFirstWord() {
        assertThat(thesaurus.inSiteWords("How can the Explainability of models be improved?"))
                .isEqualTo("how can the interpretability of models be improved?");
        assertThat(thesaurus.inSiteWords("如何提高大模型的解释性？")).isEqualTo("如何提高大模型的可解释性?");
        assertThat(thesaurus.inSiteWords("計算資源不夠怎么办")).isEqualTo("算力不够怎么办");
    }

    @Test
    void wordsAreMatchedByStemAcrossSpacesButNotInsideOtherWords() {
        assertThat(thesaurus.inSiteWords("Tips to train  faster")).isEqualTo("tips to speed up training");
        assertThat(thesaurus.inSiteWords("Is explainable AI possible?")).isEqualTo("is interpretability possible?");
        assertThat(thesaurus.inSiteWords("trainfaster explainabilityx")).isEqualTo("trainfaster explainabilityx");
        assertThat(thesaurus.inSiteWords("train-faster")).isEqualTo("train-faster");
    }

    @Test
    void theLongestWordWinsAndTextWithoutGroupWordsIsUnchanged() {
        assertThat(thesaurus.inSiteWords("可解释性")).isEqualTo("可解释性");
        assertThat(thesaurus.inSiteWords("黑箱模型")).isEqualTo("可解释性模型");
        assertThat(Thesaurus.empty().inSiteWords("Explainability?")).isEqualTo("Explainability?");
    }
}
