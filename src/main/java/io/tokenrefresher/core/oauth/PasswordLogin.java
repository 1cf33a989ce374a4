package io.tokenrefresher.core.oauth;

import java.util.Map;
import java.util.Objects;

/**
 * The first access/refresh pair from a user name and password ({@code grant_type=password}), for the
 * log-in dialog and {@code token-refresher login}. Everything else (endpoint, placement, client,
 * tenant, headers, timeout) is the same as for a refresh, so this only gives the grant's parameters;
 * a profile makes the request ({@code GatewayProfile.toRequest}).
 *
 * @param md5 send the password as {@link Md5#hex} (BladeX-family servers compare MD5 digests)
 */
public record PasswordLogin(String username, String password, String scope, boolean md5) {

    public PasswordLogin {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /** The password as it goes on the wire: as typed, or its MD5 digest. */
    public String wirePassword() {
        return md5 ? Md5.hex(password) : password;
    }

    /** {@code grant_type=password}, username, the wire password and the scope, in that order. */
    public Map<String, String> parameters() {
        return TokenRequest.passwordParameters(username, wirePassword(), scope);
    }

    /** Never shows the password, not even its digest. */
    @Override
    public String toString() {
        return "PasswordLogin[username=" + username + ", scope=" + scope + ", md5=" + md5 + "]";
    }
}
