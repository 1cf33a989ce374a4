package io.tokenrefresher.app;

import java.util.Comparator;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the main window goes: its first size inside the screen's visible area (task bar excluded), and a
 * remembered rectangle pulled back onto a visible screen. The arithmetic is pure (rectangles in, a
 * rectangle out) and unit-tested; {@link #apply} and {@link #visibleAreas} are the only parts that touch
 * JavaFX's windows.
 */
final class WindowFit {
    /** The size the window is designed for; smaller screens get the window maximised. */
    static final double PREFERRED_WIDTH = 1120;
    static final double PREFERRED_HEIGHT = 780;

    /** Where the window goes and whether it is maximised (then {@code bounds} is the whole visible area). */
    record Placement(Rectangle2D bounds, boolean maximized) {
    }

    private WindowFit() {
    }

    /**
     * The first placement on a screen whose visible area is {@code visible}: the preferred size, centred,
     * or the whole area, maximised, when the area is smaller than the preferred size either way.
     */
    static Placement initial(Rectangle2D visible, double preferredWidth, double preferredHeight) {
        if (visible.getWidth() < preferredWidth || visible.getHeight() < preferredHeight) {
            return new Placement(visible, true);
        }
        double x = visible.getMinX() + (visible.getWidth() - preferredWidth) / 2;
        double y = visible.getMinY() + (visible.getHeight() - preferredHeight) / 2;
        return new Placement(new Rectangle2D(x, y, preferredWidth, preferredHeight), false);
    }

    /**
     * A remembered rectangle moved and shrunk until it lies inside one visible area: the one it overlaps
     * most, or the first (the primary screen's) when it overlaps none (a monitor unplugged since).
     *
     * @param visibleAreas the screens' visible areas, the primary first; not empty
     */
    static Rectangle2D clamp(Rectangle2D saved, List<Rectangle2D> visibleAreas) {
        Rectangle2D area = visibleAreas.stream()
                .max(Comparator.comparingDouble(a -> overlap(a, saved)))
                .filter(a -> overlap(a, saved) > 0)
                .orElse(visibleAreas.get(0));
        double width = Math.min(saved.getWidth(), area.getWidth());
        double height = Math.min(saved.getHeight(), area.getHeight());
        double x = Math.max(area.getMinX(), Math.min(saved.getMinX(), area.getMaxX() - width));
        double y = Math.max(area.getMinY(), Math.min(saved.getMinY(), area.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    /** The visible areas of the attached screens, the primary first. */
    static List<Rectangle2D> visibleAreas() {
        Screen primary = Screen.getPrimary();
        return Screen.getScreens().stream()
                .sorted(Comparator.comparing(s -> !s.equals(primary)))
                .map(Screen::getVisualBounds)
                .toList();
    }

    /**
     * Puts the stage there. A maximised placement also gets the visible area as its bounds (without a window
     * manager, maximising alone does nothing); maximise it after {@code show()}: GTK paints a window
     * maximised before it is mapped white until the next resize.
     */
    static void apply(Stage stage, Placement placement) {
        Rectangle2D r = placement.bounds();
        stage.setX(r.getMinX());
        stage.setY(r.getMinY());
        stage.setWidth(r.getWidth());
        stage.setHeight(r.getHeight());
        if (stage.isShowing()) {
            stage.setMaximized(placement.maximized());
        }
    }
}
