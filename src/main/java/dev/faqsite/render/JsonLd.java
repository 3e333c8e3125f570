package dev.faqsite.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds schema.org FAQPage JSON-LD that is safe inside a {@code <script>} element: {@code <}, {@code >} and
 * {@code &} are written as JSON escapes, so content such as {@code </script>} cannot end the block.
 */
final class JsonLd {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLd() {
    }

    static String faqPage(String question, String answer, String url, String inLanguage) {
        ObjectNode page = MAPPER.createObjectNode();
        page.put("@context", "https://schema.org");
        page.put("@type", "FAQPage");
        page.put("url", url);
        page.put("inLanguage", inLanguage);
        ObjectNode entity = page.putArray("mainEntity").addObject();
        entity.put("@type", "Question");
        entity.put("name", question);
        ObjectNode accepted = entity.putObject("acceptedAnswer");
        accepted.put("@type", "Answer");
        accepted.put("text", answer);
        try {
            return MAPPER.writer().with(new ScriptSafeEscapes()).writeValueAsString(page);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] asciiEscapes = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            asciiEscapes['<'] = ESCAPE_STANDARD;
            asciiEscapes['>'] = ESCAPE_STANDARD;
            asciiEscapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
