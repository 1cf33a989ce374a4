package io.tokenrefresher.ui.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.i18n.SignatureWords;
import io.tokenrefresher.core.jwt.ClockSkew;
import io.tokenrefresher.core.oauth.exchange.ExchangeMasking;
import io.tokenrefresher.core.oauth.exchange.ExchangeText;
import io.tokenrefresher.core.oauth.exchange.RequestCommands;
import io.tokenrefresher.core.oauth.exchange.WireAttempt;
import io.tokenrefresher.core.oauth.exchange.WireExchange;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The last request's exchange as the exchange view shows it: every send and its answer as text, masked
 * until Reveal is on; the request that counted as a command for another tool; and the gateway's clock
 * against this machine's, from the answer's {@code Date}.
 */
public final class WireExchangeViewModel {
    private final Messages messages;
    private ExchangeText text;
    private WireExchange exchange = WireExchange.NONE;

    private final BooleanProperty reveal = new SimpleBooleanProperty(false);
    private final BooleanProperty withSecrets = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper skewNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ClockSkew> skew = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper hasRequest = new ReadOnlyBooleanWrapper(false);

    public WireExchangeViewModel(Messages messages) {
        this.messages = messages;
        shown.set(messages.text("exchange.empty"));
        reveal.addListener((obs, was, now) -> render());
    }

    /** The exchange of the newest request (a refresh, a log-in). */
    public void show(WireExchange newExchange) {
        exchange = newExchange == null ? WireExchange.NONE : newExchange;
        hasRequest.set(exchange.last().isPresent());
        Optional<ClockSkew> measured = exchange.last().filter(a -> a.reply() != null)
                .flatMap(a -> ClockSkew.of(a.reply().date(), a.sentAt(), a.toHeaders()));
        skew.set(measured.orElse(null));
        skewNote.set(measured.filter(ClockSkew::noticeable)
                .map(s -> new SignatureWords(messages).skewWithNote(s))
                .orElse(""));
        render();
    }

    private void render() {
        if (exchange.isEmpty()) {
            shown.set(messages.text("exchange.empty"));
            return;
        }
        if (text == null) {
            // Jackson is loaded on the first exchange, not with the window
            text = new ExchangeText(new ExchangeMasking(new ObjectMapper()), messages);
        }
        shown.set(text.render(exchange, reveal.get()));
    }

    /** The exchange as shown (masked unless revealed), for a bug report. */
    public String copyText() {
        return shown.get();
    }

    /** The request that counted as a command for {@code shell}; secrets only when "with secrets" is on. */
    public String command(RequestCommands.Shell shell) {
        return exchange.last().map(WireAttempt::request)
                .map(r -> RequestCommands.render(r, shell, withSecrets.get())).orElse("");
    }

    public BooleanProperty revealProperty() {
        return reveal;
    }

    public BooleanProperty withSecretsProperty() {
        return withSecrets;
    }

    public ReadOnlyStringProperty textProperty() {
        return shown.getReadOnlyProperty();
    }

    /** "The gateway's clock is 2 min ahead..." when it differs by more than 5 s; else empty. */
    public ReadOnlyStringProperty skewNoteProperty() {
        return skewNote.getReadOnlyProperty();
    }

    /** The gateway's clock against this machine's, from the last answer's Date; null when unknown. */
    public ReadOnlyObjectProperty<ClockSkew> skewProperty() {
        return skew.getReadOnlyProperty();
    }

    /** Whether a request went out, so there is something to copy as a command. */
    public ReadOnlyBooleanProperty hasRequestProperty() {
        return hasRequest.getReadOnlyProperty();
    }
}
