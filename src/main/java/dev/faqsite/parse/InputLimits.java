package dev.faqsite.parse;

/**
 * How big and how deep one markdown document may be. A document over a limit is reported as a content error
 * and not parsed further, so that a hostile pull request fails in well under a second instead of exhausting
 * time or memory. The defaults are far above what FAQ documents need. Immutable.
 *
 * @param maxDocumentBytes        size of one document file in UTF-8 bytes
 * @param maxLineLength           characters in one line
 * @param maxNesting              how deeply lists, block quotes, emphasis and links may sit inside each other
 * @param maxQuestionsPerDocument questions in one document
 */
public record InputLimits(int maxDocumentBytes, int maxLineLength, int maxNesting, int maxQuestionsPerDocument) {

    public InputLimits {
        if (maxDocumentBytes < 1 || maxLineLength < 1 || maxNesting < 1 || maxQuestionsPerDocument < 1) {
            throw new IllegalArgumentException("every input limit must be at least 1");
        }
    }

    /**
     * <ul>
     *   <li>2,000,000 bytes per document: the largest document of the real content is 54 KB and a 100-question
     *       document of the benchmark corpus at most 66 KB.</li>
     *   <li>20,000 characters per line: a long paragraph written on one line is a few thousand characters (the
     *       longest line of the real content has 845).</li>
     *   <li>32 levels of nesting: FAQ answers nest a few levels (a list in a list in a quote, with bold text and a
     *       link); markdown-it stops at 20 in its CommonMark mode. Each level costs the parser work on every
     *       later line and the renderer stack space, so thousands of levels would be slow or crash.</li>
     *   <li>1,000 questions per document: the real content has at most 30, the benchmark corpus 100.</li>
     * </ul>
     */
    public static InputLimits defaults() {
        return new InputLimits(2_000_000, 20_000, 32, 1_000);
    }
}
