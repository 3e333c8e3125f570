package dev.faqsite.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Splits text into index terms, the same way for Chinese and English and for dedup and search.
 *
 * <ul>
 *   <li>Text is normalised with NFKC (full-width forms become ASCII), lower-cased, and traditional Chinese
 *       characters are folded to simplified ones ({@link TraditionalChinese}).</li>
 *   <li>A run of Han characters gives overlapping character bigrams; a single Han character stays a unigram.</li>
 *   <li>A run of other letters and digits is a word: English stop words are dropped, the rest Porter-stemmed.</li>
 *   <li>Everything else separates runs, so {@code GPU训练} gives {@code gpu}, {@code 训练}.</li>
 * </ul>
 * For comparing texts ({@link #forSimilarity()}), Chinese function words and question phrasing such as
 * {@code 如何} or {@code 哪些} also separate runs, so they neither count nor glue words into meaningless bigrams.
 * Stateless and thread-safe.
 */
public final class Terms {
    private final PorterStemmer stemmer = new PorterStemmer();
    private final Set<String> hanStopWords;
    private final int longestStopWord;
    private final Set<Character> stopWordStarts;
    private final boolean hanUnigrams;

    private Terms(Set<String> hanStopWords, boolean hanUnigrams) {
        this.hanStopWords = hanStopWords;
        this.longestStopWord = hanStopWords.stream().mapToInt(String::length).max().orElse(0);
        this.stopWordStarts = hanStopWords.stream().map(w -> w.charAt(0)).collect(java.util.stream.Collectors.toSet());
        this.hanUnigrams = hanUnigrams;
    }

    /** Every word counts: the tokenisation of the search index. */
    public static Terms forSearch() {
        return new Terms(Set.of(), false);
    }

    /**
     * For comparing texts: Chinese function words and question phrasing separate words instead of counting, and
     * single Han characters count beside bigrams, so that a shortened word ({@code 挑战} for {@code 核心挑战}) or
     * a reordered phrase still matches in part.
     */
    public static Terms forSimilarity() {
        return new Terms(StopWords.CHINESE, true);
    }

    public List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        forEach(text, terms::add);
        return terms;
    }

    public void forEach(String text, Consumer<String> sink) {
        scan(text, (term, surface) -> sink.accept(term));
    }

    /**
     * Every term of the text with the word it came from: for a non-Han word the normalised word before stemming
     * (what typo tolerance compares a reader's word with), for Han terms null.
     */
    public void forEachWithSurface(String text, BiConsumer<String, String> sink) {
        scan(text, sink);
    }

    private void scan(String text, BiConsumer<String, String> sink) {
        String normalised = normalise(text);
        int i = 0;
        int length = normalised.length();
        while (i < length) {
            int codePoint = normalised.codePointAt(i);
            if (isHan(codePoint)) {
                int end = i;
                while (end < length) {
                    int next = normalised.codePointAt(end);
                    if (!isHan(next)) {
                        break;
                    }
                    end += Character.charCount(next);
                }
                emitHanWithoutStopWords(normalised.substring(i, end), term -> sink.accept(term, null));
                i = end;
            } else if (Character.isLetterOrDigit(codePoint)) {
                int end = i;
                while (end < length && isWordPart(normalised.codePointAt(end))) {
                    end += Character.charCount(normalised.codePointAt(end));
                }
                emitWord(normalised.substring(i, end), sink);
                i = end;
            } else {
                i += Character.charCount(codePoint);
            }
        }
    }

    /** Splits a Han run at stop words (longest first) and emits the pieces between them. */
    private void emitHanWithoutStopWords(String run, Consumer<String> sink) {
        if (hanStopWords.isEmpty()) {
            emitHan(run, sink);
            return;
        }
        int start = 0;
        int i = 0;
        while (i < run.length()) {
            int stop = stopWordAt(run, i);
            if (stop > 0) {
                if (i > start) {
                    emitHan(run.substring(start, i), sink);
                }
                i += stop;
                start = i;
            } else {
                i++;
            }
        }
        if (start < run.length()) {
            emitHan(run.substring(start), sink);
        }
    }

    private int stopWordAt(String run, int at) {
        if (!stopWordStarts.contains(run.charAt(at))) {
            return 0;
        }
        for (int length = Math.min(longestStopWord, run.length() - at); length > 0; length--) {
            if (hanStopWords.contains(run.substring(at, at + length))) {
                return length;
            }
        }
        return 0;
    }

    private void emitHan(String run, Consumer<String> sink) {
        if (run.length() > 1 && run.codePointCount(0, run.length()) == run.length()) {
            // No surrogate pairs, as in almost all Chinese text: each bigram is a piece of the run.
            for (int k = 0; k + 1 < run.length(); k++) {
                sink.accept(run.substring(k, k + 2));
            }
            if (hanUnigrams) {
                for (int k = 0; k < run.length(); k++) {
                    sink.accept(run.substring(k, k + 1));
                }
            }
            return;
        }
        int[] codePoints = run.codePoints().toArray();
        if (codePoints.length == 1) {
            sink.accept(run);
            return;
        }
        for (int k = 0; k + 1 < codePoints.length; k++) {
            sink.accept(new String(codePoints, k, 2));
        }
        if (hanUnigrams) {
            for (int codePoint : codePoints) {
                sink.accept(Character.toString(codePoint));
            }
        }
    }

    private void emitWord(String word, BiConsumer<String, String> sink) {
        if (!StopWords.ENGLISH.contains(word)) {
            sink.accept(stemmer.stem(word), word);
        }
    }

    /** NFKC, lower case, traditional Chinese folded to simplified: the text as index terms see it. */
    public static String normalise(String text) {
        return TraditionalChinese.fold(Nfkc.normalize(text).toLowerCase(Locale.ROOT));
    }

    private static boolean isWordPart(int codePoint) {
        return !isHan(codePoint) && Character.isLetterOrDigit(codePoint);
    }

    public static boolean isHan(int codePoint) {
        // Han starts at U+2E80 (CJK radicals): Latin text never needs the script lookup. Nor does most Chinese text:
        // CJK Unified Ideographs and Extension A are Han throughout (to U+9FFC, the last one every supported JDK's
        // Unicode assigns); everything else goes through the JDK's table.
        if (codePoint < 0x2E80) {
            return false;
        }
        if ((codePoint >= 0x4E00 && codePoint <= 0x9FFC) || (codePoint >= 0x3400 && codePoint <= 0x4DBF)) {
            return true;
        }
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
