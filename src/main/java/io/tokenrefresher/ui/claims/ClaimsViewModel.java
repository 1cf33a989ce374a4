package io.tokenrefresher.ui.claims;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.jwt.ClaimGlossary;
import io.tokenrefresher.core.jwt.DecodedToken;
import io.tokenrefresher.core.jwt.TokenInspection;
import io.tokenrefresher.core.session.TokenPair;
import io.tokenrefresher.ui.common.ClaimFormatter;
import io.tokenrefresher.ui.common.ClaimRowView;
import io.tokenrefresher.ui.common.StatusKind;
import java.time.Clock;
import io.tokenrefresher.core.history.ClaimChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The decoded claims of one token (the new access token, the new refresh token or the pasted one),
 * with a "signature not verified" notice and whether the pair belongs together ({@code ati = jti}).
 */
public final class ClaimsViewModel {
    private final Clock clock;
    private final Messages messages;
    private final ClaimFormatter formatter;
    private TokenPair pair;
    private List<ClaimChange> changes = List.of();
    private TokenInspection pasted = TokenPair.NONE;
    private String pastedText = "";
    private final ReadOnlyStringWrapper shownToken = new ReadOnlyStringWrapper("");

    private final ObjectProperty<ClaimsSource> source = new SimpleObjectProperty<>(ClaimsSource.PASTED);
    private final ObservableList<ClaimRowView> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pairCheck = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> pairCheckKind = new ReadOnlyObjectWrapper<>(StatusKind.NEUTRAL);
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private String selectedClaim;

    public ClaimsViewModel(Clock clock, Messages messages, ClaimFormatter formatter) {
        this.clock = clock;
        this.messages = messages;
        this.formatter = formatter;
        source.addListener((obs, old, now) -> refresh());
    }

    /** A new pair (or none): shows its access token and whether refresh and access token match. */
    public void showPair(TokenPair newPair) {
        showPair(newPair, List.of());
    }

    /**
     * A pair with the claims that differ from the session's pair before it: changed and added claims are
     * marked in the table, removed ones are listed at the end of the payload.
     */
    public void showPair(TokenPair newPair, List<ClaimChange> changesSincePrevious) {
        pair = newPair;
        List<ClaimChange> before = changes;
        changes = changesSincePrevious == null ? List.of() : List.copyOf(changesSincePrevious);
        if (!before.equals(changes)) {
            rows.clear(); // the marks are drawn per row: equal rows with other marks must be drawn again
        }
        Boolean same = newPair == null ? null : newPair.refreshBelongsToAccess().orElse(null);
        pairCheck.set(same == null ? "" : messages.text(same ? "claims.pair.match" : "claims.pair.mismatch"));
        pairCheckKind.set(same == null ? StatusKind.NEUTRAL : same ? StatusKind.SUCCESS : StatusKind.WARNING);
        if (newPair == null || source.get() == ClaimsSource.NEW_ACCESS) {
            refresh();
        } else {
            source.set(ClaimsSource.NEW_ACCESS);
        }
    }

    /** The pasted token changed; shown at once when the table shows the pasted token. */
    public void showPasted(TokenInspection inspection) {
        showPasted(inspection, "");
    }

    /** The pasted token and its text (for the signature check). */
    public void showPasted(TokenInspection inspection, String text) {
        pastedText = text == null ? "" : text;
        pasted = inspection == null ? TokenPair.NONE : inspection;
        if (source.get() == ClaimsSource.PASTED) {
            refresh();
        }
    }

    /** Reads the rows again: relative times ("in 59 min") move on. */
    public void refresh() {
        TokenInspection shown = switch (source.get()) {
            case NEW_ACCESS -> pair == null ? TokenPair.NONE : pair.access();
            case NEW_REFRESH -> pair == null ? TokenPair.NONE : pair.refresh();
            case PASTED -> pasted;
        };
        shownToken.set(switch (source.get()) {
            case NEW_ACCESS -> pair == null ? "" : nullToEmpty(pair.response().accessToken());
            case NEW_REFRESH -> pair == null ? "" : nullToEmpty(pair.response().refreshToken());
            case PASTED -> pastedText;
        });
        if (shown instanceof TokenInspection.Jwt j) {
            DecodedToken t = j.token();
            List<ClaimRowView> fresh = new ArrayList<>(formatter.rows(t, clock.instant(), clock.getZone()));
            String part = part();
            changes.stream().filter(c -> c.part().equals(part) && c.kind() == ClaimChange.Kind.REMOVED)
                    .forEach(c -> fresh.add(new ClaimRowView(messages.text("claims.section.payload"), c.name(),
                            "—", c.before())));
            replaceChangedRows(fresh);
            notice.set(messages.format("claims.unverified", t.algorithm() == null ? "?" : t.algorithm()));
        } else {
            TokenInspection.NotJwt n = (TokenInspection.NotJwt) shown;
            rows.clear();
            notice.set("empty".equals(n.reason()) ? "" : messages.format("jwt.notJwt." + n.reason(), n.parts()));
        }
    }

    /** How a row's claim differs from the previous token of the session; empty when it does not (or for the header). */
    public Optional<ClaimChange.Kind> changeOf(ClaimRowView row) {
        if (!row.section().equals(messages.text("claims.section.payload"))) {
            return Optional.empty();
        }
        String part = part();
        return changes.stream().filter(c -> c.part().equals(part) && c.name().equals(row.name()))
                .map(ClaimChange::kind).findFirst();
    }

    private String part() {
        return switch (source.get()) {
            case NEW_ACCESS -> "access";
            case NEW_REFRESH -> "refresh";
            case PASTED -> "";
        };
    }

    /** Replaces only the rows that differ, so the periodic update keeps the user's selection in the table. */
    private void replaceChangedRows(List<ClaimRowView> fresh) {
        if (rows.size() != fresh.size()) {
            rows.setAll(fresh);
            return;
        }
        for (int i = 0; i < fresh.size(); i++) {
            if (!fresh.get(i).equals(rows.get(i))) {
                rows.set(i, fresh.get(i));
            }
        }
    }

    /** The text of the token the table shows, for the signature check; empty when none. */
    public ReadOnlyStringProperty shownTokenProperty() {
        return shownToken.getReadOnlyProperty();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** What a claim means, in the user's language; unknown claims say so. */
    public String explain(String claim) {
        return messages.format(ClaimGlossary.messageKey(claim), claim);
    }

    /** The selected row changed (null: none). Its meaning is shown until another claim is pointed at. */
    public void select(ClaimRowView row) {
        selectedClaim = row == null ? null : row.name();
        explanation.set(selectedClaim == null ? "" : explain(selectedClaim));
    }

    /** The pointer is over a row (null: it left the rows): that claim's meaning, else the selected one's. */
    public void point(ClaimRowView row) {
        String claim = row != null ? row.name() : selectedClaim;
        explanation.set(claim == null ? "" : explain(claim));
    }

    /** The meaning of the claim pointed at or selected; empty when neither. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** Which token the table shows (the user picks it). */
    public ObjectProperty<ClaimsSource> sourceProperty() {
        return source;
    }

    public ObservableList<ClaimRowView> rows() {
        return rows;
    }

    /** "Signature not verified (HS256)", or why the token is not a JWT. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pairCheckProperty() {
        return pairCheck.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusKind> pairCheckKindProperty() {
        return pairCheckKind.getReadOnlyProperty();
    }
}
