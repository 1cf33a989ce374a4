package io.tokenrefresher.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.testing.FxThreadWatchdog;
import io.tokenrefresher.app.AppContext;
import io.tokenrefresher.app.TokenRefresherApp;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.CredentialStore;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.FxWait;
import io.tokenrefresher.ui.common.ClaimRowView;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window at a 1366x768 laptop's size, with everything open that takes height above the result:
 * Advanced, the pasted token's notice and an error with its details. The result must stay usable.
 * The scene is 1366x700: the screen less a task bar and a title bar, what a maximised window gets.
 */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class MainLayoutTest {
    private static final double WIDTH = 1366;
    private static final double HEIGHT = 700;

    @TempDir
    static Path profilesDir;
    private AppContext context;
    private Scene scene;

    @Start
    void start(Stage stage) {
        context = new AppContext(Clock.systemDefaultZone(), Locale.ENGLISH, () -> new ProfileService(
                new ProfileStore(profilesDir), CredentialStore.none("no credential store in this test")));
        scene = new Scene(new TokenRefresherApp().buildMainView(context), WIDTH, HEIGHT);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        context.close();
    }

    @Test
    void resultStaysUsableWithAdvancedOpenAnErrorDetailAndAResult(FxRobot robot) {
        try (FakeGateway gateway = FakeGateway.start()) {
            robot.interact(() -> {
                robot.lookup("#gatewayField").queryAs(TextInputControl.class).setText(gateway.baseUrl());
                robot.lookup("#refreshTokenField").queryAs(TextInputControl.class).setText(gateway.validRefreshToken());
            });
            robot.clickOn("#refreshButton");
            FxWait.until(() -> !robot.lookup("#accessTokenField").queryAs(TextArea.class).getText().isEmpty());
            robot.clickOn("#advancedToggle");
            gateway.enqueue(FakeGateway.Fault.html(502, "<html><body><h1>502 Bad Gateway</h1>"
                    + "upstream cams-auth did not answer ".repeat(12) + "</body></html>"));
            robot.clickOn("#refreshButton");
            FxWait.until(() -> robot.lookup("#statusDetailsArea").query().isVisible());
        }
        robot.interact(() -> scene.getRoot().layout());

        assertThat(robot.lookup("#advancedToggle").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#clientIdField").query().isVisible()).isTrue();
        assertThat(robot.lookup("#statusDetailsArea").queryAs(TextArea.class).getText()).contains("502 Bad Gateway");
        assertThat(robot.lookup("#pastedNoticeLabel").query().isVisible()).isTrue();

        for (String box : List.of("#accessTokenField", "#newRefreshTokenField")) {
            TextArea area = robot.lookup(box).queryAs(TextArea.class);
            double lines = area.lookup(".viewport").getLayoutBounds().getHeight() / lineHeight(area);
            assertThat(lines).as(box + " shows at least 4 lines").isGreaterThanOrEqualTo(4);
            assertInsideWindow(area);
        }

        for (String part : List.of("#countdownBox", "#countdownLabel", "#countdownCaptionLabel", "#refreshExpiryLabel")) {
            Node node = robot.lookup(part).query();
            assertThat(node.isVisible()).as(part + " visible").isTrue();
            assertInsideWindow(node);
        }
        for (String caption : List.of("#countdownCaptionLabel", "#refreshExpiryLabel")) {
            Label label = robot.lookup(caption).queryAs(Label.class);
            assertThat(label.getHeight()).as(caption + " has room for all its lines")
                    .isGreaterThanOrEqualTo(label.prefHeight(label.getWidth()) - 0.5);
            assertThat(shownText(label)).as(caption + " not cut").isEqualTo(label.getText());
        }

        TableView<?> claims = robot.lookup("#claimsTable").queryTableView();
        assertInsideWindow(claims);
        double header = claims.lookup(".column-header-background").getLayoutBounds().getHeight();
        double row = claims.lookup(".table-row-cell").getLayoutBounds().getHeight();
        double rows = (claims.getHeight() - header) / row;
        assertThat(rows).as("claims rows in view").isGreaterThanOrEqualTo(8);

        Set<Node> cells = claims.lookupAll(".table-cell");
        List<TableCell<?, ?>> sections = cells.stream().<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && "claimSectionColumn".equals(c.getTableColumn().getId()))
                .filter(c -> c.getItem() != null && !c.isEmpty())
                .toList();
        assertThat(sections).isNotEmpty();
        assertThat(sections).allSatisfy(c -> assertThat(shownText(c)).isEqualTo(c.getItem()));
        assertThat(sections.stream().map(c -> String.valueOf(c.getItem()))).contains("header", "payload");
    }

    @Test
    void claimRowsHaveACopyMenuAndLongValuesATooltip(FxRobot robot) {
        try (FakeGateway gateway = FakeGateway.start()) {
            robot.interact(() -> robot.lookup("#refreshTokenField").queryAs(TextInputControl.class)
                    .setText(gateway.validRefreshToken()));
        }
        FxWait.until(() -> !robot.lookup("#claimsTable").queryTableView().getItems().isEmpty());

        // the menu of the "typ" row (a right click opens it; Monocle sends no context-menu event, so the
        // items are fired as the menu would)
        TableRow<?> typ = robot.lookup("#claimsTable .table-row-cell").match(r -> r instanceof TableRow<?> row
                && row.getItem() instanceof ClaimRowView v && "typ".equals(v.name())).query();
        ContextMenu menu = typ.getContextMenu();
        assertThat(menu.getItems()).extracting(MenuItem::getText)
                .containsExactly("Copy value", "Copy raw", "Copy claim=value");
        robot.interact(() -> menu.getItems().get(2).fire());
        assertThat(clipboard(robot)).isEqualTo("typ=JWT");
        robot.interact(() -> menu.getItems().get(1).fire());
        assertThat(clipboard(robot)).isEqualTo("\"JWT\"");
        robot.interact(() -> menu.getItems().get(0).fire());
        assertThat(clipboard(robot)).isEqualTo("JWT");
        assertThat(robot.lookup("#responseTable").queryTableView().getRowFactory()).isNotNull();

        TableCell<?, ?> value = robot.lookup("#claimsTable .table-cell").match(c -> c instanceof TableCell<?, ?> cell
                && cell.getTableColumn() != null && "claimValueColumn".equals(cell.getTableColumn().getId())
                && cell.getItem() != null).query();
        assertThat(value.getTooltip().getText()).isEqualTo(value.getItem());
        assertThat(value.getTextOverrun()).isEqualTo(OverrunStyle.CENTER_ELLIPSIS);
    }

    private static String clipboard(FxRobot robot) {
        AtomicReference<String> content = new AtomicReference<>();
        robot.interact(() -> content.set(Clipboard.getSystemClipboard().getString()));
        return content.get();
    }

    private void assertInsideWindow(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        assertThat(b.getMinY()).as(node.getId() + " top").isGreaterThanOrEqualTo(0);
        assertThat(b.getMaxY()).as(node.getId() + " bottom").isLessThanOrEqualTo(scene.getHeight());
        assertThat(b.getMaxX()).as(node.getId() + " right").isLessThanOrEqualTo(scene.getWidth());
    }

    /** The text as drawn: a label or cell that is too small draws an ellipsized copy of its text. */
    private static String shownText(Node labeled) {
        StringBuilder shown = new StringBuilder();
        labeled.lookupAll(".text").stream().filter(Text.class::isInstance)
                .forEach(t -> shown.append(((Text) t).getText()));
        return shown.toString();
    }

    private static double lineHeight(TextArea area) {
        Text one = new Text("X");
        one.setFont(area.getFont());
        Text two = new Text("X\nX");
        two.setFont(area.getFont());
        return two.getLayoutBounds().getHeight() - one.getLayoutBounds().getHeight();
    }
}
