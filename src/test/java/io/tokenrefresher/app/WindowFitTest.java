package io.tokenrefresher.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowFitTest {
    /** A 1366x768 laptop with a 40 px task bar at the bottom. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1040);

    @Test
    void aScreenSmallerThanThePreferredSizeGetsTheWindowMaximisedOverItsVisibleArea() {
        WindowFit.Placement p = WindowFit.initial(LAPTOP, 1120, 780);

        assertThat(p.maximized()).isTrue();
        assertThat(p.bounds()).isEqualTo(LAPTOP);
    }

    @Test
    void aNarrowScreenIsEnoughToMaximise() {
        Rectangle2D narrow = new Rectangle2D(0, 30, 1024, 900);

        assertThat(WindowFit.initial(narrow, 1120, 780)).isEqualTo(new WindowFit.Placement(narrow, true));
    }

    @Test
    void aLargeScreenGetsThePreferredSizeCentredInItsVisibleArea() {
        WindowFit.Placement p = WindowFit.initial(new Rectangle2D(0, 40, 1920, 1040), 1120, 780);

        assertThat(p.maximized()).isFalse();
        assertThat(p.bounds()).isEqualTo(new Rectangle2D(400, 170, 1120, 780));
    }

    @Test
    void exactlyThePreferredSizeIsNotMaximised() {
        assertThat(WindowFit.initial(new Rectangle2D(0, 0, 1120, 780), 1120, 780).maximized()).isFalse();
    }

    @Test
    void aRememberedRectangleInsideTheScreenIsKept() {
        Rectangle2D saved = new Rectangle2D(100, 50, 1000, 600);

        assertThat(WindowFit.clamp(saved, List.of(LAPTOP))).isEqualTo(saved);
    }

    @Test
    void aRectangleLargerThanTheScreenIsShrunkToItsVisibleArea() {
        Rectangle2D savedOnBigMonitor = new Rectangle2D(200, 100, 1600, 900);

        assertThat(WindowFit.clamp(savedOnBigMonitor, List.of(LAPTOP))).isEqualTo(LAPTOP);
    }

    @Test
    void aRectangleHangingOffTheEdgeIsMovedBackUnderTheTaskBarLine() {
        Rectangle2D saved = new Rectangle2D(900, 500, 800, 400);

        assertThat(WindowFit.clamp(saved, List.of(LAPTOP))).isEqualTo(new Rectangle2D(566, 328, 800, 400));
    }

    @Test
    void aRectangleOnAnUnpluggedMonitorComesBackToThePrimaryScreen() {
        Rectangle2D onSecondMonitor = new Rectangle2D(2000, 100, 1000, 700);

        assertThat(WindowFit.clamp(onSecondMonitor, List.of(LAPTOP))).isEqualTo(new Rectangle2D(366, 28, 1000, 700));
    }

    @Test
    void aRectangleGoesToTheScreenItOverlapsMost() {
        Rectangle2D right = new Rectangle2D(1920, 0, 1366, 728);
        Rectangle2D mostlyOnTheRight = new Rectangle2D(1800, 100, 1200, 600);

        assertThat(WindowFit.clamp(mostlyOnTheRight, List.of(FULL_HD, right)))
                .isEqualTo(new Rectangle2D(1920, 100, 1200, 600));
    }

    @Test
    void negativeCoordinatesOfALeftHandMonitorAreKept() {
        Rectangle2D left = new Rectangle2D(-1366, 0, 1366, 728);
        Rectangle2D saved = new Rectangle2D(-1300, 20, 1000, 600);

        assertThat(WindowFit.clamp(saved, List.of(FULL_HD, left))).isEqualTo(saved);
    }
}
