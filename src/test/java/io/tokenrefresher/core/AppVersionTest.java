package io.tokenrefresher.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppVersionTest {
    /** "dev" would mean the filtered version.properties is not next to the class (the build moved one of them). */
    @Test
    void readsThePomsVersion() {
        assertThat(AppVersion.get()).isNotEqualTo("dev").matches("\\d+\\.\\d+.*");
    }
}
