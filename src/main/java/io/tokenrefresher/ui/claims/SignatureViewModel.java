package io.tokenrefresher.ui.claims;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.i18n.SignatureWords;
import io.tokenrefresher.core.jwt.SignatureCheck;
import io.tokenrefresher.core.jwt.SignatureVerifier;
import io.tokenrefresher.core.jwt.VerificationKey;
import io.tokenrefresher.ui.common.StatusKind;
import io.tokenrefresher.ui.common.Tasks;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The signature badge of the token the claims table shows: verified / invalid signature / not
 * verified for the key the user entered, and the warnings that need no key (alg none, SpringBlade's
 * public default key, time claims). A JWKS is fetched on the network executor through the profile's
 * connection settings ({@link JwksSource}).
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
    /** Built on the first token: java-jwt is not loaded while the window starts. */
    private SignatureVerifier verifier;
    private Supplier<JwksSource> jwks = () -> url -> {
        throw new IllegalStateException("no JWKS source");
    };
    private VerificationKey key;
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
        keyProblem.set("");
        try {
            switch (type) {
                case NONE -> setKey(null);
                case HMAC -> setKey(VerificationKey.hmac(text, base64, algorithm));
                case PEM -> setKey(VerificationKey.pem(text, algorithm));
                case JWKS -> {
                    URI url = URI.create(text.strip());
                    tasks.call(() -> jwks.get().fetch(url)).onSuccess(this::setKey)
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
