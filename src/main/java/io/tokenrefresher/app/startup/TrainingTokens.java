package io.tokenrefresher.app.startup;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.time.Duration;
import java.time.Instant;

/**
 * Made-up tokens for the installer's training runs and the gateway answer that carries them: real HS256
 * JWTs (signed with a throw-away key) shaped like a BladeX gateway's, so the runs decode and show what a
 * real refresh decodes and shows. Never sent anywhere but to the loopback responder.
 */
record TrainingTokens(String access, String refresh, String answer) {

    static TrainingTokens make() {
        Instant now = Instant.now();
        Algorithm key = Algorithm.HMAC256("startup-archive-training");
        String access = JWT.create().withClaim("user_name", "training").withClaim("jti", "a-1")
                .withArrayClaim("scope", new String[] {"all"}).withIssuedAt(now)
                .withExpiresAt(now.plus(Duration.ofHours(1))).sign(key);
        String refresh = JWT.create().withClaim("user_name", "training").withClaim("ati", "a-1")
                .withExpiresAt(now.plus(Duration.ofDays(7))).sign(key);
        String answer = "{\"access_token\":\"" + access + "\",\"token_type\":\"bearer\",\"refresh_token\":\""
                + refresh + "\",\"expires_in\":3599,\"scope\":\"all\",\"user_name\":\"training\","
                + "\"nick_name\":\"训练\",\"jti\":\"a-1\"}";
        return new TrainingTokens(access, refresh, answer);
    }
}
