package io.tokenrefresher.ui.result;

import io.tokenrefresher.core.handoff.BrowserSnippet;
import io.tokenrefresher.core.handoff.SaberVersion;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.HeaderFormat;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.TokenResponse;
import io.tokenrefresher.core.session.TokenPair;
import io.tokenrefresher.ui.common.ClaimRowView;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The answer's tokens and fields as the result area shows them. */
public final class ResultViewModel {
    private final Messages messages;

    private final ReadOnlyBooleanWrapper hasResult = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper accessToken = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper newRefreshToken = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tokenType = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper expiresIn = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper scope = new ReadOnlyStringWrapper("");
    private final ObservableList<ClaimRowView> responseRows = FXCollections.observableArrayList();
    private Supplier<SaberVersion> saberVersion = () -> SaberVersion.ALL;
    private Function<String, List<HeaderLine>> apiHeaders =
            token -> HeaderFormat.BEARER.apiHeaders(token, null, null, null);

    public ResultViewModel(Messages messages) {
        this.messages = messages;
    }

    /** Shows {@code pair}, or an empty result area when null. */
    public void show(TokenPair pair) {
        hasResult.set(pair != null);
        TokenResponse r = pair == null ? null : pair.response();
        accessToken.set(r == null ? "" : nullToEmpty(r.accessToken()));
        newRefreshToken.set(r == null ? "" : nullToEmpty(r.refreshToken()));
        tokenType.set(r == null ? "" : nullToEmpty(r.tokenType()));
        expiresIn.set(r == null || r.expiresIn() == null ? "" : messages.format("result.expiresInSeconds",
                r.expiresIn()));
        scope.set(r == null ? "" : nullToEmpty(r.scope()));
        responseRows.setAll(r == null ? List.of() : r.otherFields().stream()
                .map(f -> new ClaimRowView("", f.name(), f.value(), f.node().toString())).toList());
    }

    /**
     * Where the headers for API calls come from: the selected profile's header format, client and
     * tenant ({@code MainViewModel} sets it). Without one, the standard {@code Authorization: Bearer}.
     */
    public void useApiHeaders(Function<String, List<HeaderLine>> headersForToken) {
        this.apiHeaders = headersForToken;
    }

    /**
     * What "Copy as header" copies: the profile's token header, {@code Authorization: Bearer <access token>}
     * or {@code Blade-Auth: bearer <access token>}; a non-bearer token type the answer named is kept.
     */
    public String authorizationHeader() {
        HeaderLine header = apiHeaders.apply(accessToken.get()).get(0);
        boolean otherType = !tokenType.get().isEmpty() && !tokenType.get().equalsIgnoreCase("bearer");
        if (otherType && header.name().equals("Authorization")) {
            return "Authorization: " + tokenType.get() + " " + accessToken.get();
        }
        return header.line();
    }

    /** What "Copy headers for API calls" copies: every header a business call needs, one per line. */
    public String apiCallHeaders() {
        return apiHeaders.apply(accessToken.get()).stream().map(HeaderLine::line)
                .collect(Collectors.joining("\n"));
    }

    /** What "Copy for browser console" copies: a snippet that logs the Saber front end in with this pair. */
    public String browserSnippet() {
        return BrowserSnippet.forTokens(accessToken.get(),
                newRefreshToken.get().isEmpty() ? null : newRefreshToken.get(), saberVersion.get());
    }

    /** Which Saber version the snippet is for: the selected profile's ({@code MainViewModel} sets it). */
    public void useSaberVersion(Supplier<SaberVersion> version) {
        this.saberVersion = version;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public ReadOnlyBooleanProperty hasResultProperty() {
        return hasResult.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty accessTokenProperty() {
        return accessToken.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty newRefreshTokenProperty() {
        return newRefreshToken.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tokenTypeProperty() {
        return tokenType.getReadOnlyProperty();
    }

    /** "7199 s" style, empty when the answer had no {@code expires_in}. */
    public ReadOnlyStringProperty expiresInProperty() {
        return expiresIn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    /** Every field of the answer but the tokens, in the server's order. */
    public ObservableList<ClaimRowView> responseRows() {
        return responseRows;
    }
}
