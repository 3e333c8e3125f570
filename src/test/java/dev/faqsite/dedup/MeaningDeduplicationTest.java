package dev.faqsite.dedup;

import static dev.faqsite.dedup.DedupFixtures.merged;
import static dev.faqsite.dedup.DedupFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.dedup.internal.SentenceEncoder;
import dev.faqsite.dedup.internal.TextEncoder;
import dev.faqsite.diagnostic.Diagnostic;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.model.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deduplication with sentence embeddings: what they add, and what happens when they are missing or cached. */
class MeaningDeduplicationTest {
    /** Two wordings of one question that share too few words for the lexical rules, and unrelated questions. */
    private static final String ENGLISH = """
            ### 1. How can I change my password? {#change-password}

            **Answer:** Open the account settings and choose a new password.

            ### 2. How do I ask for a refund? {#refund}

            **Answer:** Write to support within thirty days of the purchase.

            ### 3. What is the way to change my password? {#password-way}

            **Answer:** Under Security, enter the current one first, then its replacement twice.

            ### 4. How long does delivery take? {#delivery}

            **Answer:** Parcels arrive within three working days.

            ### 5. Can I pay by credit card? {#credit-card}

            **Answer:** Yes, every major card is accepted.
            """;

    @TempDir
    Path temporary;

    @Test
    void anEnglishOnlySiteMergesRewordingsByMeaningThatWordingAloneKeepsApart() {
        List<Question> questions = parse("en", ENGLISH);

        assertThat(merged(new Deduplicator(Embeddings.inMemory()).deduplicate(questions, new Diagnostics())))
                .containsExactly("change-password+password-way");
        assertThat(merged(new Deduplicator(Embeddings.none()).deduplicate(questions, new Diagnostics()))).isEmpty();
    }

    @Test
    void withoutTheModelTheBuildWarnsOnceAndGroupsByWordingAsBefore() {
        List<Question> questions = parse("en", ENGLISH);
        TextEncoder broken = new TextEncoder() {
            @Override
            public Optional<String> unavailable(String model) {
                return Optional.of("the sentence-embedding model " + model + " could not load (test)");
            }

            @Override
            public float[] embed(String model, String text) {
                throw new AssertionError("never asked for an unavailable model");
            }
        };
        Diagnostics diagnostics = new Diagnostics();

        Deduplication deduplication = new Deduplicator(new Embeddings(broken, null)).deduplicate(questions, diagnostics);

        assertThat(merged(deduplication))
                .isEqualTo(merged(new Deduplicator(Embeddings.none()).deduplicate(questions, new Diagnostics())));
        assertThat(diagnostics.sorted()).singleElement()
                .satisfies(d -> assertThat(d.isError()).isFalse())
                .extracting(Diagnostic::message).asString().contains("could not load").contains("wording only");
    }

    @Test
    void aQuestionTheModelReadsNothingOfIsComparedByItsWordingAndTheRestByMeaning() {
        // Control characters, format characters and combining marks alone: the tokenizer leaves no token.
        List<Question> questions = parse("en", ENGLISH + """

                ### 6. \u000e \u200b\u0301 {#nothing-to-read}

                **Answer:** Nothing.
                """);

        Deduplication deduplication = new Deduplicator(Embeddings.inMemory()).deduplicate(questions,
                new Diagnostics());

        assertThat(merged(deduplication)).containsExactly("change-password+password-way");
    }

    @Test
    void aQuestionTheModelFailsOnIsComparedByItsWordingWithAWarning() {
        List<Question> questions = parse("en", ENGLISH);
        TextEncoder failsOnRefunds = new TextEncoder() {
            private final SentenceEncoder real = new SentenceEncoder();

            @Override
            public Optional<String> unavailable(String model) {
                return real.unavailable(model);
            }

            @Override
            public float[] embed(String model, String text) {
                if (text.contains("refund")) {
                    throw new IndexOutOfBoundsException("Index 0 out of bounds for length 0");
                }
                return real.embed(model, text);
            }
        };
        Diagnostics diagnostics = new Diagnostics();

        Deduplication deduplication = new Deduplicator(new Embeddings(failsOnRefunds, null))
                .deduplicate(questions, diagnostics);

        assertThat(merged(deduplication)).containsExactly("change-password+password-way");
        assertThat(diagnostics.sorted()).singleElement()
                .satisfies(d -> assertThat(d.isError()).isFalse())
                .extracting(Diagnostic::message).asString().contains("could not embed", "refund", "wording only");
    }

    @Test
    void aWarmCacheComputesNoEmbeddingAndNeverAsksForTheModel() {
        List<Question> questions = parse("en", ENGLISH);
        CountingEncoder encoder = new CountingEncoder();
        Path cache = temporary.resolve("cache");

        Deduplication cold = new Deduplicator(new Embeddings(encoder, cache)).deduplicate(questions, new Diagnostics());
        int embeddedCold = encoder.embedded.get();
        encoder.reset();
        Deduplication warm = new Deduplicator(new Embeddings(encoder, cache)).deduplicate(questions, new Diagnostics());

        assertThat(embeddedCold).isEqualTo(questions.size());
        assertThat(encoder.embedded.get()).isZero();
        assertThat(encoder.asked.get()).isZero();
        assertThat(pairs(warm)).isEqualTo(pairs(cold));
    }

    @Test
    void aQuestionAskedWordForWordInSeveralPlacesIsEmbeddedOnce() {
        List<Question> questions = parse("en", ENGLISH + ENGLISH.replace("{#", "{#again-"));
        CountingEncoder encoder = new CountingEncoder();

        Deduplication deduplication = new Deduplicator(new Embeddings(encoder, temporary.resolve("cache")))
                .deduplicate(questions, new Diagnostics());

        assertThat(encoder.embedded.get()).isEqualTo(questions.size() / 2);
        assertThat(merged(deduplication)).contains("change-password+password-way+again-change-password+again-password-way");
    }

    @Test
    void aDamagedCacheIsRecomputedWithAWarningAndTheSameGroups() throws Exception {
        List<Question> questions = parse("en", ENGLISH);
        Path cache = temporary.resolve("cache");
        Deduplication first = new Deduplicator(new Embeddings(new SentenceEncoder(), cache))
                .deduplicate(questions, new Diagnostics());
        Path file = cache.resolve(SentenceEncoder.ENGLISH + ".embeddings");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Diagnostics diagnostics = new Diagnostics();

        Deduplication second = new Deduplicator(new Embeddings(new SentenceEncoder(), cache))
                .deduplicate(questions, diagnostics);

        assertThat(pairs(second)).isEqualTo(pairs(first));
        assertThat(diagnostics.sorted()).singleElement().extracting(Diagnostic::message).asString()
                .contains("unreadable");
        assertThat(Files.size(file)).isEqualTo(bytes.length);
    }

    @Test
    void relatedQuestionsAreNeverOnTheSamePage() {
        Deduplication deduplication = new Deduplicator(Embeddings.inMemory())
                .deduplicate(parse("en", ENGLISH), new Diagnostics());

        for (QuestionGroup group : deduplication.groups()) {
            assertThat(deduplication.related(group)).extracting(RelatedQuestion::groupId)
                    .doesNotContain(group.id())
                    .allSatisfy(id -> assertThat(group.members()).extracting(Question::id).doesNotContain(id));
        }
    }

    @Test
    void aMergeShowsTheMeaningItRestsOn() {
        Deduplication deduplication = new Deduplicator(Embeddings.inMemory())
                .deduplicate(parse("en", ENGLISH), new Diagnostics());

        PairScore pair = deduplication.groups().stream().filter(g -> g.members().size() > 1).findFirst().orElseThrow()
                .pairs().get(0);
        assertThat(pair.meaning()).isGreaterThanOrEqualTo(SimilarityPolicy.defaults().sameMeaning());
        assertThat(pair.question()).isLessThan(SimilarityPolicy.defaults().sameQuestion());
        assertThat(pair.rule()).isEqualTo(PairScore.SIMILAR);
    }

    /**
     * LCQMC-style questions: a rewording whose embedding cosine is below the cosine rule's threshold, and a question
     * about one character of an idiom, whose cosine with the question about the whole idiom is above it.
     */
    private static final String CHINESE = """
            ### 1. 帮我把名字翻译成韩文！ {#translate-name}

            **答：** 把名字发给我们，写清楚是哪种写法。

            ### 2. 杞人忧天是什么意思 {#idiom}

            **答：** 比喻不必要的忧虑。

            ### 3. 谁能把这个名字翻译成韩文？ {#who-translates}

            **答：** 客服会在一天内回复。

            ### 4. 杞人忧天的忧是什么意思 {#idiom-character}

            **答：** 担心、发愁。

            ### 5. 快递一般几天能送到？ {#delivery}

            **答：** 三个工作日内。

            ### 6. 可以用信用卡付款吗？ {#credit-card}

            **答：** 可以，支持所有主流银行卡。
            """;

    @Test
    void theChineseModelsClassifierDecidesWhereTheCosineAloneWouldGoWrong() {
        List<Question> questions = parse("zh", CHINESE);
        Deduplication deduplication = new Deduplicator(Embeddings.inMemory()).deduplicate(questions, new Diagnostics());

        assertThat(merged(deduplication)).containsExactly("translate-name+who-translates");
        PairScore merge = deduplication.groups().stream().filter(g -> g.members().size() > 1).findFirst()
                .orElseThrow().pairs().get(0);
        assertThat(merge.sameMeaning()).isNotNegative();
        assertThat(merge.meaning()).isLessThan(SimilarityPolicy.defaults().sameMeaning());
        PairScore idiom = new Deduplicator(Embeddings.inMemory()).scorer(questions, new Diagnostics())
                .apply(question(questions, "idiom"), question(questions, "idiom-character"));
        assertThat(idiom.meaning()).isGreaterThanOrEqualTo(SimilarityPolicy.defaults().sameMeaning());
        assertThat(idiom.sameMeaning()).isNegative();
        assertThat(idiom.decision()).isNotEqualTo(Decision.DUPLICATE);
    }

    private static Question question(List<Question> questions, String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<PairScore> pairs(Deduplication deduplication) {
        return deduplication.groups().stream().flatMap(g -> g.pairs().stream()).toList();
    }

    /** The real model, counting what it is asked. */
    private static final class CountingEncoder implements TextEncoder {
        private final SentenceEncoder model = new SentenceEncoder();
        final AtomicInteger asked = new AtomicInteger();
        final AtomicInteger embedded = new AtomicInteger();

        @Override
        public Optional<String> unavailable(String name) {
            asked.incrementAndGet();
            return model.unavailable(name);
        }

        @Override
        public float[] embed(String name, String text) {
            embedded.incrementAndGet();
            return model.embed(name, text);
        }

        @Override
        public Optional<dev.faqsite.dedup.MeaningHead> head(String name) {
            return model.head(name);
        }

        void reset() {
            asked.set(0);
            embedded.set(0);
        }
    }
}
