package io.tokenrefresher.core.jwt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches a JWKS document (through the HTTP client of the profile, so its CA file and proxy apply) and
 * reads its RSA and EC keys; kept for {@link #CACHE_FOR} per address so checking several tokens does
 * not fetch it each time. Keys of other types (oct, OKP) are skipped: java-jwt checks neither EdDSA
 * nor a shared secret from a key set.
 */
public final class JwksKeys {
    public static final Duration CACHE_FOR = Duration.ofMinutes(5);
    private static final long MAX_BYTES = 512 * 1024;

    private record Cached(VerificationKey.KeySet keys, Instant fetchedAt) {
    }

    private final ObjectMapper mapper;
    private final Clock clock;
    private final Map<URI, Cached> cache = new ConcurrentHashMap<>();

    public JwksKeys(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The key set at {@code url}, from the cache when fetched less than {@link #CACHE_FOR} ago. */
    public VerificationKey.KeySet fetch(URI url, HttpClient client) throws VerificationKey.KeyProblem,
            InterruptedException {
        Cached cached = cache.get(url);
        if (cached != null && cached.fetchedAt().plus(CACHE_FOR).isAfter(clock.instant())) {
            return cached.keys();
        }
        HttpResponse<byte[]> response;
        try {
            response = client.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(15))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | IllegalArgumentException e) {
            throw new VerificationKey.KeyProblem("jwksUnreachable", url + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        if (response.statusCode() != 200) {
            throw new VerificationKey.KeyProblem("jwksStatus", url + ": HTTP " + response.statusCode());
        }
        if (response.body().length > MAX_BYTES) {
            throw new VerificationKey.KeyProblem("jwksNotJson", url.toString());
        }
        VerificationKey.KeySet keys = parse(url, response.body());
        cache.put(url, new Cached(keys, clock.instant()));
        return keys;
    }

    /** The RSA and EC keys of a JWKS document ({@code {"keys":[...]}}, or a single JWK). */
    public VerificationKey.KeySet parse(URI source, byte[] json) throws VerificationKey.KeyProblem {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (IOException e) {
            throw new VerificationKey.KeyProblem("jwksNotJson", String.valueOf(source));
        }
        JsonNode list = root == null ? null : root.has("keys") ? root.get("keys") : root.has("kty") ? root : null;
        if (list == null) {
            throw new VerificationKey.KeyProblem("jwksNotJson", String.valueOf(source));
        }
        List<VerificationKey.Public> keys = new ArrayList<>();
        for (JsonNode jwk : list.isArray() ? list : List.of(list)) {
            VerificationKey.Public key = key(jwk);
            if (key != null) {
                keys.add(key);
            }
        }
        if (keys.isEmpty()) {
            throw new VerificationKey.KeyProblem("jwksNoKeys", String.valueOf(source));
        }
        return new VerificationKey.KeySet(source, keys);
    }

    private static VerificationKey.Public key(JsonNode jwk) {
        String kty = jwk.path("kty").asText("");
        String kid = jwk.hasNonNull("kid") ? jwk.get("kid").asText() : null;
        String alg = jwk.hasNonNull("alg") ? jwk.get("alg").asText() : null;
        try {
            PublicKey key;
            if ("RSA".equals(kty)) {
                key = KeyFactory.getInstance("RSA").generatePublic(
                        new RSAPublicKeySpec(unsigned(jwk, "n"), unsigned(jwk, "e")));
            } else if ("EC".equals(kty)) {
                String curve = switch (jwk.path("crv").asText("")) {
                    case "P-256" -> "secp256r1";
                    case "P-384" -> "secp384r1";
                    case "P-521" -> "secp521r1";
                    default -> null;
                };
                if (curve == null) {
                    return null;
                }
                AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
                parameters.init(new ECGenParameterSpec(curve));
                ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
                key = KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(
                        new ECPoint(unsigned(jwk, "x"), unsigned(jwk, "y")), spec));
            } else {
                return null;
            }
            return new VerificationKey.Public(key, VerificationKey.algorithmFor(key, alg), kid);
        } catch (GeneralSecurityException | IllegalArgumentException | VerificationKey.KeyProblem e) {
            return null; // a key this app cannot use; the others may still do
        }
    }

    private static BigInteger unsigned(JsonNode jwk, String field) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path(field).asText("")));
    }
}
