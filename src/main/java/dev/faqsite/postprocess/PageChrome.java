package dev.faqsite.postprocess;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.parser.Parser;

/**
 * A page split where its main content begins: the chrome before it (head, header, navigation), written by the
 * theme's templates, and the rest (main content, table of contents, footer), which holds everything contributors
 * wrote. Post-processing needs a tree only for the rest; the chrome only has its site links made relative and its
 * links and ids collected, which a scan of its tags does. Most of a page is chrome: at 10,000 questions this takes a
 * quarter off post-processing's time. Pages the scan cannot split safely are processed whole ({@link Reader#split}
 * is empty): no {@code <main>}, contributor content or table-of-contents markers before it, markup it does not
 * follow, or anything after {@code </body>} other than {@code </html>}.
 *
 * <p>The scan follows HTML's tokenisation where templates use it: comments, doctypes, start and end tags with
 * quoted, unquoted and empty attributes, and elements whose content is text, not markup ({@code script},
 * {@code style}, {@code title}, {@code textarea}…). It keeps track of the elements open inside {@code <body>}, so
 * that the content can be parsed inside them.
 */
final class PageChrome {
    /** Attributes that only content after the split point may carry: the steps that need a tree look for them. */
    private static final Set<String> TREE_WORK = Set.of("data-user-content", "data-source", TableOfContents.ENTRY,
            TableOfContents.PLACE);
    /** Elements whose content is text up to their end tag, not markup. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "title", "textarea", "xmp", "iframe",
            "noembed", "noframes");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "keygen", "link", "meta", "param", "source", "track", "wbr");
    /** Foreign content, where {@code />} closes an element. */
    private static final Set<String> FOREIGN = Set.of("svg", "math");
    /** Names of the tags themes write most, read from the page without a copy. */
    private static final NameTable TAG_NAMES = new NameTable(List.of("a", "li", "span", "div", "ul", "ol", "nav",
            "svg", "path", "p", "button", "meta", "link", "script", "section", "header", "footer", "form", "input",
            "label", "aside", "details", "summary", "h1", "h2", "h3", "img", "html", "head", "body", "title", "main",
            "time", "small", "strong", "em", "code", "circle", "style", "template", "noscript", "option", "select"));

    /** One attribute of a start tag: its name, decoded value and where it is written. */
    record TagAttribute(String key, String value, int start, int end) {
    }

    /** A start tag of the chrome: name (lower case), attributes, and where its closing {@code >} or {@code />} is. */
    record StartTag(String name, List<TagAttribute> attributes, int start, int closing) {
        String attr(String key) {
            for (TagAttribute attribute : attributes) {
                if (attribute.key().equals(key)) {
                    return attribute.value();
                }
            }
            return null;
        }
    }

    private final String html;
    private final List<StartTag> tags;
    private final String openElements;
    private final int contentStart;
    private final int contentEnd;

    private PageChrome(String html, List<StartTag> tags, String openElements, int contentStart, int contentEnd) {
        this.html = html;
        this.tags = tags;
        this.openElements = openElements;
        this.contentStart = contentStart;
        this.contentEnd = contentEnd;
    }

    /** Splits pages, reading their chrome's tags for a given set of attributes. Immutable and thread-safe. */
    static final class Reader {
        private final NameTable known;

        /** @param wanted the attributes (lower case) the chrome's tags are read for; others are only skipped */
        Reader(Set<String> wanted) {
            Set<String> all = new HashSet<>(wanted);
            all.addAll(TREE_WORK);
            this.known = new NameTable(all);
        }

        /** The page split before its {@code <main>}, if it can be split safely. */
        Optional<PageChrome> split(String html) {
            return PageChrome.split(html, known);
        }
    }

    private static Optional<PageChrome> split(String html, NameTable known) {
        // Characters read from an array: String.charAt is a call per character where the JIT has not inlined it.
        char[] text = html.toCharArray();
        int bodyEnd = html.lastIndexOf("</body>");
        if (bodyEnd < 0 || !html.substring(bodyEnd + "</body>".length()).strip().replace("</html>", "").isBlank()) {
            return Optional.empty();
        }
        List<StartTag> tags = new ArrayList<>();
        // Elements open at this point, inside <body>: those still open at <main> end in the content, which is parsed
        // inside them (see #content).
        Deque<String> open = new ArrayDeque<>();
        boolean inBody = false;
        int foreign = 0;
        int i = 0;
        while (i < bodyEnd) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt >= bodyEnd) {
                return Optional.empty();
            }
            char next = lt + 1 < text.length ? text[lt + 1] : 0;
            if (next == '!' && html.startsWith("<!--", lt)) {
                int close = html.indexOf("-->", lt + 4);
                if (close < 0) {
                    return Optional.empty();
                }
                i = close + 3;
            } else if (next == '!' || next == '?') {
                int close = html.indexOf('>', lt);
                if (close < 0) {
                    return Optional.empty();
                }
                i = close + 1;
            } else if (next == '/') {
                int close = html.indexOf('>', lt);
                if (close < 0 || lt + 2 >= html.length() || !isAsciiLetter(html.charAt(lt + 2))) {
                    return Optional.empty();
                }
                String name = name(html, text, lt + 2, close, TAG_NAMES);
                if (inBody) {
                    if (!open.contains(name)) {
                        return Optional.empty();
                    }
                    while (!open.isEmpty()) {
                        if (FOREIGN.contains(open.peek())) {
                            foreign--;
                        }
                        if (open.pop().equals(name)) {
                            break;
                        }
                    }
                }
                i = close + 1;
            } else if (isAsciiLetter(next)) {
                StartTag tag = startTag(html, text, lt, known);
                if (tag == null) {
                    return Optional.empty();
                }
                if (tag.name().equals("plaintext")) {
                    return Optional.empty();
                }
                if (tag.name().equals("main")) {
                    StringBuilder wrapper = new StringBuilder();
                    open.descendingIterator().forEachRemaining(name -> wrapper.append('<').append(name).append('>'));
                    return Optional.of(new PageChrome(html, List.copyOf(tags), wrapper.toString(), lt, bodyEnd));
                }
                for (TagAttribute attribute : tag.attributes()) {
                    if (TREE_WORK.contains(attribute.key())) {
                        return Optional.empty();
                    }
                }
                tags.add(tag);
                boolean selfClosed = html.charAt(tag.closing()) != '>';
                i = selfClosed ? tag.closing() + 2 : tag.closing() + 1;
                if (tag.name().equals("body")) {
                    inBody = true;
                } else if (inBody && !VOID.contains(tag.name()) && !(selfClosed && foreign > 0)) {
                    open.push(tag.name());
                    if (FOREIGN.contains(tag.name())) {
                        foreign++;
                    }
                }
                if (RAW_TEXT.contains(tag.name())) {
                    int end = indexOfIgnoringCase(html, "</" + tag.name(), i);
                    if (end < 0) {
                        return Optional.empty();
                    }
                    i = end;
                }
            } else {
                // A '<' that starts no tag is text.
                i = lt + 1;
            }
        }
        return Optional.empty();
    }

    /** The start tags of the chrome, in document order. */
    List<StartTag> tags() {
        return tags;
    }

    /**
     * Main content, table of contents and footer, what post-processing parses: inside start tags (without
     * attributes) for the elements the chrome left open, so that the end tags that close them close them there too.
     */
    String content() {
        return openElements + html.substring(contentStart, contentEnd);
    }

    /** The serialised {@link #content()} without those start tags, or empty if it does not begin with them. */
    Optional<String> withoutOpenElements(String serialisedContent) {
        return serialisedContent.startsWith(openElements)
                ? Optional.of(serialisedContent.substring(openElements.length())) : Optional.empty();
    }

    /**
     * The page with its chrome's edits ({@code edits}, in document order) and the processed content in place of the
     * original content, built in one go: at 10,000 questions pages are copied a million times a build.
     */
    String pageWith(List<Edit> edits, String processedContent) {
        String tail = tail();
        StringBuilder out = new StringBuilder(contentStart + 64 * edits.size() + processedContent.length()
                + tail.length());
        int copied = 0;
        for (Edit edit : edits) {
            out.append(html, copied, edit.start());
            out.append(edit.replacement());
            copied = edit.end();
        }
        out.append(html, copied, contentStart);
        return out.append(processedContent).append(tail).toString();
    }

    /** What follows the content: {@code </body>} and {@code </html>}. */
    String tail() {
        return html.substring(contentEnd);
    }

    /**
     * A change to the chrome: the text from {@code start} to {@code end} becomes {@code replacement} (an attribute
     * written again, or one added before a tag's end).
     */
    record Edit(int start, int end, String replacement) {
        /** The attribute written with its new value, as jsoup writes attributes. */
        static Edit replace(TagAttribute attribute, String value) {
            return new Edit(attribute.start(), attribute.end(), attributeHtml(attribute.key(), value));
        }

        /** A new attribute at the end of the tag. */
        static Edit add(StartTag tag, String key, String value) {
            return new Edit(tag.closing(), tag.closing(), " " + attributeHtml(key, value));
        }

        /**
         * {@code key="value"} as jsoup writes it. Values of characters jsoup writes as they are (most links) are
         * written directly; jsoup writes the others.
         */
        private static String attributeHtml(String key, String value) {
            if (value.isEmpty() || Attribute.isBooleanAttribute(key)) {
                return new Attribute(key, value).html();
            }
            for (int k = 0; k < value.length(); k++) {
                char c = value.charAt(k);
                if (c < ' ' || c >= 0x7f || c == '&' || c == '"' || c == '<' || c == '>' || c == '\'') {
                    return new Attribute(key, value).html();
                }
            }
            return key + "=\"" + value + "\"";
        }
    }

    private static StartTag startTag(String html, char[] text, int lt, NameTable known) {
        int i = lt + 1;
        int nameEnd = i;
        while (nameEnd < text.length && !isSpace(text[nameEnd]) && text[nameEnd] != '>'
                && text[nameEnd] != '/') {
            nameEnd++;
        }
        String name = name(html, text, i, nameEnd, TAG_NAMES);
        List<TagAttribute> attributes = new ArrayList<>(2);
        i = nameEnd;
        while (i < text.length) {
            char c = text[i];
            if (isSpace(c)) {
                i++;
            } else if (c == '>') {
                return new StartTag(name, attributes, lt, i);
            } else if (c == '/' && i + 1 < text.length && text[i + 1] == '>') {
                return new StartTag(name, attributes, lt, i);
            } else if (c == '/' || c == '<' || c == '"' || c == '\'' || c == '=') {
                return null;
            } else {
                int keyStart = i;
                while (i < text.length && !endsAttributeName(text[i])) {
                    i++;
                }
                String key = known.find(text, keyStart, i);
                int afterKey = i;
                while (i < text.length && isSpace(text[i])) {
                    i++;
                }
                int valueStart = i;
                int valueEnd = i;
                if (i >= text.length || text[i] != '=') {
                    i = afterKey;
                    valueStart = afterKey;
                    valueEnd = afterKey;
                } else {
                    i++;
                    while (i < text.length && isSpace(text[i])) {
                        i++;
                    }
                    if (i >= text.length) {
                        return null;
                    }
                    char quote = text[i];
                    if (quote == '"' || quote == '\'') {
                        int close = html.indexOf(quote, i + 1);
                        if (close < 0) {
                            return null;
                        }
                        valueStart = i + 1;
                        valueEnd = close;
                        i = close + 1;
                    } else {
                        valueStart = i;
                        while (i < text.length && !isSpace(text[i]) && text[i] != '>') {
                            i++;
                        }
                        valueEnd = i;
                    }
                }
                // The parser keeps the first of two equal names, and so does the scan.
                if (key != null && !has(attributes, key)) {
                    String raw = html.substring(valueStart, valueEnd);
                    String value = raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
                    attributes.add(new TagAttribute(key, value, keyStart, i));
                }
            }
        }
        return null;
    }

    private static boolean has(List<TagAttribute> attributes, String key) {
        for (TagAttribute attribute : attributes) {
            if (attribute.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lower-case name written from {@code start} to {@code end} (spaces around it ignored): one of the
     * {@code common} names without copying it out of the page, else a new string.
     */
    private static String name(String html, char[] text, int start, int end, NameTable common) {
        while (start < end && isSpace(text[start])) {
            start++;
        }
        while (end > start && isSpace(text[end - 1])) {
            end--;
        }
        String name = common.find(text, start, end);
        if (name != null) {
            return name;
        }
        char[] lowerCase = Arrays.copyOfRange(text, start, end);
        for (int k = 0; k < lowerCase.length; k++) {
            if (lowerCase[k] >= 'A' && lowerCase[k] <= 'Z') {
                lowerCase[k] = (char) (lowerCase[k] + ('a' - 'A'));
            }
        }
        return new String(lowerCase);
    }

    /**
     * Lower-case names found by how they are written in a page, in any ASCII case, without copying them out: by
     * length and first letter, then compared. Only ASCII letters fold, as in the parser: {@code data-wor\u212Aer-url},
     * with a Kelvin sign, is another name. Immutable.
     */
    static final class NameTable {
        private static final int LONGEST = 24;
        private final String[][][] byLengthAndFirst = new String[LONGEST + 1][26][];

        NameTable(Collection<String> names) {
            for (String name : names) {
                char first = name.isEmpty() ? 0 : name.charAt(0);
                if (name.length() > LONGEST || first < 'a' || first > 'z') {
                    throw new IllegalArgumentException("not a lower-case ASCII name: " + name);
                }
                String[] bucket = byLengthAndFirst[name.length()][first - 'a'];
                bucket = bucket == null ? new String[1] : Arrays.copyOf(bucket, bucket.length + 1);
                bucket[bucket.length - 1] = name;
                byLengthAndFirst[name.length()][first - 'a'] = bucket;
            }
        }

        /** The name written from {@code start} to {@code end}, or null when it is none of the table's. */
        String find(char[] text, int start, int end) {
            int length = end - start;
            if (length <= 0 || length > LONGEST) {
                return null;
            }
            char first = text[start];
            if (first >= 'A' && first <= 'Z') {
                first = (char) (first + ('a' - 'A'));
            }
            if (first < 'a' || first > 'z') {
                return null;
            }
            String[] bucket = byLengthAndFirst[length][first - 'a'];
            if (bucket != null) {
                for (String name : bucket) {
                    if (sameIgnoringAsciiCase(name, text, start)) {
                        return name;
                    }
                }
            }
            return null;
        }
    }

    private static boolean sameIgnoringAsciiCase(String lowerCase, char[] text, int start) {
        for (int k = 0; k < lowerCase.length(); k++) {
            char c = text[start + k];
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lowerCase.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfIgnoringCase(String html, String needle, int from) {
        for (int at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
            if (html.regionMatches(true, at, needle, 0, needle.length())) {
                return at;
            }
        }
        return -1;
    }

    private static boolean endsAttributeName(char c) {
        return isSpace(c) || c == '/' || c == '>' || c == '=' || c == '"' || c == '\'' || c == '<';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
