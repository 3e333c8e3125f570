package dev.faqsite.theme;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads Pebble templates from a {@link Path}, which may be a folder on disk or inside the jar. */
public final class PathLoader implements Loader<String> {
    private final Path root;
    private Charset charset = StandardCharsets.UTF_8;
    private String suffix = "";

    public PathLoader(Path root) {
        this.root = root;
    }

    @Override
    public Reader getReader(String name) {
        try {
            return Files.newBufferedReader(resolve(name), charset);
        } catch (IOException e) {
            throw new LoaderException(e, "cannot read template " + name + " in " + root);
        }
    }

    @Override
    public void setCharset(String charset) {
        this.charset = Charset.forName(charset);
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
        return Files.isRegularFile(resolve(templateName));
    }

    private Path resolve(String name) {
        Path path = root.resolve(name + suffix).normalize();
        if (!path.startsWith(root.normalize())) {
            throw new LoaderException(null, "template " + name + " is outside the templates folder");
        }
        return path;
    }
}
