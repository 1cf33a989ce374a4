package io.tokenrefresher.core.oauth;

import java.util.Locale;

/** What the user can do about a known refusal; each has a message {@code hint.<name>}. */
public enum FailureHint {
    /** {@code Encoded token is not a refresh token}: the access token was pasted. */
    PASTED_ACCESS_TOKEN,
    /** {@code Invalid refresh token (expired)}: log in again. */
    REFRESH_TOKEN_EXPIRED,
    /** 401 with {@code WWW-Authenticate: Basic}, or {@code invalid_client}/{@code unauthorized}: set client id/secret. */
    SET_CLIENT_CREDENTIALS,
    /** {@code 租户ID未找到}: set Tenant-Id. */
    SET_TENANT_ID,
    /** {@code Cannot convert access token to JSON}: the token is damaged or signed for another environment. */
    TOKEN_FROM_OTHER_ENVIRONMENT,
    /** {@code Invalid refresh token: ...} (not expired): unknown or already used. */
    REFRESH_TOKEN_INVALID,
    /** {@code Bad credentials} / 用户名或密码错误 on a password grant. */
    BAD_CREDENTIALS,
    /** {@code 登录错误次数过多}: BladeX locked the account (and IP) for 30 minutes after 5 failed log-ins. */
    ACCOUNT_LOCKED,
    /** {@code 验证码不正确} / {@code 验证码已过期}: the captcha was wrong, used or expired; take a new one. */
    CAPTCHA_WRONG,
    /** {@code unsupported_grant_type}/{@code invalid_scope}: the client may not use this grant or scope. */
    GRANT_NOT_ALLOWED;

    /** Picks the hint for a refusal, or null when the answer is not one we recognise. */
    public static FailureHint classify(int status, OAuthError error, String wwwAuthenticate) {
        String text = error == null ? "" : (error.error() + " " + error.description()).toLowerCase(Locale.ROOT);
        String raw = error == null ? "" : error.error() + " " + error.description();
        if (text.contains("not a refresh token")) {
            return PASTED_ACCESS_TOKEN;
        }
        if (text.contains("invalid refresh token (expired)") || text.contains("refresh token expired")
                || text.contains("refresh token has expired")) {
            return REFRESH_TOKEN_EXPIRED;
        }
        if (raw.contains("租户") && (raw.contains("未找到") || raw.contains("不存在"))
                || text.contains("tenant") && (text.contains("not found") || text.contains("missing"))) {
            return SET_TENANT_ID;
        }
        if (text.contains("cannot convert access token to json")) {
            return TOKEN_FROM_OTHER_ENVIRONMENT;
        }
        if (text.contains("invalid refresh token")) {
            return REFRESH_TOKEN_INVALID;
        }
        if (raw.contains("次数过多") || text.contains("too many") && text.contains("fail")
                || text.contains("locked")) {
            return ACCOUNT_LOCKED;
        }
        if (raw.contains("验证码") || text.contains("captcha")) {
            return CAPTCHA_WRONG;
        }
        if (text.contains("bad credentials") || raw.contains("密码不正确") || raw.contains("用户名或密码错误") || raw.contains("密码错误")) {
            return BAD_CREDENTIALS;
        }
        boolean basicChallenge = wwwAuthenticate != null
                && wwwAuthenticate.toLowerCase(Locale.ROOT).startsWith("basic");
        if (status == 401 && basicChallenge || text.contains("invalid_client")
                || text.contains("full authentication is required") || raw.contains("客户端认证失败")) {
            return SET_CLIENT_CREDENTIALS;
        }
        if (text.contains("unsupported_grant_type") || text.contains("invalid_scope")
                || text.contains("unauthorized grant type")) {
            return GRANT_NOT_ALLOWED;
        }
        return null;
    }
}
