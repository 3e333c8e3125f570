package dev.faqsite.pipeline;

import dev.faqsite.config.SiteConfig;
import dev.faqsite.postprocess.HtmlPostProcessor;
import dev.faqsite.postprocess.ProcessedPage;
import dev.faqsite.render.RenderedPage;
import dev.faqsite.render.Sitemap;
import dev.faqsite.theme.Theme;
import dev.faqsite.write.OutputFile;
import dev.faqsite.files.InputFileException;
import dev.faqsite.files.InputFolder;
import dev.faqsite.files.PortableNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gathers every file of the finished site: post-processed pages, sitemap, robots.txt and theme assets. */
final class SiteFiles {
    private static final String ASSETS = "assets/";
    private final SiteConfig config;
    private final HtmlPostProcessor postProcessor;

    SiteFiles(SiteConfig config, HtmlPostProcessor postProcessor) {
        this.config = config;
        this.postProcessor = postProcessor;
    }

    /**
     * A page made: what the link check needs of it (without its HTML) and its file.
     *
     * @param checked the post-processed page without its HTML ({@link ProcessedPage#withoutHtml()})
     */
    record MadePage(ProcessedPage checked, OutputFile file) {
    }

    /** A page, post-processed and encoded (unchanged pages come from the cache if any). */
    MadePage make(RenderedPage page, BuildCache cache) {
        return cache == null ? made(page) : cache.page(page.outputPath(), page.html(), () -> made(page));
    }

    private MadePage made(RenderedPage page) {
        ProcessedPage processed = postProcessor.process(page);
        return new MadePage(processed.withoutHtml(), text(processed.outputPath(), processed.html()));
    }

    /** The sitemap and robots.txt. */
    List<OutputFile> sitemap(List<Sitemap.Entry> pages) {
        return List.of(text("sitemap.xml", Sitemap.xml(config, pages)),
                text("robots.txt", Sitemap.robots(config.baseUrl())));
    }

    private static OutputFile text(String path, String content) {
        return new OutputFile(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Every file of the assets folder except hidden ones, read through {@link InputFolder}: a link, a special file
     * or a file with several hard links stops the build, as it could publish a file from elsewhere. So does an
     * asset that would land on the path of a generated file or of another asset, also where macOS and Windows
     * ignore case or Unicode normalisation.
     *
     * @param generated the paths of the files the build makes itself, which no asset may replace
     * @throws InputFileException naming the asset at fault
     */
    static List<OutputFile> assets(Theme theme, Collection<String> generated) {
        InputFolder folder = InputFolder.of(theme.assets(), "the assets folder");
        InputFolder.Listing listing = folder.list(folder.root(), Integer.MAX_VALUE);
        if (!listing.problems().isEmpty()) {
            throw listing.problems().get(0);
        }
        Map<String, String> taken = new HashMap<>();
        generated.forEach(path -> taken.put(PortableNames.collisionKey(path), "the generated " + path));
        List<OutputFile> assets = new ArrayList<>();
        for (Path path : listing.files()) {
            String relative = folder.relative(path);
            if (relative.startsWith(".")) {
                continue;
            }
            String output = ASSETS + relative;
            String other = taken.putIfAbsent(PortableNames.collisionKey(output), "the asset " + relative);
            if (other != null) {
                throw new InputFileException(folder.name(), relative, 0, "the asset would be published as " + output
                        + ", the same file as " + other + (other.endsWith(" " + output) ? ""
                        : " on systems that ignore upper/lower case"), "rename the asset");
            }
            assets.add(new OutputFile(output, folder.read(path)));
        }
        return assets;
    }
}
