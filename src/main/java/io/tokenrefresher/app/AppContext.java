package io.tokenrefresher.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.app.notify.DesktopNotifiers;
import io.tokenrefresher.app.startup.DesktopWarmUp;
import io.tokenrefresher.core.AppVersion;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.core.net.HttpClients;
import io.tokenrefresher.core.notify.DesktopNotifier;
import io.tokenrefresher.core.notify.Notices;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.profile.AppDirectories;
import io.tokenrefresher.core.profile.GatewayProfile;
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
import io.tokenrefresher.core.session.cache.SharedRefresh;
import java.util.function.Supplier;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
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
    private final TokenSender plainSender;
    private final Lazy<SharedRefresh> sharedRefresh;
    private volatile boolean sharedRefreshUsed;
    private final AutoRefresher autoRefresher;
    private final RefreshHistory history = new RefreshHistory();
    private final AppSettings settings;
    private final boolean systemDarkAtStart;
    private final Lazy<SettingsStore> settingsStore;
    /** None unless {@link #forDesktop}: a test's window must not pop notifications up on the desktop it runs on. */
    private DesktopNotifier desktopNotifier = DesktopNotifiers.none();

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
        TokenSender network = TokenSender.over(this::endpointClient, this::httpClients);
        this.plainSender = network;
        this.sharedRefresh = new Lazy<>(() -> {
            sharedRefreshUsed = true;
            ProfileService service = profileService();
            return SharedRefresh.inDataFolder(service.directory(), service.credentialStore(), mapper(), clock);
        });
        this.sessions = SessionRegistry.perProfile(id -> SharedRefresh.senderFor(sharedRefresh, id, network),
                this::inspector, clock);
        sessions.addListener(history);
        this.autoRefresher = new AutoRefresher(sessions, clock, RefreshScheduler.daemon("token-refresher-keepalive"),
                background, AutoRefresher.Settings.DEFAULTS, this::clientSecretOf);
    }

    /** The desktop's context, in the language the settings chose ({@link StartupSettings}). */
    static AppContext forDesktop(StartupSettings.Resolved startup) {
        AppContext context = new AppContext(Clock.systemDefaultZone(),
                startup.settings().language().locale(Locale.getDefault()), AppContext::systemProfileService,
                startup.settings(), startup.systemDark(), startup.store());
        context.desktopNotifier = DesktopNotifiers.forThisSystem(context.bundle.getString("app.title"));
        return context;
    }

    /** Where notices go outside the window: D-Bus or the tray on the desktop, none in tests. */
    public DesktopNotifier desktopNotifier() {
        return desktopNotifier;
    }

    /** The words of the notices, in the window's language and the clock's zone. */
    public Notices notices() {
        return new Notices(new Messages(bundle), clock);
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

    /**
     * Sends straight to the gateway, past the sessions and the shared token cache: for requests whose
     * answers must never become anyone's tokens (the negative tests).
     */
    public TokenSender plainSender() {
        return plainSender;
    }

    /** The token sessions of all profiles, shared by the window's parts. */
    public SessionRegistry sessions() {
        return sessions;
    }

    /**
     * The token cache and the per-profile lock shared with other windows and the command line; every
     * session's requests go through it. Built on first use: call off the FX thread.
     */
    public SharedRefresh sharedRefresh() {
        return sharedRefresh.get();
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
        if (desktopNotifier instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // leaving: a notifier that cannot close has nothing left to lose
            }
        }
        background.shutdownNow();
        if (sharedRefreshUsed && !disk.isShutdown()) {
            disk.execute(this::forgetPairsNotRemembered);
        }
        disk.shutdown();
        try {
            // let queued saves finish: an edit typed just before closing must reach the disk
            disk.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The cache keeps every session's pair while the window runs (so a command line can use it), but
     * only the pairs of profiles that remember their refresh token outlive the window; so do not those
     * of profiles deleted in this run.
     */
    private void forgetPairsNotRemembered() {
        List<GatewayProfile> profiles = profileService().profiles();
        Set<String> forget = new HashSet<>(sharedRefresh().profilesSent());
        profiles.stream().filter(GatewayProfile::rememberRefreshToken).map(GatewayProfile::id).forEach(forget::remove);
        profiles.stream().filter(p -> !p.rememberRefreshToken()).map(GatewayProfile::id).forEach(forget::add);
        sharedRefresh().cache().removeAll(forget);
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
