package io.tokenrefresher.testing;

import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Mints real HS256 JWTs shaped like the seed's BladeX tokens: same header, same claims in the same
 * order, signed with java-jwt's {@link Algorithm}.
 *
 * <p>The JSON is built here (not with {@code JWT.create()}) so the claim order is exactly the seed's,
 * whatever order java-jwt's own serializer would choose.
 */
public final class TestTokens {
    /** BladeX's stock signing key: what an unconfigured gateway signs with. */
    public static final String DEFAULT_SECRET = "bladexisapowerfulmicroservicearchitectureupgradedandoptimizedfromacommercialproject";
    public static final String NICK_NAME = "牛蛙-cpms对接账";
    public static final String USER_NAME = "bullfrog_cpms";
    public static final long PASSWORD_LAST_UPDATE_MILLIS = 1635731763000L;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Algorithm algorithm;
    private final Clock clock;

    public TestTokens(String secret, Clock clock) {
        this.algorithm = Algorithm.HMAC256(secret);
        this.clock = clock;
    }

    public TestTokens() {
        this(DEFAULT_SECRET, Clock.systemUTC());
    }

    /** An access token and its refresh token, with the ids that tie them together. */
    public record TokenPair(String accessToken, String refreshToken, String accessJti, String refreshJti,
                            Instant accessExpiresAt, Instant refreshExpiresAt) {
        @Override
        public String toString() {
            return "TokenPair[accessJti=" + accessJti + ", refreshJti=" + refreshJti + "]";
        }
    }

    /** A fresh pair: access token valid for {@code accessLifetime}, refresh for {@code refreshLifetime}. */
    public TokenPair pair(Duration accessLifetime, Duration refreshLifetime) {
        Instant now = clock.instant();
        return pair(now.plus(accessLifetime), now.plus(refreshLifetime), UUID.randomUUID().toString());
    }

    /** The seed's lifetimes: one hour access, seven days refresh. */
    public TokenPair pair() {
        return pair(Duration.ofHours(1), Duration.ofDays(7));
    }

    /**
     * A pair whose refresh token keeps {@code refreshJti} and {@code refreshExpiresAt}: what Spring's
     * JwtTokenStore does on refresh (the new refresh token points at the new access token via ati).
     */
    public TokenPair pair(Instant accessExpiresAt, Instant refreshExpiresAt, String refreshJti) {
        String accessJti = UUID.randomUUID().toString();
        String access = sign(payload(accessExpiresAt, accessJti, null));
        String refresh = sign(payload(refreshExpiresAt, refreshJti, accessJti));
        return new TokenPair(access, refresh, accessJti, refreshJti, accessExpiresAt, refreshExpiresAt);
    }

    /** A refresh token that expired {@code ago} before the clock's now. */
    public String expiredRefreshToken(Duration ago) {
        return sign(payload(clock.instant().minus(ago), UUID.randomUUID().toString(), UUID.randomUUID().toString()));
    }

    /** The seed's payload claims, in the seed's order; {@code ati} only for a refresh token. */
    public ObjectNode payload(Instant expiresAt, String jti, String ati) {
        ObjectNode p = MAPPER.createObjectNode();
        putAccountFields(p);
        p.putArray("authorities").add("1454989741942476801");
        putClientAndRoleFields(p);
        p.putArray("scope").add("all");
        p.put("nick_name", NICK_NAME);
        if (ati != null) {
            p.put("ati", ati);
        }
        p.put("oauth_id", "");
        p.put("job_number", "");
        p.put("exp", expiresAt.getEpochSecond());
        p.put("dept_id", "763");
        p.put("password_last_update_date", PASSWORD_LAST_UPDATE_MILLIS);
        p.put("jti", jti);
        p.put("account", USER_NAME);
        return p;
    }

    /** company_id .. avatar: the first user fields, in the same order in tokens and in the answer. */
    static void putAccountFields(ObjectNode node) {
        node.put("company_id", "1");
        node.put("password_expired", false);
        node.put("user_name", USER_NAME);
        node.put("real_name", USER_NAME);
        node.put("avatar", "");
    }

    /** client_id .. role_id: the next run of fields shared by tokens and the answer. */
    static void putClientAndRoleFields(ObjectNode node) {
        node.put("client_id", "saber");
        node.put("role_name", "cpms_bullfrog");
        node.put("license", "powered by zhkj");
        node.put("post_id", "1316941365986910210");
        node.put("user_id", "1454989479605538817");
        node.put("role_id", "1454989741942476801");
    }

    /** Signs any payload with the seed's header {@code {"alg":"HS256","typ":"JWT"}}. */
    public String sign(ObjectNode payload) {
        String header = B64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String body = B64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
        byte[] signature = algorithm.sign(header.getBytes(StandardCharsets.US_ASCII),
                body.getBytes(StandardCharsets.US_ASCII));
        return header + "." + body + "." + B64.encodeToString(signature);
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    public Clock clock() {
        return clock;
    }
}
