package io.tokenrefresher.core.oauth.exchange;

import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A request exactly as it went on the wire: method, address (with the query for the query placement),
 * headers in the order sent (including {@code Host} and {@code Content-Length}, which the JDK client
 * adds itself), and the body text. Holds the secrets as sent, so masking and the copy-as commands
 * know where they are; {@code toString} shows none of them.
 *
 * @param basicUser the client id when an {@code Authorization: Basic} header was built from the client
 *                  credentials, else null
 * @param secrets   where secret values sit in {@code uri} or {@code body}, exactly as sent there
 */
public record WireRequest(String method, URI uri, ParameterPlacement placement, List<HeaderLine> headers,
                          String body, String basicUser, List<SecretSpot> secrets) {

    /**
     * A secret value as it appears in the request's address or body (already form- or JSON-encoded),
     * and the name of the shell variable the copy-as commands put in its place.
     */
    public record SecretSpot(String placeholder, String asSent) {
        public SecretSpot {
            Objects.requireNonNull(placeholder, "placeholder");
            Objects.requireNonNull(asSent, "asSent");
        }

        @Override
        public String toString() {
            return "SecretSpot[" + placeholder + "]";
        }
    }

    public WireRequest {
        headers = List.copyOf(headers);
        body = body == null ? "" : body;
        secrets = List.copyOf(secrets);
    }

    /** The first value of a header, matched without regard to case, or null. */
    public String header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(HeaderLine::value)
                .findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return "WireRequest[" + method + " " + uri.getScheme() + "://" + uri.getAuthority() + uri.getRawPath()
                + ", placement=" + placement + ", headers=" + headers.size() + ", body=" + body.length() + " chars]";
    }
}
