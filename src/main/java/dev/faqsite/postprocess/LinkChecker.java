package dev.faqsite.postprocess;

import dev.faqsite.diagnostic.Diagnostic;
import dev.faqsite.diagnostic.Diagnostics;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves every link that stays on the site, on every page, against the files of the finished site: the target
 * must exist, and a {@code #fragment} must name an element of the target page. External links are not fetched.
 * A broken link from markdown is reported at its file and line; one from a template names the page.
 */
public final class LinkChecker {
    private static final String SITE = "https://site.invalid";
    private final String basePath;

    /** @param basePath path the site is published under; 404 pages link from it */
    public LinkChecker(String basePath) {
        this.basePath = basePath;
    }

    public void check(List<ProcessedPage> pages, Set<String> files, Diagnostics diagnostics) {
        Map<String, ProcessedPage> byPath = new HashMap<>();
        pages.forEach(page -> byPath.put(page.outputPath(), page));
        // Pages are checked side by side (a million links at 10,000 questions); problems are reported in page order.
        pages.parallelStream().map(page -> problems(page, files, byPath)).toList()
                .forEach(page -> page.forEach(diagnostics::report));
    }

    /** An error for each broken link of the page, in the order of its links. */
    private List<Diagnostic> problems(ProcessedPage page, Set<String> files, Map<String, ProcessedPage> byPath) {
        List<Diagnostic> reports = new ArrayList<>();
        // Parsed once per page, not per link: with a hundred links a page it was most of the check's time.
        URI base;
        try {
            base = URI.create(SITE + page.url());
        } catch (IllegalArgumentException e) {
            base = null;
        }
        for (ProcessedPage.PageLink link : page.links()) {
            String problem = problem(page, base, link.target(), files, byPath);
            if (problem == null) {
                continue;
            }
            int colon = link.source().lastIndexOf(':');
            int line = colon > 0 ? parseLine(link.source().substring(colon + 1)) : -1;
            if (line < 0) {
                reports.add(Diagnostic.error("", 0, "broken link '" + link.target() + "' on page " + page.url()
                        + ": " + problem, "the link comes from a template; fix the template"));
            } else {
                reports.add(Diagnostic.error(link.source().substring(0, colon), line,
                        "broken link '" + link.target() + "': " + problem,
                        "link to questions as [text](q:question-id) and to documents as [text](doc:slug)"));
            }
        }
        return reports;
    }

    /**
     * java.net.URI refuses spaces (of every kind, U+2028 included) and control characters, which a browser simply
     * percent-encodes; do the same, so that such a link is judged by its target, not rejected as malformed.
     */
    private static String encodeSpacesAndControls(String target) {
        if (isPrintableAscii(target)) {
            return target;
        }
        StringBuilder out = new StringBuilder(target.length());
        target.codePoints().forEach(c -> {
            if (Character.isSpaceChar(c) || Character.isISOControl(c)) {
                for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean isPrintableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static int parseLine(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** @param base the page's URL on the site, or null when it is not a valid URL */
    private String problem(ProcessedPage page, URI base, String target, Set<String> files,
                           Map<String, ProcessedPage> byPath) {
        URI resolved;
        try {
            if (base == null) {
                return "not a valid URL";
            }
            resolved = base.resolve(new URI(encodeSpacesAndControls(target)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "not a valid URL";
        }
        String path = resolved.getPath();
        if (path == null || path.isEmpty()) {
            path = page.url();
        }
        if (path.startsWith(basePath) && !basePath.equals("/")) {
            path = "/" + path.substring(basePath.length());
        }
        String file = path.substring(1);
        if (file.isEmpty() || file.endsWith("/")) {
            file = file + "index.html";
        }
        if (!files.contains(file)) {
            return files.contains(file + "/index.html") ? null : "no such page";
        }
        String fragment = resolved.getFragment();
        if (fragment == null || fragment.isEmpty()) {
            return null;
        }
        ProcessedPage targetPage = byPath.get(file);
        if (targetPage != null && !targetPage.ids().contains(fragment)) {
            return "no element with id '" + fragment + "' on " + targetPage.url();
        }
        return null;
    }
}
