package dev.faqsite.postprocess;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeUrlsTest {

    @ParameterizedTest(name = "{0} → {1} = {2}")
    @CsvSource({
            "/zh/q/a/, /zh/docs/b/, ../../docs/b/",
            "/zh/q/a/, /zh/q/b/, ../b/",
            "/zh/q/a/, /zh/q/a/, ./",
            "/zh/q/a/, /assets/style.css, ../../../assets/style.css",
            "/zh/, /zh/q/a/, q/a/",
            "/, /zh/, zh/",
            "/zh/404.html, /zh/, ./",
            "/zh/q/a/, /zh/#documents, ../../#documents",
            "/zh/docs/d/, /zh/q/a/#答案, ../../q/a/#答案",
    })
    void linksRelativelySoTheSiteWorksUnderAnyBasePath(String from, String to, String expected) {
        assertThat(RelativeUrls.between(from, to)).isEqualTo(expected);
    }
}
