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
        boolean plainPage = isPlainPage(page.url());
        for (ProcessedPage.PageLink link : page.links()) {
            String problem = problem(page, base, plainPage, link.target(), files, byPath);
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

    /** Where a link leads: the path and the fragment (null when it has none), decoded, as java.net.URI gives them. */
    record Target(String path, String fragment) {
    }

    /**
     * Where a plain link leads from a page, resolved as java.net.URI resolves it, without parsing either: a page links
     * to some fifty URLs, and at 100,000 questions parsing them all took seconds. Plain means: an absolute path, a
     * path of {@code ../} steps and then names, or only a fragment; names of letters, digits and {@code -._~/}, a
     * fragment of those or of other non-ASCII letters; no dot segments, {@code %}, {@code ?} or empty names. Null for
     * anything else, which URI decides.
     *
     * @param page the page's URL on the site, from the root ({@code /zh/q/x/})
     */
    static Target resolvePlain(String page, String target) {
        return isPlainPage(page) ? resolveFromPlainPage(page, target) : null;
    }

    /** Whether links from this page may be resolved by hand: a folder URL of plain names, without dot segments. */
    private static boolean isPlainPage(String page) {
        return page.startsWith("/") && page.endsWith("/") && !page.contains("//") && plainPath(page)
                && !hasDotSegment(page);
    }

    /** {@link #resolvePlain} for a page {@link #isPlainPage} accepts, which is checked once per page, not per link. */
    private static Target resolveFromPlainPage(String page, String target) {
        int hash = target.indexOf('#');
        String reference = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? null : target.substring(hash + 1);
        if (fragment != null && !plainFragment(fragment) || !plainPath(reference)) {
            return null;
        }
        String path;
        if (reference.isEmpty()) {
            path = page;
        } else if (reference.startsWith("/")) {
            path = reference;
        } else {
            int steps = 0;
            while (reference.startsWith("../", 3 * steps)) {
                steps++;
            }
            path = page;
            for (int k = 0; k < steps; k++) {
                int slash = path.lastIndexOf('/', path.length() - 2);
                if (slash < 0) {
                    return null;
                }
                path = path.substring(0, slash + 1);
            }
            path = path + reference.substring(3 * steps);
        }
        return path.contains("//") || hasDotSegment(path) ? null : new Target(path, fragment);
    }

    private static boolean plainPath(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~' || c == '/')) {
                return false;
            }
        }
        return true;
    }

    private static boolean plainFragment(String fragment) {
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            boolean ascii = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
                    || c == '.' || c == '_' || c == '~';
            boolean otherLetter = c >= 0x80 && !Character.isSurrogate(c) && !Character.isSpaceChar(c)
                    && !Character.isISOControl(c);
            if (!ascii && !otherLetter) {
                return false;
            }
        }
        return true;
    }

    /** Whether a path has a {@code .} or {@code ..} segment (a name made of dots only). */
    private static boolean hasDotSegment(String path) {
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                int length = i - start;
                if ((length == 1 || length == 2) && path.charAt(start) == '.'
                        && (length == 1 || path.charAt(start + 1) == '.')) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
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

    /**
     * @param base      the page's URL on the site, or null when it is not a valid URL
     * @param plainPage whether the page's links may be resolved by hand ({@link #isPlainPage})
     */
    private String problem(ProcessedPage page, URI base, boolean plainPage, String target, Set<String> files,
                           Map<String, ProcessedPage> byPath) {
        Target resolved = plainPage ? resolveFromPlainPage(page.url(), target) : null;
        if (resolved == null) {
            try {
                if (base == null) {
                    return "not a valid URL";
                }
                URI uri = base.resolve(new URI(encodeSpacesAndControls(target)));
                resolved = new Target(uri.getPath(), uri.getFragment());
            } catch (URISyntaxException | IllegalArgumentException e) {
                return "not a valid URL";
            }
        }
        String path = resolved.path();
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
        String fragment = resolved.fragment();
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
