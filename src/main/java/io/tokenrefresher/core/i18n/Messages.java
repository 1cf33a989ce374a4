package io.tokenrefresher.core.i18n;

import io.tokenrefresher.core.jwt.TokenMask;
import io.tokenrefresher.core.oauth.FailureHint;
import io.tokenrefresher.core.oauth.GatewayFailure;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The app's texts from the {@code i18n/messages} bundle (English and Simplified Chinese), looked up the
 * same way by the window, the command line and core: plain keys, formatted keys, and the words for a
 * {@link GatewayFailure}, so the window and stderr say the same. Lives in {@code core.i18n} rather than
 * beside the failures because every layer reads texts through it.
 */
public final class Messages {
    public static final String BUNDLE = "io.tokenrefresher.i18n.messages";

    private final ResourceBundle bundle;
    /** Hints are looked up under this prefix first ({@code cli.} for the command line), or null. */
    private final String hintPrefix;

    public Messages(ResourceBundle bundle) {
        this(bundle, null);
    }

    private Messages(ResourceBundle bundle, String hintPrefix) {
        this.bundle = bundle;
        this.hintPrefix = hintPrefix;
    }

    /**
     * The same texts with the command line's hints: where the window's hint names a place in the window
     * ("set Tenant-Id under Advanced"), the {@code cli.hint.*} key names the option ({@code --tenant-id}).
     */
    public Messages forCommandLine() {
        return new Messages(bundle, "cli.");
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(bundle(locale));
    }

    /**
     * The messages bundle for a locale without falling back to the JVM default: an English request on a
     * Chinese desktop (or the reverse) gets what it asked for, anything else gets English.
     */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Headline, details (server fields, excerpt) and a hint of what to do; details and hint may be empty. */
    public record Text(String headline, String details, String hint) {
        public String oneLine() {
            StringBuilder sb = new StringBuilder(headline);
            if (!hint.isEmpty()) {
                sb.append(" — ").append(hint);
            }
            return sb.toString();
        }

        public String full() {
            StringBuilder sb = new StringBuilder(headline);
            if (!details.isEmpty()) {
                sb.append('\n').append(details);
            }
            if (!hint.isEmpty()) {
                sb.append('\n').append(hint);
            }
            return sb.toString();
        }
    }

    /**
     * The words for a failure. JWTs quoted in them are cut to their first characters: Spring answers
     * {@code Invalid refresh token (expired): <the whole token>}, which is no use on screen or in a log.
     */
    public Text describe(GatewayFailure failure) {
        Text t = describeUnmasked(failure);
        return new Text(TokenMask.maskIn(t.headline()), TokenMask.maskIn(t.details()), t.hint());
    }

    /**
     * One branch per {@link GatewayFailure} type, and nothing for an unknown one: release 17 has no
     * pattern-matching switch to check this is complete, so MessagesTest does, over the permitted types.
     */
    private Text describeUnmasked(GatewayFailure failure) {
        String key = "failure." + failure.key();
        if (failure instanceof GatewayFailure.InvalidUrl f) {
            return new Text(format(key, abbreviate(f.input(), 80)), "",
                    text("failure.invalidUrl." + f.reason().name().toLowerCase(Locale.ROOT)));
        } else if (failure instanceof GatewayFailure.InvalidHeader f) {
            return new Text(format(key, f.name()), "", "");
        } else if (failure instanceof GatewayFailure.UnknownHost f) {
            return new Text(format(key, f.host()), "", hint("hint.unknownHost"));
        } else if (failure instanceof GatewayFailure.ConnectionRefused f) {
            return new Text(format(key, f.host(), String.valueOf(f.port())), "", hint("hint.refused"));
        } else if (failure instanceof GatewayFailure.Timeout f) {
            return new Text(format(key, String.valueOf(f.after().toSeconds())), "",
                    hint(f.connecting() ? "hint.connectTimeout" : "hint.timeout"));
        } else if (failure instanceof GatewayFailure.TlsFailure f) {
            return new Text(format(key, f.host()), nullToEmpty(f.detail()), hint("hint." + f.key()));
        } else if (failure instanceof GatewayFailure.ProxyFailure f) {
            return new Text(format(key, f.host(), String.valueOf(f.port()), nullToEmpty(f.detail())), "",
                    hint("hint." + f.key()));
        } else if (failure instanceof GatewayFailure.ConnectionSetup f) {
            return new Text(format(key, nullToEmpty(f.path()), nullToEmpty(f.detail())),
                    f.problem() == GatewayFailure.SetupProblem.PROXY_INCOMPLETE ? "" : nullToEmpty(f.detail()),
                    hint("hint." + f.key()));
        } else if (failure instanceof GatewayFailure.NetworkError f) {
            return new Text(format(key, abbreviate(f.detail(), 200)), "", hint("hint.network"));
        } else if (failure instanceof GatewayFailure.ConnectionCut f) {
            return new Text(format(key, String.valueOf(f.receivedBytes()), String.valueOf(f.expectedBytes())), "",
                    hint(f.beforeAnswer() ? "hint.cut.beforeAnswer" : "hint.cut.midAnswer"));
        } else if (failure instanceof GatewayFailure.BodyTimeout f) {
            return new Text(format(key, String.valueOf(f.after().toSeconds()), String.valueOf(f.status()),
                    String.valueOf(f.receivedBytes())), "", hint("hint.bodyTimeout"));
        } else if (failure instanceof GatewayFailure.UpstreamUnavailable f) {
            return new Text(format("failure." + f.key(), String.valueOf(f.status()),
                    f.title().isEmpty() ? "—" : f.title()),
                    text(f.html() ? "failure.upstream.isPage" : "failure.upstream.isText") + "\n" + f.firstLines(),
                    hint("hint.upstream"));
        } else if (failure instanceof GatewayFailure.ServerFault f) {
            String headline = f.error() != null
                    ? format(key, String.valueOf(f.status()), f.error().summary())
                    : format(key, String.valueOf(f.status()));
            return new Text(headline, f.error() != null ? "" : f.bodyExcerpt(), hint("hint.serverFault"));
        } else if (failure instanceof GatewayFailure.Redirect f) {
            return new Text(format(key, String.valueOf(f.status()), f.location()), "", hint("hint.redirect"));
        } else if (failure instanceof GatewayFailure.ServerRefused f) {
            return refused(f);
        } else if (failure instanceof GatewayFailure.RateLimited f) {
            return new Text(f.retryAfter() == null ? text(key) : format(key, String.valueOf(f.retryAfter().toSeconds())),
                    "", hint("hint.rateLimited"));
        } else if (failure instanceof GatewayFailure.NotJson f) {
            return new Text(format(key, String.valueOf(f.status()), f.contentType().isEmpty() ? "?" : f.contentType()),
                    f.firstLines(), hint("hint.notJson"));
        } else if (failure instanceof GatewayFailure.MalformedJson f) {
            return new Text(format(key, String.valueOf(f.status())),
                    nullToEmpty(f.detail()) + (f.excerpt().isEmpty() ? "" : "\n" + f.excerpt()), "");
        } else if (failure instanceof GatewayFailure.MissingAccessToken f) {
            return new Text(format(key, String.valueOf(f.status()),
                    f.fields().isEmpty() ? "—" : String.join(", ", f.fields())), "", hint("hint.noAccessToken"));
        } else if (failure instanceof GatewayFailure.ResponseTooLarge f) {
            return new Text(format(key, String.valueOf(f.limitBytes() / (1024 * 1024))), "", "");
        } else if (failure instanceof GatewayFailure.Cancelled) {
            return new Text(text(key), "", "");
        }
        // no generic words: a new kind of failure must get its own here (MessagesTest finds one that has none)
        throw new IllegalStateException("no words for " + failure.getClass().getName());
    }

    private Text refused(GatewayFailure.ServerRefused f) {
        String status = f.status() == 200 ? "200" : String.valueOf(f.status());
        // a bare 401 with a Basic challenge: the client, not the token, was not let in
        boolean clientAuth = f.error() == null && f.status() == 401 && f.hint() == FailureHint.SET_CLIENT_CREDENTIALS;
        String headline = f.error() != null
                ? format("failure.refused.oauth", status, f.error().summary())
                : format(clientAuth ? "failure.refused.clientAuth" : "failure.refused.status", status);
        String details = f.error() != null ? "" : f.bodyExcerpt();
        String hint = f.hint() != null ? hint("hint." + f.hint().name()) : "";
        return new Text(headline, details, hint);
    }

    /** A hint: the front end's own words where it has them ({@link #forCommandLine}), else the shared ones. */
    private String hint(String key) {
        if (hintPrefix != null && bundle.containsKey(hintPrefix + key)) {
            return bundle.getString(hintPrefix + key);
        }
        return text(key);
    }

    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(text(key), bundle.getLocale()).format(args);
    }

    /** Long input (a token pasted into the address field, say) is cut so the message stays readable. */
    static String abbreviate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
