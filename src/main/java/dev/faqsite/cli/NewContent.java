package dev.faqsite.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.faqsite.diagnostic.Excerpt;
import dev.faqsite.text.PlainText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the {@code new} command writes, and the rules for what it accepts: titles on one line, safe document names,
 * ids and slugs that are valid and not taken. Every refusal is an {@link IllegalArgumentException}, a usage error.
 * Stateless.
 */
final class NewContent {
    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_NAME_LENGTH = 100;
    private static final int MAX_ID_LENGTH = 80;
    private static final int READABLE_ID_LENGTH = 60;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern ID_PART = Pattern.compile("[a-z0-9]+");
    /** Names Windows cannot use for a file or folder, whatever the extension; ids and slugs become folders. */
    private static final Pattern RESERVED = Pattern.compile("(?i)con|prn|aux|nul|com[0-9]|lpt[0-9]");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build();

    private NewContent() {
    }

    /**
     * A title or question as it will be written: one line, its spaces collapsed. Line breaks and control characters
     * are refused rather than silently dropped, since they usually mean a mistake in the command line.
     */
    static String title(String text, String what) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.SURROGATE) {
                throw new IllegalArgumentException(what + " must be one line of text without control characters; found "
                        + Excerpt.of(new String(Character.toChars(c))) + " at character " + (i + 1));
            }
            i += Character.charCount(c);
        }
        String line = PlainText.oneLine(text);
        if (line.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        if (line.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException(what + " is too long (" + line.length() + " characters; at most "
                    + MAX_TITLE_LENGTH + ")");
        }
        return line;
    }

    /** A document name as typed ({@code 005_pricing} or {@code 005_pricing.md}) without its extension, if allowed. */
    static String documentName(String name) {
        String base = name.endsWith(".md") ? name.substring(0, name.length() - ".md".length()) : name;
        if (base.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("NAME is too long (" + base.length() + " characters; at most "
                    + MAX_NAME_LENGTH + ")");
        }
        if (!NAME.matcher(base).matches()) {
            throw new IllegalArgumentException("NAME '" + Excerpt.of(name) + "': use letters, digits, - and _ "
                    + "(starting with a letter or digit), optionally followed by .md");
        }
        if (RESERVED.matcher(base).matches()) {
            throw new IllegalArgumentException("NAME '" + base + "' is reserved on Windows; choose another name");
        }
        return base;
    }

    /** True for an id or slug the content accepts: lower-case words of letters and digits joined by single hyphens. */
    static boolean isValidId(String id) {
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH || RESERVED.matcher(id).matches()) {
            return false;
        }
        for (String part : id.split("-", -1)) {
            if (!ID_PART.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A fresh id: the title's words in kebab case when it has any, else a short hash; never one in use. */
    static String freshId(String title, Set<String> taken) {
        String words = kebab(title, READABLE_ID_LENGTH);
        return unique(words.length() >= 3 ? words : "q-" + sha256(title).substring(0, 8), taken);
    }

    /** The slug of a new document: its name in kebab case, never one in use. */
    static String freshSlug(String name, Set<String> taken) {
        String words = kebab(name, READABLE_ID_LENGTH);
        return unique(words.isEmpty() ? "doc-" + sha256(name).substring(0, 8) : words, taken);
    }

    private static String kebab(String text, int maxLength) {
        String words = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
        words = trimHyphens(words);
        return words.length() <= maxLength ? words : trimHyphens(words.substring(0, maxLength));
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }

    private static String unique(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; taken.contains(id) || !isValidId(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * A question appended to a document. The title is escaped for markdown, so that {@code *}, {@code [}, {@code <}
     * or {@code {#…}} in it are text, not markup.
     */
    static String questionBlock(String language, int number, String title, String id) {
        boolean chinese = language.startsWith("zh");
        String text = escapeMarkdown(title);
        return "### " + number + ". " + text + " {#" + id + "}\n\n"
                + (chinese ? "**题目：** " : "**Question:** ") + text + "\n\n"
                + (chinese ? "**答案：** （在这里写答案。）\n" : "**Answer:** (Write the answer here.)\n");
    }

    /** Front matter written by the YAML library, which quotes and escapes as YAML requires. */
    static String frontMatter(String title, String slug) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("title", title);
        settings.put("slug", slug);
        try {
            return "---\n" + YAML.writeValueAsString(settings) + "---\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("two strings always serialise", e);
        }
    }

    /** CommonMark lets a backslash escape any ASCII punctuation character, which then stands for itself. */
    static String escapeMarkdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && isAsciiPunctuation(c)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
