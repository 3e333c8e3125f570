package dev.faqsite.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Martin Porter's stemming algorithm, in the formulation lunr.js 2.3.9 uses, so that a word stemmed at build time
 * in Java equals the word lunr stems in the browser ({@code training} → {@code train}). Thread-safe; remembers
 * the stems of up to 200,000 words.
 */
public final class PorterStemmer {
    private static final String CONSONANT = "[^aeiou]";
    private static final String VOWEL = "[aeiouy]";
    private static final String CONSONANTS = CONSONANT + "[^aeiouy]*";
    private static final String VOWELS = VOWEL + "[aeiou]*";

    /** Measure m > 0, m = 1 and m > 1 of Porter's [C](VC)^m[V]; and "contains a vowel". */
    private static final Pattern M_GT_0 = Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS);
    private static final Pattern M_EQ_1 = Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + "(" + VOWELS + ")?$");
    private static final Pattern M_GT_1 = Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + VOWELS + CONSONANTS);
    private static final Pattern HAS_VOWEL = Pattern.compile("^(" + CONSONANTS + ")?" + VOWEL);
    /** Ends consonant-vowel-consonant, where the last consonant is not w, x or y. */
    private static final Pattern CVC = Pattern.compile("^" + CONSONANTS + VOWEL + "[^aeiouwxy]$");

    private static final Pattern STEP_1A_SSES_IES = Pattern.compile("^(.+?)(ss|i)es$");
    private static final Pattern STEP_1A_S = Pattern.compile("^(.+?)([^s])s$");
    private static final Pattern STEP_1B_EED = Pattern.compile("^(.+?)eed$");
    private static final Pattern STEP_1B_ED_ING = Pattern.compile("^(.+?)(ed|ing)$");
    private static final Pattern STEP_1B_RESTORE_E = Pattern.compile("(at|bl|iz)$");
    private static final Pattern STEP_1B_DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
    private static final Pattern STEP_1C = Pattern.compile("^(.+?[^aeiou])y$");
    private static final Pattern STEP_2 = Pattern.compile("^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli"
            + "|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Pattern STEP_3 = Pattern.compile("^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$");
    private static final Pattern STEP_4 = Pattern.compile(
            "^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern STEP_4_ION = Pattern.compile("^(.+?)(s|t)(ion)$");
    private static final Pattern STEP_5 = Pattern.compile("^(.+?)e$");
    private static final Pattern STEP_5_LL = Pattern.compile("ll$");

    private static final Map<String, String> STEP_2_SUFFIXES = Map.ofEntries(
            Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
            Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"), Map.entry("alli", "al"),
            Map.entry("entli", "ent"), Map.entry("eli", "e"), Map.entry("ousli", "ous"), Map.entry("ization", "ize"),
            Map.entry("ation", "ate"), Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"),
            Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
            Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
    private static final Map<String, String> STEP_3_SUFFIXES = Map.of(
            "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

    /** A site has a few thousand distinct words but millions of occurrences: each is stemmed once. */
    private static final int CACHED_WORDS = 200_000;
    private final Map<String, String> stems = new java.util.concurrent.ConcurrentHashMap<>();

    /** Stems a lower-case word. Words shorter than three characters are returned unchanged. Thread-safe. */
    public String stem(String word) {
        if (word.length() < 3) {
            return word;
        }
        String cached = stems.get(word);
        if (cached != null) {
            return cached;
        }
        String stemmed = stemUncached(word);
        if (stems.size() < CACHED_WORDS) {
            stems.put(word, stemmed);
        }
        return stemmed;
    }

    private String stemUncached(String word) {
        String w = word;
        boolean initialY = w.charAt(0) == 'y';
        if (initialY) {
            w = 'Y' + w.substring(1);
        }
        w = step1a(w);
        w = step1b(w);
        w = step1c(w);
        w = replaceSuffix(w, STEP_2, STEP_2_SUFFIXES);
        w = replaceSuffix(w, STEP_3, STEP_3_SUFFIXES);
        w = step4(w);
        w = step5(w);
        if (initialY) {
            w = 'y' + w.substring(1);
        }
        return w;
    }

    private static String step1a(String w) {
        Matcher m = STEP_1A_SSES_IES.matcher(w);
        if (m.matches()) {
            return m.group(1) + m.group(2);
        }
        m = STEP_1A_S.matcher(w);
        return m.matches() ? m.group(1) + m.group(2) : w;
    }

    private static String step1b(String w) {
        Matcher m = STEP_1B_EED.matcher(w);
        if (m.matches()) {
            return M_GT_0.matcher(m.group(1)).find() ? w.substring(0, w.length() - 1) : w;
        }
        m = STEP_1B_ED_ING.matcher(w);
        if (!m.matches() || !HAS_VOWEL.matcher(m.group(1)).find()) {
            return w;
        }
        String stem = m.group(1);
        if (STEP_1B_RESTORE_E.matcher(stem).find()) {
            return stem + "e";
        }
        if (STEP_1B_DOUBLE.matcher(stem).find()) {
            return stem.substring(0, stem.length() - 1);
        }
        return CVC.matcher(stem).find() ? stem + "e" : stem;
    }

    private static String step1c(String w) {
        Matcher m = STEP_1C.matcher(w);
        return m.matches() ? m.group(1) + "i" : w;
    }

    private static String replaceSuffix(String w, Pattern pattern, Map<String, String> replacements) {
        Matcher m = pattern.matcher(w);
        if (m.matches() && M_GT_0.matcher(m.group(1)).find()) {
            return m.group(1) + replacements.get(m.group(2));
        }
        return w;
    }

    private static String step4(String w) {
        Matcher m = STEP_4.matcher(w);
        if (m.matches()) {
            return M_GT_1.matcher(m.group(1)).find() ? m.group(1) : w;
        }
        m = STEP_4_ION.matcher(w);
        if (m.matches()) {
            String stem = m.group(1) + m.group(2);
            return M_GT_1.matcher(stem).find() ? stem : w;
        }
        return w;
    }

    private static String step5(String w) {
        Matcher m = STEP_5.matcher(w);
        if (m.matches()) {
            String stem = m.group(1);
            if (M_GT_1.matcher(stem).find() || (M_EQ_1.matcher(stem).find() && !CVC.matcher(stem).find())) {
                w = stem;
            }
        }
        if (STEP_5_LL.matcher(w).find() && M_GT_1.matcher(w).find()) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
