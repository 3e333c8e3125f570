package dev.faqsite.bench;

import dev.faqsite.model.MergeHints;
import dev.faqsite.model.PartKind;
import dev.faqsite.model.Question;
import dev.faqsite.model.QuestionPart;
import dev.faqsite.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic synthetic corpus for benchmarks, recombined from real questions and answers.
 *
 * <p>Each synthetic question takes the phrasing of a real question and swaps its subject for a new subject
 * built from phrases of other questions and a made-up term, so the vocabulary keeps growing with the corpus as
 * in real content; its answer is a handful of sentences drawn from real answers. About one question in six is a
 * rewording of an earlier synthetic question (another phrasing, mostly the same answer), so the corpus contains
 * duplicate clusters as real content does. The same seed and size always give the same corpus.
 */
public final class SyntheticCorpus {
    private static final double DUPLICATE_SHARE = 1.0 / 6;
    private static final String MADE_UP_CHARACTERS =
            "安保边标表别并波博才材采参策层查产长常场车成程持出处传创词从存达大代单导道得灯等低地点电调定动度端断对"
                    + "多发法反范方防访放非分风服符幅负复改概感高格个更工公功共构估股固关观管光规广归国过海含行合核"
                    + "恒红后候互户护话划化环换回汇混活获机积基级极集计记技际继加价架间检简建健将交角教阶接节结解界"
                    + "金进近经精景径境静纠局矩句聚卷决均开看考科可克空控口库块快宽况框扩来蓝类理力立联链量列林灵流";

    private final List<String> frames;
    private final List<String> phrases;
    private final List<String> sentences;

    private SyntheticCorpus(List<String> frames, List<String> phrases, List<String> sentences) {
        this.frames = frames;
        this.phrases = phrases;
        this.sentences = sentences;
    }

    /** Builds the material from real questions: their phrasing, the phrases they are made of, their sentences. */
    public static SyntheticCorpus from(List<Question> seeds) {
        Set<String> frames = new LinkedHashSet<>();
        Set<String> phrases = new LinkedHashSet<>();
        Set<String> sentences = new LinkedHashSet<>();
        for (Question seed : seeds) {
            String question = seed.questionText().strip();
            frames.add(question);
            for (String phrase : question.split("[，。？?、：:（）()\\s的和与]+")) {
                if (phrase.length() >= 2) {
                    phrases.add(phrase);
                }
            }
            for (String sentence : seed.answerText().split("(?<=[。！？；.!?;])|\\n")) {
                if (sentence.strip().length() >= 8) {
                    sentences.add(sentence.strip());
                }
            }
        }
        if (frames.isEmpty() || sentences.isEmpty()) {
            throw new IllegalArgumentException("the synthetic corpus needs real questions with answers to recombine");
        }
        return new SyntheticCorpus(List.copyOf(frames), List.copyOf(phrases), List.copyOf(sentences));
    }

    /** {@code size} questions in language {@code zh}, in 100-question documents. */
    public List<Question> generate(int size, long seed) {
        Random random = new Random(seed);
        List<Question> questions = new ArrayList<>(size);
        List<String> subjects = new ArrayList<>(size);
        List<List<String>> answers = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String subject;
            List<String> answer;
            if (i > 0 && random.nextDouble() < DUPLICATE_SHARE) {
                int original = random.nextInt(i);
                subject = subjects.get(original);
                answer = reworded(answers.get(original), random);
            } else {
                subject = pick(phrases, random) + madeUpTerm(random) + pick(phrases, random);
                answer = new ArrayList<>();
                int count = 3 + random.nextInt(4);
                for (int k = 0; k < count; k++) {
                    answer.add(pick(sentences, random));
                }
                answer.add(subject + "需要结合具体场景评估。");
            }
            subjects.add(subject);
            answers.add(answer);
            String questionText = withSubject(pick(frames, random), subject);
            String text = String.join("", answer);
            String document = "synthetic-" + (i / 100);
            questions.add(new Question("s" + i, false, "zh", document, questionText, questionText,
                    List.of(new QuestionPart(PartKind.ANSWER, "答案", "<p>" + text + "</p>", text)),
                    new SourceLocation("zh/" + document + ".md", 1 + (i % 100) * 10), MergeHints.NONE, ""));
        }
        return questions;
    }

    private static String withSubject(String frame, String subject) {
        int marker = Math.max(frame.lastIndexOf('的'), frame.lastIndexOf('何'));
        String head = marker > 0 ? frame.substring(0, marker + 1) : frame.replaceAll("[？?。]$", "");
        return head + subject + "？";
    }

    private List<String> reworded(List<String> answer, Random random) {
        List<String> copy = new ArrayList<>(answer);
        if (copy.size() > 2) {
            copy.remove(random.nextInt(copy.size() - 1));
        }
        copy.add(random.nextInt(copy.size() + 1), pick(sentences, random));
        return copy;
    }

    private static String madeUpTerm(Random random) {
        StringBuilder term = new StringBuilder();
        for (int k = 0; k < 2; k++) {
            term.append(MADE_UP_CHARACTERS.charAt(random.nextInt(MADE_UP_CHARACTERS.length())));
        }
        return term.toString();
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
