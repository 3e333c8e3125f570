package dev.faqsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.cli.Main;
import dev.faqsite.model.Document;
import dev.faqsite.model.DocumentBlock;
import dev.faqsite.model.Question;
import dev.faqsite.model.QuestionPart;
import dev.faqsite.pair.TranslationStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The English edition of the real content: complete, current, and in English. */
class EnglishEditionTest {
    /** Chinese characters, except inside a deliberate quotation such as a law's title in 《…》. */
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern QUOTED = Pattern.compile("《[^》]*》|「[^」]*」");

    private static SitePipeline.ContentAnalysis analysis;

    @BeforeAll
    static void analyse() {
        analysis = new SitePipeline("test").analyseContent(Path.of("content"));
    }

    @Test
    void everyQuestionIsTranslatedFromTheCurrentSource() {
        assertThat(analysis.paired().translationItems())
                .filteredOn(item -> item.language().equals("en"))
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.status()).as(item.id()).isEqualTo(TranslationStatus.TRANSLATED));
        assertThat(Main.run("check", "--strict", "--content", "content")).isZero();
    }

    @Test
    void englishQuestionsHeadingsAnswersAndProseContainNoChinese() {
        List<String> offending = new ArrayList<>();
        for (Document document : analysis.content().documents()) {
            if (!document.language().equals("en")) {
                continue;
            }
            check(document.file() + " title", document.title(), offending);
            check(document.file() + " description", document.description(), offending);
            for (DocumentBlock block : document.blocks()) {
                if (block instanceof DocumentBlock.Prose prose) {
                    check(document.file() + " prose " + prose.heading(), prose.heading(), offending);
                    check(document.file() + " prose " + prose.heading(), Jsoup.parse(prose.html()).text(), offending);
                }
            }
            for (Question question : document.questions()) {
                String where = question.location().toString();
                check(where + " heading", question.heading(), offending);
                check(where + " question", question.questionText(), offending);
                for (QuestionPart part : question.parts()) {
                    check(where + " " + part.label(), part.label() + " " + part.text(), offending);
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void everyChineseDocumentHasAnEnglishCounterpartWithTheSameQuestions() {
        assertThat(analysis.paired().documents()).allSatisfy(family -> {
            assertThat(family.translations()).as(family.source().file()).containsKey("en");
            assertThat(family.translations().get("en").questions()).extracting(Question::id)
                    .containsExactlyElementsOf(family.source().questions().stream().map(Question::id).toList());
        });
    }

    private static void check(String where, String text, List<String> offending) {
        String unquoted = QUOTED.matcher(text).replaceAll("");
        if (HAN.matcher(unquoted).find()) {
            offending.add(where + ": " + text);
        }
    }
}
