package dev.faqsite.bench;

import dev.faqsite.model.MergeHints;
import dev.faqsite.model.PartKind;
import dev.faqsite.model.Question;
import dev.faqsite.model.QuestionPart;
import dev.faqsite.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic synthetic corpus for benchmarks, recombined from real questions and answers of one language
 * (Chinese or English).
 *
 * <p>Each synthetic question takes the phrasing of a real question and swaps its subject for a new subject
 * built from phrases of other questions and a made-up term, so the vocabulary keeps growing with the corpus as
 * in real content; its answer is a handful of sentences drawn from real answers. In {@link #generate} about one
 * question in six is a rewording of an earlier synthetic question (another phrasing, mostly the same answer), so
 * the corpus contains duplicate clusters as real content does; {@link #distinct} has none. The same seed and size
 * always give the same corpus. Immutable and thread-safe.
 */
public final class SyntheticCorpus {
    private static final double DUPLICATE_SHARE = 1.0 / 6;

    private final Wording wording;
    private final List<String> frames;
    private final List<String> phrases;
    private final List<String> sentences;

    private SyntheticCorpus(Wording wording, List<String> frames, List<String> phrases, List<String> sentences) {
        this.wording = wording;
        this.frames = frames;
        this.phrases = phrases;
        this.sentences = sentences;
    }

    /** A Chinese corpus: {@code from(seeds, "zh")}. */
    public static SyntheticCorpus from(List<Question> seeds) {
        return from(seeds, "zh");
    }

    /**
     * Builds the material from real questions: their phrasing, the phrases they are made of, their sentences.
     *
     * @param seeds    real questions; those in other languages are left out
     * @param language {@code zh} or {@code en}, the language of the seeds used and of the corpus
     */
    public static SyntheticCorpus from(List<Question> seeds, String language) {
        Wording wording = switch (language) {
            case "zh" -> Wording.CHINESE;
            case "en" -> Wording.ENGLISH;
            default -> throw new IllegalArgumentException("no synthetic wording for language " + language);
        };
        Set<String> frames = new LinkedHashSet<>();
        Set<String> phrases = new LinkedHashSet<>();
        Set<String> sentences = new LinkedHashSet<>();
        for (Question seed : seeds) {
            if (!seed.language().equals(language)) {
                continue;
            }
            String question = seed.questionText().strip();
            frames.add(question);
            phrases.addAll(wording.phrases(question));
            for (String sentence : seed.answerText().split("(?<=[。！？；.!?;])|\\n")) {
                if (sentence.strip().length() >= 8) {
                    sentences.add(sentence.strip());
                }
            }
        }
        if (phrases.isEmpty() || sentences.isEmpty()) {
            throw new IllegalArgumentException("the synthetic corpus needs real questions with answers in "
                    + language + " to recombine");
        }
        return new SyntheticCorpus(wording, List.copyOf(frames), List.copyOf(phrases), List.copyOf(sentences));
    }

    /** The language the questions are written in. */
    public String language() {
        return wording.language();
    }

    /**
     * {@code size} questions, ids {@code s0, s1, …}, in 100-question documents, about one in six a rewording of an
     * earlier one.
     */
    public List<Question> generate(int size, long seed) {
        return generate(size, seed, DUPLICATE_SHARE);
    }

    /**
     * {@code size} questions as {@link #generate} writes them but without rewordings: no two share a subject, so
     * each is a page of its own.
     */
    public List<Question> distinct(int size, long seed) {
        return generate(size, seed, 0);
    }

    private List<Question> generate(int size, long seed, double duplicateShare) {
        Random random = new Random(seed);
        List<Question> questions = new ArrayList<>(size);
        List<String> subjects = new ArrayList<>(size);
        Set<String> subjectsUsed = new HashSet<>();
        List<List<String>> answers = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String subject;
            List<String> answer;
            if (i > 0 && duplicateShare > 0 && random.nextDouble() < duplicateShare) {
                int original = random.nextInt(i);
                subject = subjects.get(original);
                answer = reworded(answers.get(original), random);
            } else {
                do {
                    subject = wording.subject(pick(phrases, random), wording.madeUpTerm(random), pick(phrases, random));
                } while (duplicateShare == 0 && !subjectsUsed.add(subject));
                answer = new ArrayList<>();
                int count = 3 + random.nextInt(4);
                for (int k = 0; k < count; k++) {
                    answer.add(pick(sentences, random));
                }
                answer.add(wording.closing(subject));
            }
            subjects.add(subject);
            answers.add(answer);
            String questionText = wording.withSubject(pick(frames, random), subject);
            String text = wording.join(answer);
            String document = "synthetic-" + (i / 100);
            questions.add(new Question("s" + i, false, wording.language(), document, questionText, questionText,
                    List.of(new QuestionPart(PartKind.ANSWER, wording.answerLabel(), "<p>" + text + "</p>", text)),
                    new SourceLocation(wording.language() + "/" + document + ".md", 1 + (i % 100) * 10),
                    MergeHints.NONE, ""));
        }
        return questions;
    }

    private List<String> reworded(List<String> answer, Random random) {
        List<String> copy = new ArrayList<>(answer);
        if (copy.size() > 2) {
            copy.remove(random.nextInt(copy.size() - 1));
        }
        copy.add(random.nextInt(copy.size() + 1), pick(sentences, random));
        return copy;
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
