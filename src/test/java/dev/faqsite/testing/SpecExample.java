package dev.faqsite.testing;

/** One example of a spec file: markdown in, expected outline out. */
public record SpecExample(String section, int number, int line, String source, String expected) {
    @Override
    public String toString() {
        return number + " (" + section + ", line " + line + ")";
    }
}
