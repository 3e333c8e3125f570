package dev.faqsite.serve;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One complete answer of the preview server.
 *
 * @param headers headers besides the content type, length and the ones every answer carries
 */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
    static Reply of(int status, String contentType, byte[] body) {
        return new Reply(status, contentType, body, Map.of());
    }

    static Reply text(int status, String text) {
        return of(status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    Reply withHeader(String name, String value) {
        return new Reply(status, contentType, body, Map.of(name, value));
    }
}
