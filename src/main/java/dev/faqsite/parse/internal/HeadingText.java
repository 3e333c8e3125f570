package dev.faqsite.parse.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rules about heading text: numbering, question marks, prose headings. Stateless. */
public final class HeadingText {
    /**
     * "1. ", "1.1 ", "2、", "(3) ", "一、": a number followed by punctuation or space. Possessive quantifiers
     * ({@code *+}) match in one pass: a repeated group that may backtrack recurses once per repetition in
     * java.util.regex, and a heading of a thousand "1." would overflow the stack.
     */
    private static final Pattern ARABIC_NUMBER = Pattern.compile(
            "^\\s*+(?:\\d++(?:[.．]\\d++)*+(?:[.．、)）:：]\\s*+|\\s++)|[（(]\\d++[)）]\\s*+)");
    private static final Pattern CHINESE_NUMBER = Pattern.compile("^\\s*+[一二三四五六七八九十百零〇]++[、.．]\\s*+");
    private static final Set<String> PROSE_HEADINGS = Set.of(
            "引言", "前言", "导言", "简介", "介绍", "概述", "背景", "结论", "总结", "结语", "小结", "后记", "参考", "参考资料",
            "参考文献", "附录", "introduction", "overview", "background", "conclusion", "conclusions", "summary",
            "closingthoughts", "references", "appendix");

    private HeadingText() {
    }

    /** The heading without a leading number such as {@code 1.} or {@code 一、}. */
    public static String withoutNumber(String heading) {
        String stripped = ARABIC_NUMBER.matcher(heading).replaceFirst("");
        return CHINESE_NUMBER.matcher(stripped).replaceFirst("").strip();
    }

    /** True for {@code 1. …}, {@code 1.1 …} and {@code (1) …}; chapter numbers like {@code 一、} are not counted. */
    public static boolean hasArabicNumber(String heading) {
        return ARABIC_NUMBER.matcher(heading).lookingAt();
    }

    public static boolean endsWithQuestionMark(String heading) {
        String text = heading.strip();
        return text.endsWith("？") || text.endsWith("?");
    }

    /** Introductions, conclusions and similar headings that are never questions. */
    public static boolean isProseHeading(String heading) {
        String key = Normalizer.normalize(withoutNumber(heading), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{P}]+", "");
        return PROSE_HEADINGS.contains(key);
    }

    /**
     * The trailing {@code {#id key=value …}} attribute with the whitespace before it, if the text ends with one:
     * group 1 is the id, group 2 the options.
     */
    public static Optional<MatchResult> idAttribute(String text) {
        // One attempt at the last "{#": searching for the pattern from every position of a long line, each
        // attempt scanning ahead, would take time quadratic in the line's length.
        int start = text.lastIndexOf("{#");
        if (start < 0) {
            return Optional.empty();
        }
        while (start > 0 && isPatternSpace(text.charAt(start - 1))) {
            start--;
        }
        Matcher matcher = ID_ATTRIBUTE.matcher(text).region(start, text.length());
        return matcher.matches() ? Optional.of(matcher.toMatchResult()) : Optional.empty();
    }

    /** What {@code \s} matches. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static final Pattern ID_ATTRIBUTE =
            Pattern.compile("\\s*+\\{#([^{}\\s]*+)((?:\\s++[^{}\\s=]++=[^{}\\s]*+)*+)\\s*+}\\s*+");
}
