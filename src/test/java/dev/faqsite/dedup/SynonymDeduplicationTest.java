package dev.faqsite.dedup;

import static dev.faqsite.dedup.DedupFixtures.merged;
import static dev.faqsite.dedup.DedupFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.model.Question;
import dev.faqsite.thesaurus.Thesaurus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The site's synonyms file also tells deduplication which words mean the same. */
class SynonymDeduplicationTest {
    private static final String ENGLISH = """
            ### 1. How do you improve the interpretability of a model? {#interpretability}

            **Answer:** Prefer simpler models where they suffice, report feature attributions for each prediction,
            and document the training data.

            ### 2. How long does delivery take? {#delivery}

            **Answer:** Parcels arrive within three working days.

            ### 3. How can the explainability of a model be improved? {#explainability}

            **Answer:** Feature attributions show what drove each prediction; a model card documents the data.

            ### 4. Can I pay by credit card? {#credit-card}

            **Answer:** Yes, every major card is accepted.

            ### 5. How do I reset my password? {#password}

            **Answer:** Open the account settings and choose a new password.
            """;

    private static final Thesaurus SYNONYMS = new Thesaurus(
            List.of(List.of("interpretability", "explainability", "explainable AI")), List.of());

    @Test
    void questionsAskedInEachOthersSynonymsShareAPage() {
        List<Question> questions = parse("en", ENGLISH);

        assertThat(merged(new Deduplicator(Embeddings.none()).deduplicate(questions, new Diagnostics()))).isEmpty();
        assertThat(merged(new Deduplicator(Embeddings.none()).withSynonyms(Map.of("en", SYNONYMS))
                .deduplicate(questions, new Diagnostics())))
                .containsExactly("interpretability+explainability");
    }

    @Test
    void synonymsOfAnotherLanguageChangeNothing() {
        List<Question> questions = parse("en", ENGLISH);

        assertThat(merged(new Deduplicator(Embeddings.none()).withSynonyms(Map.of("zh", SYNONYMS))
                .deduplicate(questions, new Diagnostics()))).isEmpty();
    }
}
