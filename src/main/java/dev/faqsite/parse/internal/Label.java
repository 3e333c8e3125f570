package dev.faqsite.parse.internal;

import dev.faqsite.model.PartKind;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A recognised part label such as {@code **答案：**}.
 *
 * @param kind     the part it starts
 * @param text     the label as written, without its colon
 * @param numbered true for {@code 题目 1} style labels that start a question of their own
 */
public record Label(PartKind kind, String text, boolean numbered) {

    private static final Map<String, PartKind> VOCABULARY = Map.ofEntries(
            Map.entry("题目", PartKind.QUESTION), Map.entry("问题", PartKind.QUESTION), Map.entry("问", PartKind.QUESTION),
            Map.entry("question", PartKind.QUESTION), Map.entry("q", PartKind.QUESTION),
            Map.entry("答案", PartKind.ANSWER), Map.entry("回答", PartKind.ANSWER), Map.entry("答", PartKind.ANSWER),
            Map.entry("答案解析", PartKind.ANSWER), Map.entry("answer", PartKind.ANSWER), Map.entry("a", PartKind.ANSWER),
            Map.entry("answerandexplanation", PartKind.ANSWER),
            Map.entry("解析", PartKind.EXPLANATION), Map.entry("解释", PartKind.EXPLANATION),
            Map.entry("说明", PartKind.EXPLANATION), Map.entry("详细解析", PartKind.EXPLANATION),
            Map.entry("explanation", PartKind.EXPLANATION), Map.entry("analysis", PartKind.EXPLANATION),
            Map.entry("举例", PartKind.EXAMPLE), Map.entry("示例", PartKind.EXAMPLE), Map.entry("例子", PartKind.EXAMPLE),
            Map.entry("实例", PartKind.EXAMPLE), Map.entry("example", PartKind.EXAMPLE), Map.entry("examples", PartKind.EXAMPLE),
            Map.entry("源代码实例", PartKind.CODE), Map.entry("源代码", PartKind.CODE), Map.entry("代码", PartKind.CODE),
            Map.entry("代码实例", PartKind.CODE), Map.entry("代码示例", PartKind.CODE), Map.entry("code", PartKind.CODE),
            Map.entry("sourcecode", PartKind.CODE), Map.entry("codeexample", PartKind.CODE),
            Map.entry("sourcecodeexample", PartKind.CODE));

    /**
     * Recognises label text (without colon); unknown labels such as {@code 风险} stay ordinary text. A question
     * label followed by a number ({@code 题目 1}) is numbered.
     */
    public static Optional<Label> recognise(String written) {
        String key = Normalizer.normalize(written, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{Pd}_]+", "");
        PartKind kind = VOCABULARY.get(key);
        if (kind != null) {
            return Optional.of(new Label(kind, written.strip(), false));
        }
        // A scan from the end: the pattern (.*?)(\d+) tried every split of a long run of digits, in quadratic time.
        int numberStart = key.length();
        while (numberStart > 0 && isAsciiDigit(key.charAt(numberStart - 1))) {
            numberStart--;
        }
        if (numberStart < key.length() && VOCABULARY.get(key.substring(0, numberStart)) == PartKind.QUESTION) {
            return Optional.of(new Label(PartKind.QUESTION, written.strip(), true));
        }
        return Optional.empty();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
