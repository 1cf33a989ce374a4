package io.tokenrefresher.ui.request;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.jwt.DecodedToken;
import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.core.jwt.PastedToken;
import io.tokenrefresher.core.jwt.TokenInspection;
import io.tokenrefresher.core.session.TokenPair;
import io.tokenrefresher.ui.common.ClaimFormatter;
import io.tokenrefresher.ui.common.StatusKind;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The refresh token as the user pasted it, decoded at once: the line under it says whose token it is
 * and until when, or that it has expired, is an access token, or is not a JWT at all.
 */
public final class PastedTokenViewModel {
    private final Supplier<JwtInspector> inspector;
    private final Clock clock;
    private final Messages messages;
    private final ClaimFormatter formatter;

    private final StringProperty input = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<TokenInspection> inspection = new ReadOnlyObjectWrapper<>(TokenPair.NONE);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> noticeKind = new ReadOnlyObjectWrapper<>(StatusKind.NEUTRAL);

    public PastedTokenViewModel(Supplier<JwtInspector> inspector, Clock clock, Messages messages,
                                ClaimFormatter formatter) {
        this.inspector = inspector;
        this.clock = clock;
        this.messages = messages;
        this.formatter = formatter;
        input.addListener((obs, old, text) -> inspect(text));
    }

    /** The token to send: the pasted text without blanks, quotes, a {@code Bearer } prefix or a JSON key. */
    public String cleanedToken() {
        return PastedToken.clean(input.get());
    }

    /** Updates the relative times of the notice ("expired 3 min ago"); the decoding does not change. */
    public void refreshNotice(Instant now) {
        if (inspection.get() instanceof TokenInspection.Jwt j) {
            describeJwt(j.token(), now);
        } else {
            TokenInspection.NotJwt n = (TokenInspection.NotJwt) inspection.get();
            boolean empty = "empty".equals(n.reason());
            notice.set(empty ? "" : messages.format("jwt.notJwt." + n.reason(), n.parts()) + " "
                    + messages.text("pasted.sendAnyway"));
            noticeKind.set(empty ? StatusKind.NEUTRAL : StatusKind.WARNING);
        }
    }

    private void describeJwt(DecodedToken t, Instant now) {
        if (t.expiresAt() != null && !t.expiresAt().isAfter(now)) {
            notice.set(messages.format("pasted.expired", formatter.relative(now, t.expiresAt())));
            noticeKind.set(StatusKind.ERROR);
        } else if (!t.isRefreshToken()) {
            notice.set(messages.text("pasted.notRefresh"));
            noticeKind.set(StatusKind.WARNING);
        } else {
            String user = t.claim("user_name").map(c -> c.value()).orElse("—");
            String exp = t.expiresAt() == null ? messages.text("pasted.noExp")
                    : formatter.dateTime(t.expiresAt(), now, clock.getZone());
            notice.set(messages.format("pasted.ok", user, exp));
            noticeKind.set(StatusKind.SUCCESS);
        }
    }

    private void inspect(String text) {
        String token = PastedToken.clean(text);
        inspection.set(token.isEmpty() ? TokenPair.NONE : inspector.get().inspect(token));
        refreshNotice(clock.instant());
    }

    /** What the user pasted, as typed (bound to the text area). */
    public StringProperty inputProperty() {
        return input;
    }

    public ReadOnlyObjectProperty<TokenInspection> inspectionProperty() {
        return inspection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusKind> noticeKindProperty() {
        return noticeKind.getReadOnlyProperty();
    }
}
