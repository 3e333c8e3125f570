package dev.faqsite.pipeline;

import dev.faqsite.config.SiteConfig;
import dev.faqsite.postprocess.HtmlPostProcessor;
import dev.faqsite.postprocess.ProcessedPage;
import dev.faqsite.render.RenderedPage;
import dev.faqsite.render.Sitemap;
import dev.faqsite.theme.Theme;
import dev.faqsite.write.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Gathers every file of the finished site: post-processed pages, sitemap, robots.txt and theme assets. */
final class SiteFiles {
    private final SiteConfig config;
    private final HtmlPostProcessor postProcessor;

    SiteFiles(SiteConfig config, HtmlPostProcessor postProcessor) {
        this.config = config;
        this.postProcessor = postProcessor;
    }

    /** The post-processed pages, which the link check reads; unchanged pages come from the cache if any. */
    List<ProcessedPage> process(List<RenderedPage> pages, BuildCache cache) {
        // Pages are independent; the list keeps their order, so the output stays deterministic.
        return pages.parallelStream()
                .map(page -> cache == null ? postProcessor.process(page)
                        : cache.processed(page.outputPath(), page.html(), () -> postProcessor.process(page)))
                .toList();
    }

    List<OutputFile> collect(List<RenderedPage> pages, List<ProcessedPage> processed, Theme theme) {
        List<OutputFile> files = new ArrayList<>();
        for (ProcessedPage page : processed) {
            files.add(text(page.outputPath(), page.html()));
        }
        files.add(text("sitemap.xml", Sitemap.xml(config, pages)));
        files.add(text("robots.txt", Sitemap.robots(config.baseUrl())));
        files.addAll(assets(theme.assets()));
        return files;
    }

    private static OutputFile text(String path, String content) {
        return new OutputFile(path, content.getBytes(StandardCharsets.UTF_8));
    }

    private static List<OutputFile> assets(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            List<OutputFile> assets = new ArrayList<>();
            for (Path path : paths.sorted(Comparator.comparing(Path::toString)).toList()) {
                if (Files.isSymbolicLink(path)) {
                    // A link could publish any file the build machine can read.
                    throw new IllegalArgumentException("symbolic link in the assets folder: " + path
                            + "; replace it with the file itself");
                }
                if (!Files.isRegularFile(path)) {
                    continue;
                }
                String relative = root.relativize(path).toString().replace('\\', '/');
                if (!relative.startsWith(".")) {
                    assets.add(new OutputFile("assets/" + relative, Files.readAllBytes(path)));
                }
            }
            return assets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
