package io.tokenrefresher.core.oauth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Turns what the user typed as gateway plus the token path into the endpoint URI.
 *
 * <p>A pasted full URL that already ends in {@code /oauth/token} is used as it is, so the path is
 * never doubled. A bare {@code host:port} gets {@code http://}, as testers type it that way.
 */
public final class TokenEndpoint {
    private TokenEndpoint() {
    }

    /** Thrown for input that cannot be a gateway address; the reason is a message key suffix. */
    public static final class InvalidGatewayException extends Exception {
        private final String input;
        private final Reason reason;

        InvalidGatewayException(String input, Reason reason) {
            super("invalid gateway address (" + reason + ")");
            this.input = input;
            this.reason = reason;
        }

        public String input() {
            return input;
        }

        public Reason reason() {
            return reason;
        }
    }

    public enum Reason { EMPTY, SPACES, SCHEME, NO_HOST, SYNTAX }

    public static URI resolve(String gateway, String tokenPath) throws InvalidGatewayException {
        String input = gateway == null ? "" : gateway.trim();
        if (input.isEmpty()) {
            throw new InvalidGatewayException(input, Reason.EMPTY);
        }
        if (input.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidGatewayException(input, Reason.SPACES);
        }
        if (!input.contains("://")) {
            input = "http://" + input;
        }
        URI base;
        try {
            base = new URI(input);
        } catch (URISyntaxException e) {
            throw new InvalidGatewayException(gateway.trim(), Reason.SYNTAX);
        }
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidGatewayException(gateway.trim(), Reason.SCHEME);
        }
        if (base.getHost() == null || base.getHost().isBlank()) {
            throw new InvalidGatewayException(gateway.trim(), Reason.NO_HOST);
        }
        String basePath = base.getRawPath() == null ? "" : base.getRawPath();
        String trimmedBasePath = stripTrailingSlashes(basePath);
        String path;
        if (trimmedBasePath.endsWith("/oauth/token")) {
            path = trimmedBasePath;
        } else {
            String tp = tokenPath == null || tokenPath.isBlank() ? TokenRequest.DEFAULT_TOKEN_PATH : tokenPath.trim();
            if (!tp.startsWith("/")) {
                tp = "/" + tp;
            }
            path = trimmedBasePath + tp;
        }
        StringBuilder uri = new StringBuilder();
        uri.append(scheme).append("://").append(base.getRawAuthority()).append(path);
        if (base.getRawQuery() != null) {
            uri.append('?').append(base.getRawQuery());
        }
        try {
            return new URI(uri.toString());
        } catch (URISyntaxException e) {
            throw new InvalidGatewayException(gateway.trim(), Reason.SYNTAX);
        }
    }

    private static String stripTrailingSlashes(String path) {
        String p = path;
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
