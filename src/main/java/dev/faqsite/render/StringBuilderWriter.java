package dev.faqsite.render;

import java.io.Writer;

/**
 * A writer into a string without {@link java.io.StringWriter}'s lock on every write: a page is written by one thread,
 * in thousands of small pieces. Sized for a typical page, so that it seldom grows.
 */
final class StringBuilderWriter extends Writer {
    private static final int TYPICAL_PAGE = 16 * 1024;
    private final StringBuilder text = new StringBuilder(TYPICAL_PAGE);

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence chars) {
        text.append(chars);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
