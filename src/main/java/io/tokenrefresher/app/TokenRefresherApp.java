package io.tokenrefresher.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.app.startup.FirstFrame;
import io.tokenrefresher.app.startup.StartupProbe;
import io.tokenrefresher.core.AppVersion;
import io.tokenrefresher.core.captcha.CaptchaSource;
import io.tokenrefresher.core.handoff.TokenTester;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.jwt.JwksKeys;
import io.tokenrefresher.core.notify.NoticeDispatcher;
import io.tokenrefresher.core.notify.Notices;
import io.tokenrefresher.core.oauth.http.CaptchaClient;
import io.tokenrefresher.core.oauth.http.TokenCheck;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.WindowBounds;
import io.tokenrefresher.core.session.ProfileSession;
import io.tokenrefresher.core.session.SessionEvent;
import io.tokenrefresher.core.session.SessionListener;
import io.tokenrefresher.core.session.TokenPair;
import io.tokenrefresher.ui.claims.ClaimsController;
import io.tokenrefresher.ui.common.AppIcons;
import io.tokenrefresher.ui.common.FxmlLoaderFactory;
import io.tokenrefresher.ui.common.FxmlView;
import io.tokenrefresher.ui.common.Tasks;
import io.tokenrefresher.ui.exchange.ExchangeController;
import io.tokenrefresher.ui.history.HistoryController;
import io.tokenrefresher.ui.history.HistoryViewModel;
import io.tokenrefresher.ui.main.MainController;
import io.tokenrefresher.ui.main.MainViewModel;
import io.tokenrefresher.ui.notice.FxWindowNotices;
import io.tokenrefresher.ui.notice.NoticeBannerController;
import io.tokenrefresher.ui.profiles.ProfileBarController;
import io.tokenrefresher.ui.profiles.ProfilesViewModel;
import io.tokenrefresher.ui.profiles.SessionStates;
import io.tokenrefresher.ui.request.RequestController;
import io.tokenrefresher.ui.result.ResponseFieldsController;
import io.tokenrefresher.ui.result.ResultController;
import io.tokenrefresher.ui.settings.Appearance;
import io.tokenrefresher.ui.settings.SettingsDialog;
import io.tokenrefresher.ui.settings.SettingsViewModel;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application. Only building the window happens before it shows; the HTTP client and
 * the JSON/JWT machinery are prepared in the background once its first frame is laid out.
 */
public class TokenRefresherApp extends Application {
    static final String STYLESHEET = "/io/tokenrefresher/css/app.css";

    private AppContext context;
    private MainController mainController;
    private ProfilesViewModel profilesViewModel;
    private SettingsViewModel settingsViewModel;
    private NoticeDispatcher noticeDispatcher;
    /** Profiles whose kept pair was looked for in this run. */
    private final Set<String> keptPairsAsked = new HashSet<>();
    private Notices notices;

    @Override
    public void start(Stage stage) {
        StartupSettings.Resolved startup = StartupSettings.await();
        // JavaFX's own texts (OK, Cancel, a text field's menu) follow the chosen language too
        Locale.setDefault(startup.settings().language().locale(Locale.getDefault()));
        context = AppContext.forDesktop(startup);
        Application.setUserAgentStylesheet(Appearance.themeStylesheet(
                startup.settings().theme().isDark(startup.systemDark())));
        Parent root = buildMainView(context);
        // the preferred size inside the visible area (task bar excluded), maximised on a smaller screen
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        WindowFit.Placement placement = WindowFit.initial(screen, WindowFit.PREFERRED_WIDTH,
                WindowFit.PREFERRED_HEIGHT);
        Scene scene = new Scene(root, placement.bounds().getWidth(), placement.bounds().getHeight());
        followSettings(scene);
        stage.setTitle(context.bundle().getString("app.title"));
        stage.setScene(scene);
        stage.setOnHidden(e -> mainController.dispose());
        WindowFit.apply(stage, placement);
        stage.show();
        stage.setMaximized(placement.maximized());
        // after show(): set before, GTK under some window managers (openbox) opens the window at its minimum
        stage.setMinWidth(Math.min(900, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        StartupProbe.afterFirstPulse(scene);
        // not right after show(): on a small machine the profiles (Jackson, the credential store) and the
        // warm-up would take CPU from the first frame
        double wantedWidth = scene.getWidth();
        double wantedHeight = scene.getHeight();
        FirstFrame.then(scene, () -> {
            // some window managers (openbox) map a new GTK window smaller than asked: ask once more
            if (!stage.isMaximized() && (scene.getWidth() < wantedWidth - 1 || scene.getHeight() < wantedHeight - 1)) {
                stage.setWidth(stage.getWidth() + wantedWidth - scene.getWidth());
                stage.setHeight(stage.getHeight() + wantedHeight - scene.getHeight());
            }
            stage.getIcons().setAll(AppIcons.all());
            restoreSession(stage);
            context.warmUpInBackground();
            // after the background warm-up's busiest part, while the user is still pasting
            CompletableFuture.delayedExecutor(600, TimeUnit.MILLISECONDS, Platform::runLater)
                    .execute(mainController::warmUpResultViews);
        });
    }

    /** Builds the main view with its controllers; tests call this with their own context. */
    public Parent buildMainView(AppContext ctx) {
        Tasks tasks = Tasks.onFxThread();
        MainViewModel viewModel = new MainViewModel(ctx.sessions(), ctx::inspector, tasks, ctx.background(),
                ctx.clock(), ctx.bundle());
        viewModel.requests().logins().useCaptchaSource(CaptchaSource.over(ctx::httpClients,
                new CaptchaClient(ctx.mapper(), "TokenRefresher/" + AppVersion.get())));
        viewModel.tokenTest().use(TokenTester.over(ctx::httpClients, new TokenCheck("TokenRefresher/" + AppVersion.get())));
        viewModel.requests().useNegativeTestSender(ctx.plainSender());
        // a JWKS goes through the connection settings of the form (CA file, proxy), on the network thread
        viewModel.signature().setJwksSource(() -> url -> new JwksKeys(new ObjectMapper(), ctx.clock())
                .fetch(url, ctx.httpClients().forSettings(viewModel.form().tlsTrustProperty().get(),
                        viewModel.form().proxyProperty().get())));
        viewModel.signature().rememberKeysIn(ctx::profileService, ctx.disk());
        settingsViewModel = new SettingsViewModel(ctx.settings(), ctx.systemDarkAtStart(), ctx::settingsStore,
                ctx::systemIsDark, tasks, ctx.disk(), ctx.background(), ctx.bundle());
        SettingsDialog settings = new SettingsDialog(settingsViewModel, ctx.bundle());
        // every notice in the window's banner; on the desktop too while Settings > Desktop notifications is on
        notices = ctx.notices();
        noticeDispatcher = new NoticeDispatcher(ctx.desktopNotifier(),
                new FxWindowNotices(viewModel.notices(), Platform::runLater),
                settingsViewModel.desktopNotificationsProperty().get());
        settingsViewModel.desktopNotificationsProperty().addListener(
                (o, was, on) -> noticeDispatcher.setDesktopEnabled(on));
        profilesViewModel = new ProfilesViewModel(ctx::profileService, viewModel.form(),
                viewModel.pasted().inputProperty(), ctx.sessions(), tasks, ctx.disk(), ctx.bundle());
        // the window shows the selected profile's session; while none is selected, the last one shown
        profilesViewModel.selectedProperty().addListener((o, old, profile) -> {
            if (profile != null) {
                // the profile as saved (an edit, the auto-refresh toggle) is what its session is kept alive with;
                // sessions of profiles shown before keep running
                ctx.autoRefresher().keepAlive(profile);
                viewModel.shown().show(profile.id());
                // its remembered verification key, read off the FX thread
                viewModel.signature().showProfile(profile.id());
                if (profile.rememberRefreshToken()) {
                    restoreKeptPair(ctx, tasks, viewModel, profile.id());
                }
            }
        });
        viewModel.shown().followAutoRefresh(ctx.autoRefresher()::status);
        viewModel.followHistory(ctx.history());
        HistoryViewModel history = new HistoryViewModel(ctx.history(), this::profileName, tasks, ctx.disk(),
                ctx.clock(), new Messages(ctx.bundle()), viewModel::showRecord);
        SessionStates sessionStates = new SessionStates(ctx.autoRefresher()::status, new Messages(ctx.bundle()));
        viewModel.alsoEverySecond(() -> sessionStates.refresh(profilesViewModel.profiles()));
        ctx.sessions().addListener(new SessionListener() {
            @Override
            public void changed(ProfileSession session) {
                tasks.ui().execute(() -> sessionStates.refresh(profilesViewModel.profiles()));
            }

            @Override
            public void event(ProfileSession session, SessionEvent event) {
                // the profile's name is read on the FX thread, where the profile list lives
                tasks.ui().execute(() -> noticeDispatcher.post(
                        SessionNotices.of(notices, profileName(session.profileId()), event)));
            }
        });
        profilesViewModel.profiles().addListener((ListChangeListener<GatewayProfile>) change -> {
            while (change.next()) {
                change.getRemoved().stream().filter(p -> !profilesViewModel.profiles().contains(p)
                        && profilesViewModel.profiles().stream().noneMatch(q -> q.id().equals(p.id())))
                        .forEach(p -> ctx.autoRefresher().stop(p.id()));
            }
        });
        Map<Class<?>, Supplier<?>> controllers = Map.of(
                NoticeBannerController.class, () -> new NoticeBannerController(viewModel.notices(), ctx.bundle()),
                MainController.class, () -> {
                    mainController = new MainController(viewModel, ctx.bundle(), AppVersion.get());
                    return mainController;
                },
                RequestController.class, () -> new RequestController(viewModel.form(), viewModel.pasted(),
                        viewModel.exchange(), viewModel.requests()::refresh, ctx.bundle(), viewModel.shown().autoLearnedFormProperty()),
                ResultController.class, () -> new ResultController(viewModel.result(), viewModel.countdown(),
                        viewModel.requests()::useNewRefreshToken, ctx.bundle()),
                ResponseFieldsController.class, () -> new ResponseFieldsController(viewModel.result(), ctx.bundle()),
                ClaimsController.class, () -> new ClaimsController(viewModel.claims(), viewModel.signature(),
                        ctx.bundle()),
                HistoryController.class, () -> new HistoryController(history, ctx.bundle()),
                ExchangeController.class, () -> new ExchangeController(viewModel.wireExchange(), ctx.bundle()),
                ProfileBarController.class, () -> new ProfileBarController(profilesViewModel, ctx.bundle(),
                        ctx.background(), settings::show, sessionStates));
        FxmlLoaderFactory loader = new FxmlLoaderFactory(ctx.bundle(), controllers);
        Parent main = loader.load(FxmlView.MAIN);
        mainController.buildExchangeViewOnFirstShow(() -> loader.load(FxmlView.EXCHANGE));
        return main;
    }

    /**
     * Gives the window (and every dialog it opens) the app's stylesheet, and the theme and font size
     * of the settings, now and whenever they change; after {@link #buildMainView}.
     */
    public Appearance followSettings(Scene scene) {
        Appearance appearance = Appearance.follow(settingsViewModel,
                TokenRefresherApp.class.getResource(STYLESHEET).toExternalForm());
        appearance.style(scene);
        return appearance;
    }

    public SettingsViewModel settingsViewModel() {
        return settingsViewModel;
    }

    /**
     * A profile that remembers its refresh token finds its last pair again after a restart: the token
     * cache keeps it (the OS credential store, else a file only the user can read). Read once per profile
     * and run, on the disk thread; a pair of this run wins.
     */
    private void restoreKeptPair(AppContext ctx, Tasks tasks, MainViewModel viewModel, String profileId) {
        ProfileSession session = ctx.sessions().session(profileId);
        if (!keptPairsAsked.add(profileId) || session.newest().isPresent()) {
            return;
        }
        tasks.call(() -> ctx.sharedRefresh().cache().read(profileId)
                        .map(kept -> TokenPair.of(kept.response(), ctx.inspector())))
                .onSuccess(pair -> pair.filter(session::adopt).ifPresent(p -> viewModel.shown().showAdopted(session)))
                .runOn(ctx.disk());
    }

    /** A profile's name by its id (the id itself for a profile deleted meanwhile); on the FX thread. */
    private String profileName(String profileId) {
        return profilesViewModel.profiles().stream().filter(p -> p.id().equals(profileId))
                .map(GatewayProfile::name).findFirst().orElse(profileId);
    }

    /**
     * Where session events are told to the user: {@code noticeDispatcher().post(notices().sessionFailed(
     * profile, failure))} from any thread. After {@link #buildMainView}.
     */
    public NoticeDispatcher noticeDispatcher() {
        return noticeDispatcher;
    }

    /** The words of the notices, in the window's language. After {@link #buildMainView}. */
    public Notices notices() {
        return notices;
    }

    public ProfilesViewModel profilesViewModel() {
        return profilesViewModel;
    }

    /** Loads the profiles in the background and puts the window back where it was last time. */
    public void restoreSession(Stage stage) {
        profilesViewModel.load(bounds -> bounds.ifPresent(b -> {
            if (b.maximized()) {
                stage.setMaximized(true);
            } else {
                WindowFit.apply(stage, new WindowFit.Placement(WindowFit.clamp(
                        new Rectangle2D(b.x(), b.y(), b.width(), b.height()), WindowFit.visibleAreas()), false));
            }
        }));
        stage.setOnCloseRequest(e -> profilesViewModel.saveWindowBounds(new WindowBounds(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight(), stage.isMaximized())));
    }

    public MainController mainController() {
        return mainController;
    }

    @Override
    public void stop() {
        if (noticeDispatcher != null) {
            noticeDispatcher.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
