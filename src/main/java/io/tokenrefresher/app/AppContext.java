package io.tokenrefresher.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.app.startup.DesktopWarmUp;
import io.tokenrefresher.core.AppVersion;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.core.net.HttpClients;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.profile.AppDirectories;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.KeyringCredentialStore;
import io.tokenrefresher.core.settings.AppSettings;
import io.tokenrefresher.core.settings.SettingsStore;
import io.tokenrefresher.core.settings.SystemTheme;
import io.tokenrefresher.core.history.RefreshHistory;
import io.tokenrefresher.core.secret.SecretRead;
import io.tokenrefresher.core.session.AutoRefresher;
import io.tokenrefresher.core.session.RefreshScheduler;
import io.tokenrefresher.core.session.SessionRegistry;
import io.tokenrefresher.core.session.TokenSender;
import java.util.function.Supplier;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds each service once, by hand (no DI framework at this size). Heavy parts are lazy: the
 * HttpClient (~300 ms of TLS set-up) is started by {@link #warmUpInBackground()} after the window shows,
 * and its first use waits for that same build instead of building a second one.
 */
public final class AppContext implements AutoCloseable {
    private final Clock clock;
    private final ResourceBundle bundle;
    private final ExecutorService background;
    private final HttpClients httpClients = new HttpClients();
    private final Lazy<ObjectMapper> mapper = new Lazy<>(ObjectMapper::new);
    private final Lazy<JwtInspector> inspector = new Lazy<>(() -> new JwtInspector(mapper()));
    private final Lazy<TokenEndpointClient> endpointClient;
    private final ExecutorService disk;
    private final Lazy<ProfileService> profileService;
    private final SessionRegistry sessions;
    private final AutoRefresher autoRefresher;
    private final RefreshHistory history = new RefreshHistory();
    private final AppSettings settings;
    private final boolean systemDarkAtStart;
    private final Lazy<SettingsStore> settingsStore;

    /**
     * @param profiles builds the profile service on first use (off the FX thread): the real one reads the
     *                 per-OS folder and the OS credential store, tests pass one over a temp folder
     */
    public AppContext(Clock clock, Locale locale, Supplier<ProfileService> profiles) {
        this(clock, locale, profiles, AppSettings.DEFAULTS, false, null);
    }

    /**
     * @param settings          the settings the window starts with
     * @param systemDarkAtStart whether the OS was dark when they were read
     * @param settingsStore     their file; null: {@code settings.json} next to the profiles' file
     */
    public AppContext(Clock clock, Locale locale, Supplier<ProfileService> profiles, AppSettings settings,
            boolean systemDarkAtStart, SettingsStore settingsStore) {
        this.clock = clock;
        this.settings = settings;
        this.systemDarkAtStart = systemDarkAtStart;
        this.settingsStore = new Lazy<>(() -> settingsStore != null ? settingsStore
                : new SettingsStore(profileService().directory()));
        this.bundle = Messages.bundle(locale);
        this.background = Executors.newCachedThreadPool(daemonThreads("token-refresher-worker"));
        this.disk = Executors.newSingleThreadExecutor(daemonThreads("token-refresher-disk"));
        this.profileService = new Lazy<>(profiles);
        this.endpointClient = new Lazy<>(() -> new TokenEndpointClient(httpClients::defaultClient, mapper(), clock,
                "TokenRefresher/" + AppVersion.get()));
        this.sessions = new SessionRegistry(TokenSender.over(this::endpointClient, this::httpClients), this::inspector,
                clock);
        sessions.addListener(history);
        this.autoRefresher = new AutoRefresher(sessions, clock, RefreshScheduler.daemon("token-refresher-keepalive"),
                background, AutoRefresher.Settings.DEFAULTS, this::clientSecretOf);
    }

    /** The desktop's context, in the language the settings chose ({@link StartupSettings}). */
    static AppContext forDesktop(StartupSettings.Resolved startup) {
        return new AppContext(Clock.systemDefaultZone(), startup.settings().language().locale(Locale.getDefault()),
                AppContext::systemProfileService, startup.settings(), startup.systemDark(), startup.store());
    }

    /** Profiles in the per-OS folder ({@code TOKEN_REFRESHER_HOME} overrides it), secrets in the OS store. */
    public static ProfileService systemProfileService() {
        AppDirectories dirs = AppDirectories.forThisSystem();
        return new ProfileService(new ProfileStore(dirs.configDirectory()), KeyringCredentialStore.forThisSystem());
    }

    /** The single thread for profile file and credential-store work, so saves happen in order. */
    public ExecutorService disk() {
        return disk;
    }

    /** The settings the window started with. */
    public AppSettings settings() {
        return settings;
    }

    /** Whether the OS used dark colours when the settings were read (false unless they follow the OS). */
    public boolean systemDarkAtStart() {
        return systemDarkAtStart;
    }

    /** {@code settings.json}; built on first use, call off the FX thread (on {@link #disk()}). */
    public SettingsStore settingsStore() {
        return settingsStore.get();
    }

    /** Asks the OS whether it is dark; starts a process, so call off the FX thread. */
    public boolean systemIsDark() {
        return SystemTheme.forThisSystem().isDark();
    }

    /** Built on first use; call off the FX thread (it may touch the OS credential store). */
    public ProfileService profileService() {
        return profileService.get();
    }

    /**
     * Builds the HTTP client and the JSON/JWT machinery off the FX thread right after the window shows,
     * and runs them once ({@link DesktopWarmUp}), so the first refresh does not pay for their class loading.
     */
    public void warmUpInBackground() {
        background.execute(() -> DesktopWarmUp.run(this::inspector, this::endpointClient, httpClients::defaultClient));
    }

    public Clock clock() {
        return clock;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public ExecutorService background() {
        return background;
    }

    public ObjectMapper mapper() {
        return mapper.get();
    }

    public JwtInspector inspector() {
        return inspector.get();
    }

    /** The token sessions of all profiles, shared by the window's parts. */
    public SessionRegistry sessions() {
        return sessions;
    }

    /** Every refresh and log-in of this run (in memory). */
    public RefreshHistory history() {
        return history;
    }

    /** Keeps sessions alive; listens to {@link #sessions()}. */
    public AutoRefresher autoRefresher() {
        return autoRefresher;
    }

    /** A profile's client secret from the credential store, "" when none or unreadable; blocks (off the FX thread). */
    private String clientSecretOf(String profileId) {
        return profileService().clientSecret(profileId) instanceof SecretRead.Found found ? found.value() : "";
    }

    public TokenEndpointClient endpointClient() {
        return endpointClient.get();
    }

    /**
     * The HTTP clients per TLS trust and proxy setting; {@code forSettings} blocks while it builds, so
     * call it off the FX thread. Its default client is the one warmed up above.
     */
    public HttpClients httpClients() {
        return httpClients;
    }

    @Override
    public void close() {
        autoRefresher.close();
        background.shutdownNow();
        disk.shutdown();
        try {
            // let queued saves finish: an edit typed just before closing must reach the disk
            disk.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
