package io.tokenrefresher.app;

import atlantafx.base.theme.PrimerLight;
import io.tokenrefresher.ui.common.FxmlLoaderFactory;
import io.tokenrefresher.ui.common.FxmlView;
import io.tokenrefresher.ui.main.MainController;
import io.tokenrefresher.ui.main.MainViewModel;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application. Only building the window happens before it shows; the HTTP client and
 * the JSON/JWT machinery are prepared in the background once its first frame is laid out.
 */
public class TokenRefresherApp extends Application {
    static final String STYLESHEET = "/io/tokenrefresher/css/app.css";

    private AppContext context;
    private MainController mainController;

    @Override
    public void start(Stage stage) {
        context = AppContext.forDesktop();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Parent root = buildMainView(context);
        Scene scene = new Scene(root, 1120, 780);
        scene.getStylesheets().add(TokenRefresherApp.class.getResource(STYLESHEET).toExternalForm());
        stage.setTitle(context.bundle().getString("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(620);
        stage.setScene(scene);
        stage.setOnHidden(e -> mainController.dispose());
        stage.show();
        StartupProbe.afterFirstPulse(scene);
        // not right after show(): on a small machine the warm-up would take CPU from the first frame
        FirstFrame.then(scene, context::warmUpInBackground);
    }

    /** Builds the main view with its controller; tests call this with their own context. */
    public Parent buildMainView(AppContext ctx) {
        MainViewModel viewModel = new MainViewModel(ctx::endpointClient, ctx::inspector, ctx.background(),
                ctx.clock(), ctx.bundle());
        Map<Class<?>, Supplier<?>> controllers = Map.of(MainController.class, () -> {
            mainController = new MainController(viewModel, ctx.bundle());
            return mainController;
        });
        return new FxmlLoaderFactory(ctx.bundle(), controllers).load(FxmlView.MAIN);
    }

    public MainController mainController() {
        return mainController;
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
