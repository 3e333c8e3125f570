package dev.faqsite.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How a fuzz input becomes a site: one file per part, and repeats that make large inputs from small ones. */
class FuzzSiteTest {
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void aSinglePartIsTheChineseDocumentOfATwoLanguageSite() {
        FuzzSite site = FuzzSite.decode(bytes("# 标题"));

        assertThat(site.files()).containsOnlyKeys("zh/doc.md", "site.yaml");
        assertThat(text(site.files().get("zh/doc.md"))).isEqualTo("# 标题");
        assertThat(text(site.files().get("site.yaml"))).contains("code: en");
    }

    @Test
    void furtherPartsAreTheTranslationTheConfigAndMoreDocuments() {
        FuzzSite site = FuzzSite.decode(bytes("zh\u0001en\u0001baseUrl: x\u0001more\u0001only\u0001more2"));

        assertThat(site.files()).containsOnlyKeys("zh/doc.md", "en/doc.md", "site.yaml", "zh/more-1.md",
                "en/only-1.md", "zh/more-2.md");
        assertThat(text(site.files().get("site.yaml"))).isEqualTo("baseUrl: x");
        assertThat(text(site.files().get("en/only-1.md"))).isEqualTo("only");
    }

    @Test
    void aRepeatCopiesTheLastBytesTheSquareOfItsCountMinusOne() {
        // k = 1 → the last 2 bytes; n = 3 → 15 more copies.
        FuzzSite site = FuzzSite.decode(new byte[] {'x', '-', ' ', 0x02, 1, 3, 'y'});

        assertThat(text(site.files().get("zh/doc.md"))).isEqualTo("x" + "- ".repeat(16) + "y");
    }

    @Test
    void aRepeatAtTheEndOfAnInputIsDropped() {
        FuzzSite site = FuzzSite.decode(new byte[] {'a', 0x01, 'b', 0x02, 0x01});

        assertThat(text(site.files().get("zh/doc.md"))).isEqualTo("a");
        assertThat(text(site.files().get("en/doc.md"))).isEqualTo("b");
    }

    @Test
    void aPartNeverGrowsBeyondOneMebibyte() {
        FuzzSite site = FuzzSite.decode(new byte[] {'a', 0x02, 0, (byte) 0xff, 0x02, 63, (byte) 0xff, 0x02, 63, 0x7f});

        assertThat(site.files().get("zh/doc.md")).hasSize(FuzzSite.MAX_PART_BYTES);
    }
}
