package io.tokenrefresher.core.oauth;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The members of the BladeX family a tester meets, each with the defaults a new profile gets and the
 * names its token endpoint reads. This is the one place that knows how a preset's request differs on
 * the wire: a profile builds every request through {@link #wireParameters}, so neither the window nor
 * the command line has a preset {@code if} of its own. Answers need no preset: the answer reader
 * understands every shape ({@link TokenAnswers}).
 */
public enum GatewayPreset {
    /** The seed: {@code /cams-auth/oauth/token}, JSON body with the Auto fallback, standard answer. */
    CAMS("cams", TokenRequest.DEFAULT_TOKEN_PATH, ParameterPlacement.AUTO, TokenRequest.DEFAULT_SCOPE,
            "", "", "", false, "/blade-auth/oauth/captcha", HeaderFormat.BEARER),
    /** BladeX on Spring Security OAuth2: form parameters, client Basic {@code saber}, {@code Tenant-Id}. */
    BLADEX("bladex", "/blade-auth/oauth/token", ParameterPlacement.FORM, TokenRequest.DEFAULT_SCOPE,
            "saber", "saber_secret", "000000", true, "/blade-auth/oauth/captcha", HeaderFormat.BLADE_AUTH),
    /**
     * Open-source SpringBlade: {@code POST /blade-auth/token} with camelCase parameters
     * ({@code grantType}, {@code tenantId}, {@code account}, {@code password}, {@code refreshToken}) and a
     * wrapped camelCase answer. Its business calls read {@code Blade-Auth} as BladeX's do.
     */
    SPRINGBLADE("springblade", "/blade-auth/token", ParameterPlacement.FORM, "",
            "saber", "saber_secret", "000000", true, "/blade-auth/captcha", HeaderFormat.BLADE_AUTH) {
        @Override
        public Map<String, String> wireParameters(Map<String, String> standard, String tenantId) {
            Map<String, String> wire = new LinkedHashMap<>();
            standard.forEach((name, value) -> {
                switch (name) {
                    case "grant_type" -> wire.put("grantType", value);
                    case "username" -> wire.put("account", value);
                    case "refresh_token" -> wire.put("refreshToken", value);
                    case "scope" -> { } // SpringBlade has no scopes: an unknown parameter would only confuse a reader
                    default -> wire.put(name, value);
                }
            });
            if (tenantId != null && !tenantId.isBlank()) {
                wire.put("tenantId", tenantId.trim());
            }
            return wire;
        }
    },
    /** Any standard OAuth2 / OIDC server: {@code /token}, form body, client Basic, no tenant. */
    OAUTH2("oauth2", "/token", ParameterPlacement.FORM, "", "", "", "", false, "", HeaderFormat.BEARER);

    private final String id;
    private final String tokenPath;
    private final ParameterPlacement placement;
    private final String scope;
    private final String clientId;
    private final String clientSecret;
    private final String tenantId;
    private final boolean md5Password;
    private final String captchaPath;
    private final HeaderFormat headerFormat;

    GatewayPreset(String id, String tokenPath, ParameterPlacement placement, String scope, String clientId,
                  String clientSecret, String tenantId, boolean md5Password, String captchaPath,
                  HeaderFormat headerFormat) {
        this.id = id;
        this.tokenPath = tokenPath;
        this.placement = placement;
        this.scope = scope;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.tenantId = tenantId;
        this.md5Password = md5Password;
        this.captchaPath = captchaPath;
        this.headerFormat = headerFormat;
    }

    /**
     * The grant's parameters as this gateway reads them; {@code standard} uses the OAuth2 names
     * ({@code grant_type}, {@code username}, {@code refresh_token}...). Most presets send them as they are.
     */
    public Map<String, String> wireParameters(Map<String, String> standard, String tenantId) {
        return standard;
    }

    /** {@code cams}, {@code bladex}, {@code springblade}, {@code oauth2}: the file's and the command line's name. */
    public String id() {
        return id;
    }

    /** The preset named {@code text} (any case); throws IllegalArgumentException naming the known ones. */
    public static GatewayPreset parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (GatewayPreset p : values()) {
            if (p.id.equals(wanted) || p.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return p;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of cams, bladex, springblade, oauth2");
    }

    public String tokenPath() {
        return tokenPath;
    }

    public ParameterPlacement placement() {
        return placement;
    }

    public String scope() {
        return scope;
    }

    public String clientId() {
        return clientId;
    }

    /** The client secret the family's front ends ship with ({@code saber_secret}); empty when none. */
    public String clientSecret() {
        return clientSecret;
    }

    public String tenantId() {
        return tenantId;
    }

    public boolean md5Password() {
        return md5Password;
    }

    /** Where the captcha image is fetched, below the gateway; empty when the preset has none. */
    public String captchaPath() {
        return captchaPath;
    }

    public HeaderFormat headerFormat() {
        return headerFormat;
    }
}
