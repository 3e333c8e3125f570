package dev.faqsite.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * How synthetic questions are worded in one language: the phrases a real question is cut into, how a new subject
 * replaces the old one, and the made-up terms that keep the vocabulary growing with the corpus.
 */
interface Wording {
    /** The language code the questions are written in. */
    String language();

    /** The label of an answer, as an author writes it before the colon: {@code 答案}, {@code Answer}. */
    String answerLabel();

    /** Phrases of a real question that can make up new subjects. */
    List<String> phrases(String question);

    /** A made-up term, new vocabulary as a growing corpus would have. */
    String madeUpTerm(Random random);

    /** A subject made of two real phrases around a made-up term. */
    String subject(String first, String term, String second);

    /** The real question's phrasing, asked about another subject. */
    String withSubject(String frame, String subject);

    /** The last sentence of a new answer, which names its subject so every answer differs. */
    String closing(String subject);

    /** Sentences joined into one paragraph. */
    String join(List<String> sentences);

    Wording CHINESE = new Wording() {
        private static final String MADE_UP_CHARACTERS =
                "安保边标表别并波博才材采参策层查产长常场车成程持出处传创词从存达大代单导道得灯等低地点电调定动度端断对"
                        + "多发法反范方防访放非分风服符幅负复改概感高格个更工公功共构估股固关观管光规广归国过海含行合核"
                        + "恒红后候互户护话划化环换回汇混活获机积基级极集计记技际继加价架间检简建健将交角教阶接节结解界"
                        + "金进近经精景径境静纠局矩句聚卷决均开看考科可克空控口库块快宽况框扩来蓝类理力立联链量列林灵流";

        @Override
        public String language() {
            return "zh";
        }

        @Override
        public String answerLabel() {
            return "答案";
        }

        @Override
        public List<String> phrases(String question) {
            List<String> phrases = new ArrayList<>();
            for (String phrase : question.split("[，。？?、：:（）()\\s的和与]+")) {
                if (phrase.length() >= 2) {
                    phrases.add(phrase);
                }
            }
            return phrases;
        }

        @Override
        public String madeUpTerm(Random random) {
            StringBuilder term = new StringBuilder();
            for (int k = 0; k < 2; k++) {
                term.append(MADE_UP_CHARACTERS.charAt(random.nextInt(MADE_UP_CHARACTERS.length())));
            }
            return term.toString();
        }

        @Override
        public String subject(String first, String term, String second) {
            return first + term + second;
        }

        @Override
        public String withSubject(String frame, String subject) {
            int marker = Math.max(frame.lastIndexOf('的'), frame.lastIndexOf('何'));
            String head = marker > 0 ? frame.substring(0, marker + 1) : frame.replaceAll("[？?。]$", "");
            return head + subject + "？";
        }

        @Override
        public String closing(String subject) {
            return subject + "需要结合具体场景评估。";
        }

        @Override
        public String join(List<String> sentences) {
            return String.join("", sentences);
        }
    };

    Wording ENGLISH = new Wording() {
        // Words that end a phrase: a subject such as "model training" is made of the words between them.
        private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by",
                "can", "could", "do", "does", "for", "from", "how", "in", "into", "is", "it", "its", "might", "of",
                "on", "or", "should", "that", "the", "their", "these", "this", "to", "what", "when", "which", "who",
                "why", "will", "with", "would", "you", "your");
        private static final String CONSONANTS = "bdfgklmnprstvz";
        private static final String VOWELS = "aeiou";

        @Override
        public String language() {
            return "en";
        }

        @Override
        public String answerLabel() {
            return "Answer";
        }

        @Override
        public List<String> phrases(String question) {
            List<String> phrases = new ArrayList<>();
            for (String clause : question.split("[,.?!:;()\"]+")) {
                List<String> words = new ArrayList<>();
                for (String word : (clause.strip() + " .").split("\\s+")) {
                    if (word.equals(".") || FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                        String phrase = String.join(" ", words);
                        if (phrase.length() >= 5) {
                            phrases.add(phrase);
                        }
                        words.clear();
                    } else {
                        words.add(word);
                    }
                }
            }
            return phrases;
        }

        @Override
        public String madeUpTerm(Random random) {
            StringBuilder term = new StringBuilder();
            for (int k = 0; k < 3; k++) {
                term.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())))
                        .append(VOWELS.charAt(random.nextInt(VOWELS.length())));
            }
            return term.toString();
        }

        @Override
        public String subject(String first, String term, String second) {
            return first + " " + term + " " + second;
        }

        @Override
        public String withSubject(String frame, String subject) {
            String question = frame.replaceAll("[?.!]+$", "");
            int marker = -1;
            for (String preposition : List.of(" of ", " for ", " about ", " on ", " in ")) {
                int at = question.lastIndexOf(preposition);
                marker = at < 0 ? marker : Math.max(marker, at + preposition.length());
            }
            String head = marker > 0 ? question.substring(0, marker) : question + " for ";
            return head + subject + "?";
        }

        @Override
        public String closing(String subject) {
            return "How " + subject + " applies depends on the specific scenario.";
        }

        @Override
        public String join(List<String> sentences) {
            return String.join(" ", sentences);
        }
    };
}
