package dev.faqsite.files;

import dev.faqsite.diagnostic.Diagnostic;

/**
 * An input file the build refuses to read, or cannot decode: a link, a special file, a file with several hard
 * links, invalid UTF-8. Names the file relative to its folder and says how to fix it; never carries the file's
 * content.
 */
public final class InputFileException extends RuntimeException {
    private final String folder;
    private final String file;
    private final int line;
    private final String hint;

    /**
     * @param folder the input folder as the user named it, e.g. {@code templates}
     * @param file   path relative to that folder, '/'-separated
     * @param line   1-based line, or 0 when the problem is the file as a whole
     */
    public InputFileException(String folder, String file, int line, String message, String hint) {
        super(message);
        this.folder = folder;
        this.file = file;
        this.line = line;
        this.hint = hint;
    }

    /** The input folder as the user named it. */
    public String folder() {
        return folder;
    }

    /** Path relative to {@link #folder()}, '/'-separated. */
    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String hint() {
        return hint;
    }

    /** The problem as a content error, its file relative to the folder (which is the content folder). */
    public Diagnostic toDiagnostic() {
        return Diagnostic.error(file, line, getMessage(), hint);
    }

    /** The problem as a diagnostic whose file includes the folder, for folders other than the content. */
    public Diagnostic toDiagnosticWithFolder() {
        String prefix = folder.isEmpty() || folder.equals(".") ? "" : folder.replace('\\', '/') + "/";
        return Diagnostic.error(prefix + file, line, getMessage(), hint);
    }
}
