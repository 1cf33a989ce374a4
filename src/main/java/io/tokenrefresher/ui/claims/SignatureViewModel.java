package io.tokenrefresher.ui.claims;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.i18n.SignatureWords;
import io.tokenrefresher.core.jwt.SavedVerificationKey;
import io.tokenrefresher.core.jwt.SignatureCheck;
import io.tokenrefresher.core.jwt.SignatureVerifier;
import io.tokenrefresher.core.jwt.VerificationKey;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.ui.common.StatusKind;
import io.tokenrefresher.ui.common.Tasks;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The signature badge of the token the claims table shows: verified / invalid signature / not
 * verified for the key the user entered, and the warnings that need no key (alg none, SpringBlade's
 * public default key, time claims). A JWKS is fetched on the network executor through the profile's
 * connection settings ({@link JwksSource}). A key may be remembered for the profile shown
 * ({@link RememberedKey}) and is used again whenever that profile is shown: it belongs to its profile and
 * leaves with it, while a key only typed stays as long as the window.
 *
 * <p>Over the 150 lines a view-model aims at by the remembering's few entry points (the disk work itself
 * is {@link RememberedKey}'s): what key is in use and whether it is remembered are one state.
 */
public final class SignatureViewModel {
    /** Fetches a key set through the profile's TLS and proxy settings; blocks. */
    @FunctionalInterface
    public interface JwksSource {
        VerificationKey.KeySet fetch(URI url) throws Exception;
    }

    /** The key as the user typed it. */
    public enum KeyType { NONE, HMAC, PEM, JWKS }

    private final Tasks tasks;
    private final Executor network;
    private final Clock clock;
    private final SignatureWords words;
    private final Messages messages;
    private final RememberedKey remembered;
    /** Built on the first token: java-jwt is not loaded while the window starts. */
    private SignatureVerifier verifier;
    private Supplier<JwksSource> jwks = () -> url -> {
        throw new IllegalStateException("no JWKS source");
    };
    private VerificationKey key;
    /** The key in use as the user entered it (fills the key dialog); null without a key. */
    private SavedVerificationKey entered;
    private String token = "";
    private Duration skew;

    private final ReadOnlyStringWrapper badge = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> badgeKind = new ReadOnlyObjectWrapper<>(StatusKind.NEUTRAL);
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper keyProblem = new ReadOnlyStringWrapper("");

    public SignatureViewModel(Tasks tasks, Executor network, Clock clock, Messages messages) {
        this.tasks = tasks;
        this.network = network;
        this.clock = clock;
        this.words = new SignatureWords(messages);
        this.messages = messages;
        this.remembered = new RememberedKey(tasks);
    }

    /** Where keys are remembered per profile; the service is called on {@code disk} only. */
    public void rememberKeysIn(Supplier<ProfileService> profiles, Executor disk) {
        remembered.keepIn(profiles, disk);
    }

    /** The window shows another profile: its remembered key, once read, is used; another's leaves. */
    public void showProfile(String profileId) {
        if (remembered.saved()) {
            use(KeyType.NONE, "", false, null, () -> { });
        }
        remembered.show(profileId, saved -> use(KeyType.valueOf(saved.type().name()), saved.text(),
                saved.base64(), saved.algorithm(), () -> { }),
                () -> keyProblem.set(messages.text("signature.key.notRead")));
    }

    /** The key in use as entered, or null. */
    public SavedVerificationKey enteredKey() {
        return entered;
    }

    /** A profile is shown, so a key can be remembered for it. */
    public boolean canRemember() {
        return remembered.available();
    }

    /** The profile shown has a remembered key. */
    public boolean isRemembered() {
        return remembered.saved();
    }

    public void setJwksSource(Supplier<JwksSource> source) {
        this.jwks = source;
    }

    /** The token shown changed (empty or not a JWT: no badge). */
    public void showToken(String text) {
        token = text == null ? "" : text.strip();
        check();
    }

    /** The gateway's clock minus this machine's, when known: a future iat is then explained as skew. */
    public void setSkew(Duration offset) {
        skew = offset;
        check();
    }

    /**
     * Uses a key from what the user typed; a JWKS address is fetched first. A key that cannot be read is
     * said in {@link #keyProblemProperty} and the previous key stays.
     *
     * @param algorithm HS256/384/512 or RS256/384/512, or null for the key's default
     */
    public void useKey(KeyType type, String text, boolean base64, String algorithm) {
        use(type, text, base64, algorithm, () -> { });
    }

    /**
     * Uses a key as {@link #useKey(KeyType, String, boolean, String)}; once it is usable, it is remembered
     * for the profile shown ({@code remember}) or a remembered one is forgotten (the choice "none" too).
     */
    public void useKey(KeyType type, String text, boolean base64, String algorithm, boolean remember) {
        use(type, text, base64, algorithm, () -> remembered.remember(remember ? entered : null,
                () -> keyProblem.set(messages.text("signature.key.notSaved"))));
    }

    private void use(KeyType type, String text, boolean base64, String algorithm, Runnable then) {
        keyProblem.set("");
        SavedVerificationKey entry = type == KeyType.NONE ? null : new SavedVerificationKey(
                SavedVerificationKey.Type.valueOf(type.name()), text == null ? "" : text, base64, algorithm);
        Consumer<VerificationKey> accept = newKey -> {
            entered = entry;
            setKey(newKey);
            then.run();
        };
        try {
            switch (type) {
                case NONE -> accept.accept(null);
                case HMAC -> accept.accept(VerificationKey.hmac(text, base64, algorithm));
                case PEM -> accept.accept(VerificationKey.pem(text, algorithm));
                case JWKS -> {
                    URI url = URI.create(text.strip());
                    tasks.call(() -> jwks.get().fetch(url)).onSuccess(accept)
                            .onError(e -> keyProblem.set(e instanceof VerificationKey.KeyProblem p
                                    ? words.keyProblem(p) : String.valueOf(e.getMessage())))
                            .runOn(network);
                }
                default -> throw new IllegalStateException(type.name());
            }
        } catch (VerificationKey.KeyProblem p) {
            keyProblem.set(words.keyProblem(p));
        } catch (IllegalArgumentException e) {
            keyProblem.set(e.getMessage());
        }
    }

    private void setKey(VerificationKey newKey) {
        key = newKey;
        check();
    }

    private void check() {
        if (token.isEmpty()) {
            badge.set("");
            warnings.set("");
            return;
        }
        if (verifier == null) {
            verifier = new SignatureVerifier();
        }
        SignatureCheck check;
        try {
            check = verifier.check(token, key, clock.instant(), skew);
        } catch (IllegalArgumentException notJwt) {
            check = null;
        }
        if (check == null) {
            badge.set("");
            warnings.set("");
            return;
        }
        // without a key the claims' own "signature not verified" notice says it; the badge is for verdicts
        badge.set(key == null ? "" : words.verdict(check));
        badgeKind.set(check.verdict() == SignatureCheck.Verdict.VERIFIED ? StatusKind.SUCCESS : StatusKind.ERROR);
        warnings.set(String.join("\n", words.findings(check)));
    }

    /** "Verified (HS256)" / "Invalid signature (HS256)"; empty until a key is given. */
    public ReadOnlyStringProperty badgeProperty() {
        return badge.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusKind> badgeKindProperty() {
        return badgeKind.getReadOnlyProperty();
    }

    /** One line per warning (default key, alg none, time claims), key or not; empty when none. */
    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** Why the key typed cannot be used; empty when it can. */
    public ReadOnlyStringProperty keyProblemProperty() {
        return keyProblem.getReadOnlyProperty();
    }
}
