package dev.faqsite.pipeline;

import dev.faqsite.index.SearchDocument;
import dev.faqsite.postprocess.ProcessedPage;
import dev.faqsite.write.OutputFile;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Results of earlier builds that a rebuild may reuse when their inputs are unchanged: a page whose rendered HTML
 * is the same needs no post-processing again, a language whose search documents are the same needs no new index.
 * One entry per page and per language, so the cache never outgrows the site. Thread-safe.
 */
final class BuildCache {
    private record Page(String renderedHtml, ProcessedPage processed) {
    }

    private record Index(List<SearchDocument> documents, List<OutputFile> files) {
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, Index> indexes = new ConcurrentHashMap<>();

    ProcessedPage processed(String outputPath, String renderedHtml, Supplier<ProcessedPage> process) {
        return pages.compute(outputPath, (path, earlier) -> earlier != null && earlier.renderedHtml().equals(renderedHtml)
                ? earlier : new Page(renderedHtml, process.get())).processed();
    }

    List<OutputFile> index(String language, List<SearchDocument> documents,
                           Function<List<SearchDocument>, List<OutputFile>> build) {
        return indexes.compute(language, (code, earlier) -> earlier != null && earlier.documents().equals(documents)
                ? earlier : new Index(documents, build.apply(documents))).files();
    }
}
