package io.tokenrefresher.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class AppIconsTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everySizeLoadsAtItsSize() {
        List<Image> images = AppIcons.all();
        assertThat(images).hasSize(AppIcons.SIZES.size());
        for (int i = 0; i < images.size(); i++) {
            Image image = images.get(i);
            assertThat(image.isError()).as("icon %d px", AppIcons.SIZES.get(i)).isFalse();
            assertThat(image.getWidth()).isEqualTo(AppIcons.SIZES.get(i).doubleValue());
            assertThat(image.getHeight()).isEqualTo(AppIcons.SIZES.get(i).doubleValue());
        }
    }

    @Test
    void ofPicksTheSizeOrTheNextLargerOne() {
        assertThat(AppIcons.of(16).getWidth()).isEqualTo(16.0);
        assertThat(AppIcons.of(40).getWidth()).isEqualTo(48.0);
        assertThat(AppIcons.of(1024).getWidth()).isEqualTo(256.0);
        assertThat(AppIcons.of(64)).isSameAs(AppIcons.of(64));
    }
}
