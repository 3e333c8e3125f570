package dev.faqsite.postprocess;

/** Computes relative URLs between site-absolute URLs. */
public final class RelativeUrls {
    private RelativeUrls() {
    }

    /**
     * The relative URL that leads from page {@code from} to {@code to}; both start at the site root.
     * Example: from {@code /zh/q/a/} to {@code /zh/docs/b/} is {@code ../../docs/b/}.
     */
    public static String between(String from, String to) {
        String fromDir = from.substring(0, from.lastIndexOf('/') + 1);
        String[] fromParts = fromDir.substring(1).split("/", -1);
        int depth = fromParts.length - 1;
        String target = to.substring(1);
        String targetPath = target;
        String suffix = "";
        int cut = indexOfAny(target, '#', '?');
        if (cut >= 0) {
            targetPath = target.substring(0, cut);
            suffix = target.substring(cut);
        }
        String[] toParts = targetPath.split("/", -1);
        int common = 0;
        while (common < depth && common < toParts.length - 1 && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder relative = new StringBuilder("../".repeat(depth - common));
        for (int i = common; i < toParts.length; i++) {
            relative.append(toParts[i]);
            if (i < toParts.length - 1) {
                relative.append('/');
            }
        }
        String result = relative.toString();
        if (result.isEmpty()) {
            result = "./";
        }
        return result + suffix;
    }

    private static int indexOfAny(String text, char a, char b) {
        int first = text.indexOf(a);
        int second = text.indexOf(b);
        return first < 0 ? second : second < 0 ? first : Math.min(first, second);
    }
}
