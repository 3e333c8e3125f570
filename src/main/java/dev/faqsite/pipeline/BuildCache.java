package dev.faqsite.pipeline;

import dev.faqsite.index.SearchDocument;
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
    /**
     * A page as made from its rendered HTML, known by a digest of that HTML rather than the HTML itself: at 10,000
     * questions the preview held every page twice more as text (rendered and post-processed), most of its memory.
     * The file's bytes are the ones the preview serves, not a copy.
     */
    private record Page(RenderedDigest rendered, SiteFiles.MadePage made) {
    }

    private record Index(List<SearchDocument> documents, List<OutputFile> files) {
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, Index> indexes = new ConcurrentHashMap<>();

    SiteFiles.MadePage page(String outputPath, String renderedHtml, Supplier<SiteFiles.MadePage> make) {
        RenderedDigest digest = RenderedDigest.of(renderedHtml);
        return pages.compute(outputPath, (path, earlier) -> earlier != null && earlier.rendered().equals(digest)
                ? earlier : new Page(digest, make.get())).made();
    }

    List<OutputFile> index(String language, List<SearchDocument> documents,
                           Function<List<SearchDocument>, List<OutputFile>> build) {
        return indexes.compute(language, (code, earlier) -> earlier != null && earlier.documents().equals(documents)
                ? earlier : new Index(documents, build.apply(documents))).files();
    }

    /**
     * 128 bits of a text and its length, from two 64-bit hashes with different multipliers: two renderings of a
     * page that differ get the same digest by chance about once in 2^100 rebuilds. A page is rendered from trusted
     * local files, so nobody crafts collisions, and a collision would only show a stale page in the preview.
     */
    record RenderedDigest(int length, long first, long second) {
        static RenderedDigest of(String text) {
            long first = 0xcbf29ce484222325L;
            long second = 0x9e3779b97f4a7c15L;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                first = (first ^ c) * 0x100000001b3L;
                second = second * 0x5851f42d4c957f2dL + c;
            }
            return new RenderedDigest(text.length(), first, second);
        }
    }
}
