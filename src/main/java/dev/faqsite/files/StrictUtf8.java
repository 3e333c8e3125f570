package dev.faqsite.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decodes UTF-8 refusing invalid bytes rather than replacing them, and finds the line of the first one. */
public final class StrictUtf8 {
    private StrictUtf8() {
    }

    /** The text without a leading byte-order mark, or empty when the bytes are not valid UTF-8. */
    public static Optional<String> decode(byte[] bytes) {
        try {
            String text = decoder().decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** 1-based line of the first byte that is not valid UTF-8 (the line after the last one if all are valid). */
    public static int lineOfFirstInvalidByte(byte[] bytes) {
        ByteBuffer input = ByteBuffer.wrap(bytes);
        decoder().decode(input, CharBuffer.allocate(bytes.length + 1), true);
        int line = 1;
        for (int i = 0; i < input.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
