package dev.faqsite.parse.internal;

import dev.faqsite.diagnostic.Diagnostics;

/** Tells contributors that an image from another host was turned into a link. */
final class ExternalImages {
    private ExternalImages() {
    }

    static void warn(FragmentRenderer.Fragment fragment, String file, int line, Diagnostics diagnostics) {
        for (String source : fragment.externalImages()) {
            diagnostics.warning(file, line, "image from another host is shown as a link: " + source,
                    "pages load nothing from outside the site; put the image in site-assets/ and use /assets/<name>");
        }
    }
}
