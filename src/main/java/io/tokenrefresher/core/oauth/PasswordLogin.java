package io.tokenrefresher.core.oauth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The first access/refresh pair from a user name and password, for the log-in dialog and
 * {@code token-refresher login}: the password grant, or BladeX's captcha grant ({@code grant_type=captcha}
 * with the captcha in {@code Captcha-Key}/{@code Captcha-Code} headers). Everything else (endpoint,
 * placement, client, tenant, headers, timeout) is the same as for a refresh, so this only gives the
 * grant's parameters and headers; a profile makes the request ({@code GatewayProfile.toRequest}).
 *
 * @param md5          send the password as {@link Md5#hex} (BladeX-family servers compare MD5 digests)
 * @param sm2PublicKey when not blank, the (MD5'd or plain) password goes SM2-encrypted with this key
 * @param captcha      the captcha typed for this attempt, or null for the password grant
 */
public record PasswordLogin(String username, String password, String scope, boolean md5, String sm2PublicKey,
                            CaptchaAnswer captcha) {

    /** A captcha's key and the code the user read off its image. */
    public record CaptchaAnswer(String key, String code) {
        public CaptchaAnswer {
            Objects.requireNonNull(key, "key");
            code = code == null ? "" : code.strip();
        }
    }

    public PasswordLogin {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        sm2PublicKey = sm2PublicKey == null ? "" : sm2PublicKey.strip();
    }

    public PasswordLogin(String username, String password, String scope, boolean md5) {
        this(username, password, scope, md5, null, null);
    }

    /** This log-in with a captcha: the captcha grant. */
    public PasswordLogin withCaptcha(CaptchaAnswer answer) {
        return new PasswordLogin(username, password, scope, md5, sm2PublicKey, answer);
    }

    /** The password as it goes on the wire: as typed or its MD5 digest, then SM2-encrypted when a key is set. */
    public String wirePassword() {
        String p = md5 ? Md5.hex(password) : password;
        return sm2PublicKey.isEmpty() ? p : Sm2Password.encrypt(p, sm2PublicKey);
    }

    /** {@code grant_type} ({@code password} or {@code captcha}), username, the wire password and the scope. */
    public Map<String, String> parameters() {
        Map<String, String> p = TokenRequest.passwordParameters(username, wirePassword(), scope);
        if (captcha != null) {
            p.put("grant_type", "captcha");
        }
        return p;
    }

    /** The headers this attempt adds: {@code Captcha-Key} and {@code Captcha-Code} for the captcha grant. */
    public List<HeaderLine> requestHeaders() {
        List<HeaderLine> headers = new ArrayList<>();
        if (captcha != null) {
            headers.add(new HeaderLine("Captcha-Key", captcha.key()));
            headers.add(new HeaderLine("Captcha-Code", captcha.code()));
        }
        return headers;
    }

    /** Never shows the password, not even its digest. */
    @Override
    public String toString() {
        return "PasswordLogin[username=" + username + ", scope=" + scope + ", md5=" + md5
                + ", sm2=" + !sm2PublicKey.isEmpty() + ", captcha=" + (captcha != null) + "]";
    }
}
