package dev.faqsite.parse;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Documents written to make a parser, a regular expression or the deduplication slow: each generator makes a
 * complete document whose cost would grow faster than its size if some stage were superlinear in it. Used by
 * {@link HostileInputLimitsTest} at attack size and by {@link HostileInputScaling} at n and 4n.
 */
public final class HostileInputs {
    private HostileInputs() {
    }

    /**
     * @param name       what the document is made of
     * @param attackSize the size parameter of the largest document the tests try; 4n at most for the scaling run
     * @param document   the whole document for a size parameter
     */
    public record Generator(String name, int attackSize, IntFunction<String> document) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String HEAD = "---\ntitle: \"t\"\nslug: t\n---\n\n";
    private static final String QUESTION = "### 1. 什么是过拟合？ {#q0}\n\n**答案：** 模型记住了噪声。\n\n";

    /** {@code unit} {@code count} times, with a line break after every {@code perLine}, so no line is too long. */
    static String wrapped(String unit, int count, int perLine) {
        StringBuilder text = new StringBuilder(unit.length() * count + count / perLine + 1);
        for (int i = 1; i <= count; i++) {
            text.append(unit);
            if (i % perLine == 0) {
                text.append('\n');
            }
        }
        return text.append('\n').toString();
    }

    private static String answer(String body) {
        return HEAD + QUESTION + body;
    }

    public static final List<Generator> ALL = List.of(
            // Regular expressions over one long line (issue #15, item 8).
            new Generator("spaces before a heading id", 19_000,
                    n -> HEAD + "### 1. x" + " ".repeat(n) + "y {#q1}\n\n**答案：** a\n"),
            new Generator("digits in a label", 19_000,
                    n -> HEAD + "### 1. q {#q1}\n\n**题目" + "1".repeat(n) + "x：** q\n\n**答案：** a\n"),
            new Generator("numbering 1.1.1… in a question", 9_000,
                    n -> HEAD + "### 1. q {#q1}\n\n**题目：** " + "1.".repeat(n) + "\n\n**答案：** a\n"),
            new Generator("numbering 1.1.1… in a heading", 9_000,
                    n -> HEAD + "### " + "1.".repeat(n) + " 问题？ {#q1}\n\n**答案：** a\n"),
            new Generator("attributes in an id", 1_200,
                    n -> HEAD + "### 1. q {#q1" + " duplicate-of=q1".repeat(n) + "}\n\n**答案：** a\n"),
            new Generator("unclosed id attributes", 4_000,
                    n -> HEAD + "### 1. q " + "{#a ".repeat(n) + "\n\n**答案：** a\n"),
            new Generator("hyphens in a site link", 9_000,
                    n -> answer("[x](q:" + "a-".repeat(n) + "a)\n")),
            new Generator("a long id", 19_000,
                    n -> HEAD + "### 1. q {#" + "a".repeat(n) + "}\n\n**答案：** a\n"),
            // Markdown syntax storms (item 5).
            new Generator("opening brackets", 400_000, n -> answer(wrapped("[", n, 10_000))),
            new Generator("nested links", 50_000, n -> answer(wrapped("[a", n, 5_000) + wrapped("](b)", n, 2_000))),
            new Generator("nested images", 50_000, n -> answer(wrapped("![a", n, 2_000) + wrapped("](b)", n, 2_000))),
            new Generator("unclosed emphasis", 200_000, n -> answer(wrapped("*a **", n, 2_000))),
            new Generator("underscores", 400_000, n -> answer(wrapped("a_", n, 5_000))),
            new Generator("backticks", 200_000, n -> answer(wrapped("`a ", n, 3_000))),
            new Generator("less-than signs", 400_000, n -> answer(wrapped("<", n, 10_000))),
            new Generator("entities", 200_000, n -> answer(wrapped("&amp;", n, 2_000))),
            new Generator("links", 80_000, n -> answer(wrapped("[a](https://e.org/) ", n, 500))),
            new Generator("site links", 100_000, n -> answer(wrapped("[a](q:q0) ", n, 1_000))),
            new Generator("autolinks", 100_000, n -> answer(wrapped("https://e.org/x ", n, 1_000))),
            new Generator("dots in a www autolink", 9_000, n -> answer("www.a" + ".a".repeat(n) + "\n")),
            new Generator("reference definitions", 50_000, n -> {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    text.append("[r").append(i).append("]: /u\n");
                }
                for (int i = 0; i < n; i++) {
                    text.append("[r").append(i).append("]\n");
                }
                return answer(text.toString());
            }),
            new Generator("table columns", 9_000,
                    n -> answer("|" + "a|".repeat(n) + "\n|" + "-|".repeat(n) + "\n|" + "b|".repeat(n) + "\n")),
            new Generator("table rows", 100_000, n -> answer("|a|b|\n|-|-|\n" + "|c|d|\n".repeat(n))),
            new Generator("raw HTML elements", 200_000, n -> answer("<div>\n" + wrapped("<b>x</b>", n, 1_000) + "</div>\n")),
            new Generator("nested raw HTML", 200_000, n -> answer("<div>\n" + wrapped("<span>", n, 2_000) + "</div>\n")),
            new Generator("inline nested raw HTML", 200_000, n -> answer(wrapped("<i>", n, 2_000))),
            new Generator("prose headings", 100_000, n -> answer(wrapped("## 小节\n", n, 1))),
            new Generator("unclosed code fence", 400_000, n -> answer("```\n" + "a\n".repeat(n))),
            new Generator("blank lines", 1_000_000, n -> answer("\n".repeat(n))),
            new Generator("lone carriage returns", 400_000, n -> answer("x\r".repeat(n))),
            new Generator("NUL characters", 400_000, n -> answer(wrapped("\0", n, 10_000))),
            // Deep nesting, within and beyond the limit (item 5).
            new Generator("list markers on one line", 9_000, n -> answer("- ".repeat(n) + "x\n" + "y\n".repeat(n))),
            new Generator("quote markers on one line", 19_000, n -> answer(">".repeat(n) + " x\n" + "y\n".repeat(n))),
            new Generator("list indented ever deeper", 1_000, n -> {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    text.append("  ".repeat(i)).append("- x\n");
                }
                return answer(text.toString());
            }),
            new Generator("emphasis nested in emphasis", 50_000,
                    n -> answer(wrapped("*a _", n, 2_000) + "x" + wrapped("_ a*", n, 2_000))),
            new Generator("lines inside 30 levels of lists", 400_000, n -> answer("- ".repeat(30) + "x\n" + "y\n".repeat(n))),
            // Words for the tokenizer, the Porter stemmer and the search index.
            new Generator("one long word", 19_000, n -> answer("**解析：** " + "a".repeat(n) + "\n")),
            new Generator("one long stemmable word", 19_000, n -> answer("**解析：** " + "ational".repeat(n / 7) + "s\n")),
            new Generator("long words", 100, n -> answer(wrapped("y".repeat(15_000) + "ies\n", n, 1))),
            new Generator("a long Chinese run", 500_000, n -> answer("**解析：** " + wrapped("模型", n / 2, 5_000))),
            new Generator("distinct words", 200_000, n -> {
                StringBuilder text = new StringBuilder("**解析：** ");
                for (int i = 0; i < n; i++) {
                    text.append('w').append(Integer.toString(i, 36)).append(i % 100 == 99 ? "\n" : " ");
                }
                return answer(text.append('\n').toString());
            }),
            // Many questions (item 8): copies, and near-copies that dedup cannot fold.
            new Generator("copies of one question", 1_000, n -> {
                StringBuilder text = new StringBuilder(HEAD);
                for (int i = 0; i < n; i++) {
                    text.append("### 1. 什么是过拟合？ {#q").append(i).append("}\n\n**答案：** 模型记住了噪声。\n\n");
                }
                return text.toString();
            }),
            new Generator("one question, different answers", 1_000, n -> {
                StringBuilder text = new StringBuilder(HEAD);
                for (int i = 0; i < n; i++) {
                    text.append("### 1. 什么是过拟合？ {#q").append(i).append("}\n\n**答案：** 答案").append(i).append("\n\n");
                }
                return text.toString();
            }),
            new Generator("different questions, one answer", 1_000, n -> {
                StringBuilder text = new StringBuilder(HEAD);
                for (int i = 0; i < n; i++) {
                    text.append("### 1. 问题").append(i).append("？ {#q").append(i).append("}\n\n**答案：** 模型记住了噪声。\n\n");
                }
                return text.toString();
            }),
            new Generator("questions without ids", 1_000, n -> {
                StringBuilder text = new StringBuilder(HEAD);
                for (int i = 0; i < n; i++) {
                    text.append("### ").append(i).append(". 什么是过拟合？\n\n**答案：** 模型记住了噪声。\n\n");
                }
                return text.toString();
            }));
}
