package io.tokenrefresher.core.history;

import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.session.SessionAnswer;
import io.tokenrefresher.core.session.TokenPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One refresh or log-in of a session in this run. {@code pair} holds the tokens, to show the answer
 * again; it stays in memory: the export writes only the ids, expiries, outcome and claim changes.
 *
 * @param changes claims that differ from the session's previous pair (access, then refresh token)
 */
public record RefreshRecord(long number, String profileId, Instant at, boolean automatic, String grantType,
                            ParameterPlacement requested, TokenOutcome outcome, TokenIds access, TokenIds refresh,
                            RefreshVerdict verdict, List<ClaimChange> changes, TokenPair pair) {

    static RefreshRecord of(long number, String profileId, SessionAnswer answer) {
        TokenPair pair = answer.result().pair();
        TokenPair before = answer.previous();
        List<ClaimChange> changes = new ArrayList<>();
        RefreshVerdict verdict = RefreshVerdict.NONE;
        if (pair != null) {
            if (before != null) {
                changes.addAll(ClaimDiff.between("access", before.access(), pair.access()));
                changes.addAll(ClaimDiff.between("refresh", before.refresh(), pair.refresh()));
            }
            verdict = RefreshVerdict.of(before == null ? null : before.response().refreshToken(),
                    before == null ? null : before.refresh(), pair.response().refreshToken(), pair.refresh());
        }
        return new RefreshRecord(number, profileId, answer.at(), answer.automatic(), answer.grantType(),
                answer.requested(), answer.result().outcome(), pair == null ? TokenIds.NONE : TokenIds.of(pair.access()),
                pair == null ? TokenIds.NONE : TokenIds.of(pair.refresh()), verdict, List.copyOf(changes), pair);
    }

    public boolean succeeded() {
        return outcome instanceof TokenOutcome.Success;
    }

    public Duration latency() {
        return outcome.elapsed();
    }

    /** The HTTP status of a success or of a refusal with one; empty when no answer came. */
    public Optional<Integer> status() {
        if (outcome instanceof TokenOutcome.Success s) {
            return Optional.of(s.status());
        }
        GatewayFailure f = ((TokenOutcome.Failure) outcome).failure();
        if (f instanceof GatewayFailure.ServerRefused r) {
            return Optional.of(r.status());
        }
        if (f instanceof GatewayFailure.RateLimited r) {
            return Optional.of(r.status());
        }
        return Optional.empty();
    }

    /**
     * Where the parameters went: the placement used, or {@code AUTO_FORM} when Auto was asked for and a
     * form body went out (learned from an earlier fallback, or after this one's).
     */
    public String placementKey() {
        ParameterPlacement used = outcome instanceof TokenOutcome.Success s ? s.placementUsed()
                : ((TokenOutcome.Failure) outcome).placementUsed();
        if (requested == ParameterPlacement.AUTO && used == ParameterPlacement.FORM) {
            return "AUTO_FORM";
        }
        return (used != null ? used : requested).name();
    }

    /** The refusal's OAuth error code ({@code invalid_grant}) or the failure's key; never a server text. */
    public String failureCode() {
        if (!(outcome instanceof TokenOutcome.Failure f)) {
            return "";
        }
        if (f.failure() instanceof GatewayFailure.ServerRefused r && r.error() != null && r.error().error() != null) {
            return r.error().error();
        }
        return f.failure().key();
    }
}
