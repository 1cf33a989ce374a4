package io.tokenrefresher.core.profile;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.util.StdConverter;
import io.tokenrefresher.core.handoff.SaberVersion;
import io.tokenrefresher.core.oauth.GatewayPreset;
import io.tokenrefresher.core.oauth.HeaderFormat;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import java.util.List;
import java.util.function.Function;

/**
 * A {@link GatewayProfile} as one flat JSON object, in {@code profiles.json} and in exports. This is
 * the file format: these names, in this order, are what every version wrote; add a field at the end
 * when a setting is added. Unknown fields (from a newer version) are ignored, and missing ones get
 * the defaults of the profile's parts. The family settings ({@link GatewayKind}, from {@code preset} on) are
 * written only when they differ from the seed's, so files without them stay as they were.
 *
 * <p>A flat record rather than {@code @JsonUnwrapped} on the parts: unwrapping works with records
 * (Jackson 2.21, reading and writing), but writes each part's fields together, which would reorder
 * the fields of every existing file on its next save.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ProfileJson(
        String id,
        String name,
        String gateway,
        String tokenPath,
        String scope,
        ParameterPlacement placement,
        String clientId,
        String tenantId,
        List<HeaderLine> extraHeaders,
        int timeoutSeconds,
        TlsTrust tlsTrust,
        ProxySetting proxy,
        EnvironmentColour colour,
        String notes,
        boolean rememberRefreshToken,
        boolean md5Password,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean autoRefresh,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer autoRefreshLeadSeconds,
        @JsonInclude(JsonInclude.Include.NON_NULL) String preset,
        @JsonInclude(JsonInclude.Include.NON_NULL) String captchaPath,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean captchaLogin,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean sm2Password,
        @JsonInclude(JsonInclude.Include.NON_NULL) String sm2PublicKey,
        @JsonInclude(JsonInclude.Include.NON_NULL) String headerFormat,
        @JsonInclude(JsonInclude.Include.NON_NULL) String testUrl,
        @JsonInclude(JsonInclude.Include.NON_NULL) String saberVersion) {

    static ProfileJson of(GatewayProfile p) {
        Endpoint e = p.endpoint();
        Client c = p.client();
        GatewayKind k = p.kind();
        // the seed's kind writes nothing: a file from before presets is written again byte for byte
        boolean family = !k.equals(GatewayKind.DEFAULT);
        return new ProfileJson(p.id(), p.name(), e.gateway(), e.tokenPath(), e.scope(), e.placement(),
                c.clientId(), c.tenantId(), e.extraHeaders(), e.timeoutSeconds(), p.connection().tlsTrust(),
                p.connection().proxy(), p.presentation().colour(), p.presentation().notes(),
                p.rememberRefreshToken(), c.md5Password(),
                // written only when set, so files of profiles that never used auto-refresh stay as they were
                p.autoRefresh().enabled() ? Boolean.TRUE : null,
                p.autoRefresh().leadSeconds() > 0 ? p.autoRefresh().leadSeconds() : null,
                family ? k.preset().id() : null,
                family ? k.captchaPath() : null, family ? k.captchaLogin() : null, family ? k.sm2Password() : null,
                family ? k.sm2PublicKey() : null, family ? k.headerFormat().id() : null, family ? k.testUrl() : null,
                family ? k.saberVersion().id() : null);
    }

    GatewayProfile toProfile() {
        return new GatewayProfile(id, name,
                new Endpoint(gateway, tokenPath, scope, placement, extraHeaders, timeoutSeconds),
                new Client(clientId, tenantId, md5Password),
                new Connection(tlsTrust, proxy),
                new Presentation(colour, notes),
                rememberRefreshToken,
                new AutoRefresh(Boolean.TRUE.equals(autoRefresh), autoRefreshLeadSeconds == null ? 0
                        : autoRefreshLeadSeconds),
                new GatewayKind(known(preset, GatewayPreset::parse), captchaPath, Boolean.TRUE.equals(captchaLogin),
                        Boolean.TRUE.equals(sm2Password),
                        sm2PublicKey, known(headerFormat, HeaderFormat::parse), testUrl,
                        known(saberVersion, SaberVersion::parse)));
    }

    /** A name this version knows, else null (the default): a newer version's preset must not stop the file loading. */
    private static <T> T known(String text, Function<String, T> parse) {
        try {
            return text == null ? null : parse.apply(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Writing: the profile as the flat record. */
    static final class FromProfile extends StdConverter<GatewayProfile, ProfileJson> {
        @Override
        public ProfileJson convert(GatewayProfile profile) {
            return of(profile);
        }
    }

    /** Reading: the flat record as a profile, with the parts' defaults for anything missing. */
    static final class ToProfile extends StdConverter<ProfileJson, GatewayProfile> {
        @Override
        public GatewayProfile convert(ProfileJson json) {
            return json.toProfile();
        }
    }
}
