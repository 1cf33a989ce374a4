package io.tokenrefresher.core.curl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.oauth.GatewayPreset;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.profile.Client;
import io.tokenrefresher.core.profile.Endpoint;
import io.tokenrefresher.core.profile.GatewayProfile;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A profile from a token request copied as cURL (DevTools bash or cmd, Postman, Apifox): the URL gives
 * the gateway and token path, a Basic header the client id and secret, {@code Tenant-Id} the tenant,
 * the body or query the placement, scope and grant; other headers become extra headers, except what a
 * browser adds by itself and the one-use {@code Captcha-*}. A password or refresh token in it is never
 * put into the profile; the refresh token is offered for the token field.
 */
public final class CurlImport {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Options whose value is the next word, besides those read here. */
    private static final Set<String> VALUE_OPTIONS = Set.of("-A", "--user-agent", "-b", "--cookie", "-e",
            "--referer", "-o", "--output", "-m", "--max-time", "--connect-timeout", "-x", "--proxy", "--cacert",
            "--cert", "--key", "-w", "--write-out", "--retry", "--resolve", "-c", "--cookie-jar");
    /** Headers a browser or client sets by itself: not part of what the gateway needs. */
    private static final Set<String> NOISE = Set.of("accept", "accept-language", "accept-encoding", "user-agent",
            "origin", "referer", "cookie", "connection", "content-length", "host", "pragma", "cache-control",
            "dnt", "priority", "content-type", "blade-auth", "postman-token");

    /** What an import gives: the profile to show before saving, and what was found but is not saved in it. */
    public record Result(GatewayProfile profile, String clientSecret, String refreshToken, String username,
                         String grantType) {
        @Override
        public String toString() {
            return "CurlImport.Result[" + profile + ", grant=" + grantType + "]";
        }
    }

    private CurlImport() {
    }

    /** @throws CurlImportException saying what is wrong with the text */
    public static Result read(String text, String profileName) {
        if (text == null || text.isBlank()) {
            throw new CurlImportException(CurlImportException.Problem.EMPTY, "");
        }
        List<String> words = CurlWords.split(text.strip());
        if (words.isEmpty() || !words.get(0).toLowerCase(Locale.ROOT).matches("curl(\\.exe)?")) {
            throw new CurlImportException(CurlImportException.Problem.NOT_CURL,
                    words.isEmpty() ? "" : shortened(words.get(0)));
        }
        String url = null;
        List<HeaderLine> headers = new ArrayList<>();
        StringBuilder data = new StringBuilder();
        String user = null;
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : null;
            switch (w) {
                case "-H", "--header" -> {
                    HeaderLine h = next == null ? null : HeaderLine.parse(next);
                    if (h != null) {
                        headers.add(h);
                    }
                    i++;
                }
                case "-d", "--data", "--data-raw", "--data-binary", "--data-ascii", "--data-urlencode" -> {
                    if (next != null) {
                        data.append(data.length() > 0 ? "&" : "").append(next);
                    }
                    i++;
                }
                case "-u", "--user" -> {
                    user = next;
                    i++;
                }
                case "--url" -> {
                    url = next;
                    i++;
                }
                case "-X", "--request" -> i++;
                default -> {
                    if (VALUE_OPTIONS.contains(w)) {
                        i++;
                    } else if (!w.startsWith("-") && url == null) {
                        url = w;
                    }
                }
            }
        }
        if (url == null) {
            throw new CurlImportException(CurlImportException.Problem.NO_URL, "");
        }
        return build(url, headers, data.toString(), user, profileName);
    }

    private static Result build(String url, List<HeaderLine> headers, String body, String user, String name) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new CurlImportException(CurlImportException.Problem.BAD_URL, shortened(url));
        }
        if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
            throw new CurlImportException(CurlImportException.Problem.BAD_URL, shortened(url));
        }
        String contentType = headers.stream().filter(h -> h.name().equalsIgnoreCase("Content-Type"))
                .map(HeaderLine::value).findFirst().orElse("").toLowerCase(Locale.ROOT);
        boolean json = body.strip().startsWith("{") || contentType.contains("json");
        Map<String, String> parameters = new LinkedHashMap<>(decodePairs(uri.getRawQuery()));
        if (!body.isBlank()) {
            (json ? jsonFields(body) : decodePairs(body)).forEach(parameters::putIfAbsent);
        }
        String grant = first(parameters, "grant_type", "grantType");
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (grant == null && !path.toLowerCase(Locale.ROOT).contains("token")) {
            throw new CurlImportException(CurlImportException.Problem.NOT_A_TOKEN_CALL, path);
        }
        GatewayPreset preset = guessPreset(path, parameters);
        GatewayProfile profile = GatewayProfile.newProfile(name).withPreset(preset);
        String gateway = uri.getScheme() + "://" + uri.getRawAuthority();
        ParameterPlacement placement = !body.isBlank() ? (json ? ParameterPlacement.JSON : ParameterPlacement.FORM)
                : ParameterPlacement.QUERY;
        Endpoint endpoint = profile.endpoint().withGateway(gateway).withTokenPath(path).withPlacement(placement)
                .withScope(parameters.getOrDefault("scope", ""))
                .withExtraHeaders(extraHeaders(headers));
        Client client = profile.client().withClientId("").withTenantId(first(parameters, "tenantId") == null
                ? "" : first(parameters, "tenantId"));
        String secret = "";
        String basic = headers.stream().filter(h -> h.name().equalsIgnoreCase("Authorization")
                && h.value().regionMatches(true, 0, "Basic ", 0, 6)).map(h -> h.value().substring(6).strip())
                .findFirst().orElse(null);
        String credentials = user;
        if (credentials == null && basic != null) {
            try {
                credentials = new String(Base64.getDecoder().decode(basic), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                credentials = null;
            }
        }
        if (credentials != null) {
            int colon = credentials.indexOf(':');
            client = client.withClientId(colon < 0 ? credentials : credentials.substring(0, colon));
            secret = colon < 0 ? "" : credentials.substring(colon + 1);
        }
        for (HeaderLine h : headers) {
            if (h.name().equalsIgnoreCase("Tenant-Id")) {
                client = client.withTenantId(h.value());
            }
        }
        String password = first(parameters, "password");
        client = client.withMd5Password(password != null ? password.matches("[0-9a-fA-F]{32}")
                : profile.client().md5Password());
        // a captcha grant copied from the browser: the gateway is in captcha mode
        profile = profile.withKind(profile.kind().withCaptchaLogin("captcha".equals(grant)));
        return new Result(profile.withEndpoint(endpoint).withClient(client), secret,
                first(parameters, "refresh_token", "refreshToken"), first(parameters, "username", "account"), grant);
    }

    private static GatewayPreset guessPreset(String path, Map<String, String> parameters) {
        String p = path.toLowerCase(Locale.ROOT);
        if (parameters.containsKey("grantType") || p.endsWith("/blade-auth/token")) {
            return GatewayPreset.SPRINGBLADE;
        }
        if (p.contains("/blade-auth/")) {
            return GatewayPreset.BLADEX;
        }
        return p.contains("/cams-auth/") ? GatewayPreset.CAMS : GatewayPreset.OAUTH2;
    }

    private static List<HeaderLine> extraHeaders(List<HeaderLine> headers) {
        List<HeaderLine> extra = new ArrayList<>();
        for (HeaderLine h : headers) {
            String n = h.name().toLowerCase(Locale.ROOT);
            boolean known = n.equals("authorization") || n.equals("tenant-id") || n.startsWith("captcha-")
                    || n.startsWith("sec-") || NOISE.contains(n);
            if (!known) {
                extra.add(h);
            }
        }
        return extra;
    }

    private static String first(Map<String, String> parameters, String... names) {
        for (String n : names) {
            String v = parameters.get(n);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static Map<String, String> jsonFields(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node != null && node.isObject()) {
                node.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
            }
        } catch (IOException e) {
            // a body that is not JSON after all: nothing to take from it
        }
        return fields;
    }

    private static Map<String, String> decodePairs(String encoded) {
        Map<String, String> result = new LinkedHashMap<>();
        if (encoded == null || encoded.isBlank()) {
            return result;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                result.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                result.putIfAbsent(key, value);
            }
        }
        return result;
    }

    /** At most 12 characters of what the user pasted: it may be a token. */
    private static String shortened(String text) {
        return text.length() <= 12 ? text : text.substring(0, 12) + "…";
    }
}
