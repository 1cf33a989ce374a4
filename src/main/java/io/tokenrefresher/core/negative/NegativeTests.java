package io.tokenrefresher.core.negative;

import io.tokenrefresher.core.jwt.TokenMask;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends the {@link NegativeCase}s to a gateway: variations of a refresh request that works, each of
 * which the gateway must refuse. They go through a plain sender, never a session, so no answer (even a
 * wrongly successful one) replaces the session's tokens.
 */
public final class NegativeTests {
    /** Sends one request; the caller's connection settings apply. */
    @FunctionalInterface
    public interface Sender {
        TokenOutcome send(TokenRequest request) throws InterruptedException;
    }

    /** What the cases are built from. */
    public record Inputs(TokenRequest refresh, String accessToken, String expiredRefreshToken) {
    }

    private final Sender sender;

    public NegativeTests(Sender sender) {
        this.sender = sender;
    }

    public List<NegativeResult> runAll(Inputs inputs) throws InterruptedException {
        List<NegativeResult> results = new ArrayList<>();
        for (NegativeCase c : NegativeCase.values()) {
            results.add(run(c, inputs));
        }
        return results;
    }

    public NegativeResult run(NegativeCase c, Inputs in) throws InterruptedException {
        TokenRequest base = in.refresh();
        String refreshToken = base.parameters().getOrDefault("refresh_token", "");
        TokenRequest request;
        switch (c) {
            case ACCESS_AS_REFRESH -> {
                if (blank(in.accessToken())) {
                    return skipped(c, "noAccessToken");
                }
                request = withParameter(base, "refresh_token", in.accessToken());
            }
            case ALTERED_SIGNATURE -> {
                if (refreshToken.chars().filter(ch -> ch == '.').count() != 2) {
                    return skipped(c, "notJwt");
                }
                request = withParameter(base, "refresh_token", alteredSignature(refreshToken));
            }
            case EXPIRED_REFRESH -> {
                if (blank(in.expiredRefreshToken())) {
                    return skipped(c, "noExpired");
                }
                request = withParameter(base, "refresh_token", in.expiredRefreshToken());
            }
            case NO_TENANT -> {
                if (base.tenantId() == null) {
                    return skipped(c, "noTenant");
                }
                request = new TokenRequest(base.gateway(), base.tokenPath(), base.parameters(), base.placement(),
                        base.clientId(), base.clientSecret(), null, withoutTenant(base.extraHeaders()), base.timeout());
            }
            case WRONG_CLIENT_SECRET -> {
                if (base.clientId() == null) {
                    return skipped(c, "noClient");
                }
                request = new TokenRequest(base.gateway(), base.tokenPath(), base.parameters(), base.placement(),
                        base.clientId(), base.clientSecret() + "-wrong", base.tenantId(), base.extraHeaders(),
                        base.timeout());
            }
            case OTHER_SCOPE -> request = withParameter(base, "scope", "token_refresher_negative_test");
            case EMPTY_BODY -> request = new TokenRequest(base.gateway(), base.tokenPath(), Map.of(), base.placement(),
                    base.clientId(), base.clientSecret(), base.tenantId(), base.extraHeaders(), base.timeout());
            default -> throw new IllegalStateException(c.name());
        }
        return judge(c, sender.send(request));
    }

    static NegativeResult judge(NegativeCase c, TokenOutcome outcome) {
        if (outcome instanceof TokenOutcome.Success s) {
            return new NegativeResult(c, NegativeResult.Verdict.FAIL, s.status() + " — tokens issued");
        }
        GatewayFailure failure = ((TokenOutcome.Failure) outcome).failure();
        if (failure instanceof GatewayFailure.ServerRefused r) {
            String said = r.error() != null ? r.error().summary() : r.bodyExcerpt();
            String actual = TokenMask.maskIn(r.status() + " " + said);
            boolean statusOk = c.status() == 0 ? r.status() >= 400 && r.status() < 500 || r.status() == 200
                    : r.status() == c.status();
            boolean errorOk = c.matches(said) || (r.bodyExcerpt() != null && c.matches(r.bodyExcerpt()));
            return new NegativeResult(c, statusOk && errorOk ? NegativeResult.Verdict.PASS
                    : NegativeResult.Verdict.FAIL, actual);
        }
        // no refusal came back (network, HTML page...): the gateway did not answer as it must
        return new NegativeResult(c, NegativeResult.Verdict.FAIL, failure.key());
    }

    /** The Markdown table of a run, for a bug report; {@code labels} holds the words of each column and case. */
    public static String markdown(List<NegativeResult> results, Map<String, String> labels) {
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(labels.get("case")).append(" | ").append(labels.get("expected")).append(" | ")
                .append(labels.get("actual")).append(" | ").append(labels.get("result")).append(" |\n");
        sb.append("| --- | --- | --- | --- |\n");
        for (NegativeResult r : results) {
            sb.append("| ").append(cell(labels.get(r.testCase().name()))).append(" | ")
                    .append(cell(r.testCase().expected())).append(" | ")
                    .append(cell(r.verdict() == NegativeResult.Verdict.SKIPPED ? labels.get("skip." + r.actual())
                            : r.actual())).append(" | ")
                    .append(cell(labels.get(r.verdict().name()))).append(" |\n");
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\r", "").replace("\n", " ");
    }

    /**
     * The signature's first character changed: still Base64URL, no longer the issuer's. Not the last one,
     * whose low bits are padding a decoder may ignore.
     */
    static String alteredSignature(String jwt) {
        int at = jwt.lastIndexOf('.') + 1;
        if (at >= jwt.length()) {
            return jwt + "AAAA";
        }
        char other = jwt.charAt(at) == 'A' ? 'Q' : 'A';
        return jwt.substring(0, at) + other + jwt.substring(at + 1);
    }

    private static TokenRequest withParameter(TokenRequest base, String name, String value) {
        Map<String, String> parameters = new LinkedHashMap<>(base.parameters());
        parameters.put(name, value);
        return new TokenRequest(base.gateway(), base.tokenPath(), parameters, base.placement(), base.clientId(),
                base.clientSecret(), base.tenantId(), base.extraHeaders(), base.timeout());
    }

    private static List<HeaderLine> withoutTenant(List<HeaderLine> headers) {
        return headers.stream().filter(h -> !h.name().equalsIgnoreCase("Tenant-Id")).toList();
    }

    private static NegativeResult skipped(NegativeCase c, String reason) {
        return new NegativeResult(c, NegativeResult.Verdict.SKIPPED, reason);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
