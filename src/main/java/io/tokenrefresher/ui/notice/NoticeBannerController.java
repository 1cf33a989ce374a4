package io.tokenrefresher.ui.notice;

import io.tokenrefresher.ui.common.Nodes;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** Binds {@code notice-banner.fxml} to a {@link NoticeBannerViewModel}. */
public final class NoticeBannerController {
    static final String RAISED = "notice-banner-raised";

    private final NoticeBannerViewModel viewModel;
    private final ResourceBundle bundle;

    @FXML private HBox sessionNoticeBanner;
    @FXML private Label sessionNoticeTitleLabel;
    @FXML private Label sessionNoticeBodyLabel;
    @FXML private Button dismissSessionNoticeButton;

    public NoticeBannerController(NoticeBannerViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        sessionNoticeBanner.visibleProperty().bind(viewModel.showingProperty());
        sessionNoticeBanner.managedProperty().bind(viewModel.showingProperty());
        sessionNoticeTitleLabel.textProperty().bind(viewModel.titleProperty());
        sessionNoticeBodyLabel.textProperty().bind(viewModel.bodyProperty());
        Nodes.styleBy(sessionNoticeBanner, viewModel.kindProperty());
        viewModel.raisedProperty().addListener((o, was, raised) -> {
            sessionNoticeBanner.getStyleClass().remove(RAISED);
            if (raised) {
                sessionNoticeBanner.getStyleClass().add(RAISED);
            }
        });
        // a screen reader hears it as it comes, title first
        sessionNoticeBanner.setAccessibleRole(AccessibleRole.TEXT);
        sessionNoticeBanner.accessibleTextProperty().bind(viewModel.titleProperty().concat(". ").concat(viewModel.bodyProperty()));
        dismissSessionNoticeButton.setTooltip(new Tooltip(bundle.getString("notice.dismiss.tooltip")));
        dismissSessionNoticeButton.setOnAction(e -> viewModel.dismiss());
    }
}
