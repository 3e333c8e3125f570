package dev.faqsite.render;

/** A template or message bundle of the theme is broken; names the file and line when known. */
public final class TemplateException extends RuntimeException {
    private final String file;
    private final int line;

    public TemplateException(String file, int line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
