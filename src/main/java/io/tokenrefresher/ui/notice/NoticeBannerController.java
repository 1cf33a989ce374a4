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

    @FXML private HBox noticeBanner;
    @FXML private Label noticeTitleLabel;
    @FXML private Label noticeBodyLabel;
    @FXML private Button dismissNoticeButton;

    public NoticeBannerController(NoticeBannerViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        noticeBanner.visibleProperty().bind(viewModel.showingProperty());
        noticeBanner.managedProperty().bind(viewModel.showingProperty());
        noticeTitleLabel.textProperty().bind(viewModel.titleProperty());
        noticeBodyLabel.textProperty().bind(viewModel.bodyProperty());
        Nodes.styleBy(noticeBanner, viewModel.kindProperty());
        viewModel.raisedProperty().addListener((o, was, raised) -> {
            noticeBanner.getStyleClass().remove(RAISED);
            if (raised) {
                noticeBanner.getStyleClass().add(RAISED);
            }
        });
        // a screen reader hears it as it comes, title first
        noticeBanner.setAccessibleRole(AccessibleRole.TEXT);
        noticeBanner.accessibleTextProperty().bind(viewModel.titleProperty().concat(". ").concat(viewModel.bodyProperty()));
        dismissNoticeButton.setTooltip(new Tooltip(bundle.getString("notice.dismiss.tooltip")));
        dismissNoticeButton.setOnAction(e -> viewModel.dismiss());
    }
}
