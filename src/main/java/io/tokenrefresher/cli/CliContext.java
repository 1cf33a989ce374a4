package io.tokenrefresher.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.expiry.RelativeTime;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.profile.AppDirectories;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.KeyringCredentialStore;
import io.tokenrefresher.core.session.cache.SharedRefresh;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * What the commands take from the world: streams, locale, time zone, clock, the HTTP client and the
 * password prompt. {@link #system} gives the real ones; tests build one with captured streams.
 *
 * <p>Things that cost start-up time (the Jackson mapper, the message bundle) are made on first use,
 * so {@code --help} and {@code --version} stay quick.
 */
public final class CliContext {
    /** The HTTP client for a gateway: {@code https} says whether it must speak TLS. */
    @FunctionalInterface
    public interface HttpClientSource {
        HttpClient forGateway(boolean https);
    }

    /** Asks for a password without echo; absent when there is no terminal. */
    @FunctionalInterface
    public interface PasswordPrompt {
        char[] ask(String prompt);
    }

    private final InputStream stdin;
    private final Charset stdinCharset;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Locale locale;
    private final ZoneId zone;
    private final Clock clock;
    private final HttpClientSource httpClients;
    private final PasswordPrompt passwordPrompt;
    private final Supplier<ProfileService> profileServiceFactory;
    private ProfileService profileService;
    private SharedRefresh sharedRefresh;
    private ObjectMapper mapper;
    private ResourceBundle bundle;

    public CliContext(InputStream stdin, Charset stdinCharset, PrintWriter out, PrintWriter err, Locale locale,
                      ZoneId zone, Clock clock, HttpClientSource httpClients, PasswordPrompt passwordPrompt,
                      Supplier<ProfileService> profileServiceFactory) {
        this.stdin = stdin;
        this.stdinCharset = stdinCharset;
        this.out = out;
        this.err = err;
        this.locale = locale;
        this.zone = zone;
        this.clock = clock;
        this.httpClients = httpClients;
        this.passwordPrompt = passwordPrompt;
        this.profileServiceFactory = profileServiceFactory;
    }

    /**
     * The process's own streams. Java 17 writes {@code System.out} in the platform encoding, which is
     * ASCII under {@code LANG=C} and would turn a Chinese {@code nick_name} into {@code ?}; so output
     * is UTF-8, except in a Windows console, whose code page the JVM reports as
     * {@code sun.stdout.encoding}.
     */
    public static CliContext system(HttpClientSource httpClients) {
        Charset outCs = charsetProperty("sun.stdout.encoding");
        Charset errCs = charsetProperty("sun.stderr.encoding");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), outCs), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), errCs), true);
        Console console = System.console();
        PasswordPrompt prompt = console == null ? null : text -> console.readPassword("%s", text);
        return new CliContext(System.in, outCs, out, err, Locale.getDefault(), ZoneId.systemDefault(),
                Clock.systemUTC(), httpClients, prompt, CliContext::systemProfiles);
    }

    /** The window's profiles: the per-OS folder ({@code TOKEN_REFRESHER_HOME} overrides it), secrets in the OS store. */
    private static ProfileService systemProfiles() {
        AppDirectories dirs = AppDirectories.forThisSystem();
        return new ProfileService(new ProfileStore(dirs.configDirectory()), KeyringCredentialStore.forThisSystem());
    }

    private static Charset charsetProperty(String name) {
        String value = System.getProperty(name);
        if (value != null) {
            try {
                return Charset.forName(value);
            } catch (RuntimeException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    public InputStream stdin() {
        return stdin;
    }

    public Charset stdinCharset() {
        return stdinCharset;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    public Clock clock() {
        return clock;
    }

    public HttpClientSource httpClients() {
        return httpClients;
    }

    /** Null when there is no terminal to ask on. */
    public PasswordPrompt passwordPrompt() {
        return passwordPrompt;
    }

    /** The saved profiles, loaded on first use (only {@code --profile} and {@code profiles} need them). */
    public synchronized ProfileService profiles() {
        if (profileService == null) {
            profileService = profileServiceFactory.get();
            profileService.load();
            ProfilesFileNotice.print(profileService.loadReport(), messages(), err);
        }
        return profileService;
    }

    /**
     * The token cache and per-profile locks the window uses too (next to the profiles): a command with
     * {@code --profile} sends through it, so it never sends a refresh token another process just used.
     */
    public synchronized SharedRefresh sharedRefresh() {
        if (sharedRefresh == null) {
            ProfileService service = profiles();
            sharedRefresh = SharedRefresh.inDataFolder(service.directory(), service.credentialStore(), mapper(), clock);
        }
        return sharedRefresh;
    }

    public synchronized ObjectMapper mapper() {
        if (mapper == null) {
            mapper = new ObjectMapper();
        }
        return mapper;
    }

    /**
     * Builds the mapper and runs it once through what a token exchange needs (read a tree, write a
     * node) on a daemon thread. Jackson's first use is a few hundred classes and a date format; done
     * here it overlaps the option parsing instead of following it. Not in {@code app.startup} with the
     * other warm-ups: it builds this run's own mapper, the one the command then uses.
     */
    public void warmMapperInBackground() {
        Thread t = new Thread(() -> {
            try {
                ObjectMapper m = mapper();
                m.readTree("{\"a\":[1,\"b\",true,null,{}]}").toString();
            } catch (IOException | RuntimeException e) {
                // only a warm-up: the real use reports its own failures
            }
        }, "json-init");
        t.setDaemon(true);
        t.start();
    }

    public synchronized ResourceBundle bundle() {
        if (bundle == null) {
            // no fallback to the JVM's default locale: a French system gets English, not whatever the default is
            bundle = Messages.bundle(locale);
        }
        return bundle;
    }

    public Messages messages() {
        return new Messages(bundle());
    }

    public RelativeTime relativeTime() {
        return new RelativeTime(bundle());
    }
}
