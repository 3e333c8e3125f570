package dev.faqsite.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which platforms the embedding model runs on, judged from the native libraries on the class path. */
class NativeLibrariesTest {

    @Test
    void theModelRunsOnLinuxWindowsAndAppleSiliconX64AndArm() {
        assertThat(NativeLibraries.missingFor("Linux", "amd64")).isEmpty();
        assertThat(NativeLibraries.missingFor("Linux", "aarch64")).isEmpty();
        assertThat(NativeLibraries.missingFor("Windows 11", "amd64")).isEmpty();
        assertThat(NativeLibraries.missingFor("Mac OS X", "aarch64")).isEmpty();
    }

    @Test
    void platformsWithoutTheTokenizersLibraryAreNamedInsteadOfDownloadingIt() {
        assertThat(NativeLibraries.missingFor("Mac OS X", "x86_64")).contains("Mac OS X x86_64");
        assertThat(NativeLibraries.missingFor("FreeBSD", "amd64")).contains("FreeBSD amd64");
        assertThat(NativeLibraries.missingFor("Linux", "riscv64")).contains("Linux riscv64");
    }
}
