package dev.faqsite.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {
    private final Terms search = Terms.forSearch();

    @Test
    void hanIsWhatTheJdksScriptTableSaysForEveryCodePoint() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            boolean han = Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
            if (Terms.isHan(codePoint) != han) {
                assertThat(Terms.isHan(codePoint)).as("U+%04X", codePoint).isEqualTo(han);
            }
        }
    }

    @Test
    void splitsHanRunsIntoOverlappingBigramsAndKeepsALoneCharacter() {
        assertThat(search.of("过拟合")).containsExactly("过拟", "拟合");
        assertThat(search.of("模")).containsExactly("模");
    }

    @Test
    void splitsAtTheBoundaryBetweenHanAndLatinAndStemsEnglish() {
        assertThat(search.of("GPU训练")).containsExactly("gpu", "训练");
        assertThat(search.of("Training the models")).containsExactly("train", "model");
    }

    @Test
    void normalisesFullWidthFormsAndPunctuation() {
        assertThat(search.of("ＧＰＵ，训练")).containsExactly("gpu", "训练");
        assertThat(search.of("Ｔｒａｉｎｉｎｇ")).containsExactly("train");
    }

    @Test
    void similarityTermsIgnoreChineseQuestionPhrasingAndAddCharacters() {
        Terms similarity = Terms.forSimilarity();
        assertThat(similarity.of("如何处理")).containsExactly("处理", "处", "理");
        assertThat(similarity.of("哪些挑战")).containsExactly("挑战", "挑", "战");
    }
}
