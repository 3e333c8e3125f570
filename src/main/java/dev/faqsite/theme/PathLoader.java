package dev.faqsite.theme;

import dev.faqsite.files.InputFileException;
import dev.faqsite.files.InputFolder;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;

/**
 * Loads Pebble templates (UTF-8) from a {@link Path}, which may be a folder on disk or inside the jar. Templates
 * are read through {@link InputFolder}, so a template that is a link, or that is named with {@code ..}, is an
 * error rather than a way to publish a file from elsewhere.
 */
public final class PathLoader implements Loader<String> {
    private final InputFolder folder;
    private String suffix = "";

    public PathLoader(Path root) {
        this.folder = InputFolder.of(root, "the templates folder");
    }

    @Override
    public Reader getReader(String name) {
        try {
            return new StringReader(folder.readText(folder.resolve(name + suffix)));
        } catch (InputFileException e) {
            throw new LoaderException(e, e.file() + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.getMessage()
                    + "; " + e.hint());
        }
    }

    @Override
    public void setCharset(String charset) {
        // Templates are always UTF-8, so they build the same on every machine.
    }

    @Override
    public void setPrefix(String prefix) {
        // Templates are always resolved against the theme folder.
    }

    @Override
    public void setSuffix(String suffix) {
        this.suffix = suffix == null ? "" : suffix;
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return relativePath;
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public boolean resourceExists(String templateName) {
        try {
            return folder.exists(folder.resolve(templateName + suffix));
        } catch (InputFileException e) {
            return false;
        }
    }
}
