package io.tokenrefresher.core.profile;

import io.tokenrefresher.core.handoff.SaberVersion;
import io.tokenrefresher.core.oauth.GatewayPreset;
import io.tokenrefresher.core.oauth.HeaderFormat;

/**
 * Which member of the BladeX family a profile's gateway is, and the settings only that family has:
 * where its captcha image is, whether it wants a captcha log-in, whether passwords go SM2-encrypted
 * (and with which public key), how its business calls want the token, and a business URL to test a
 * token with. Missing values get the preset's defaults, so profiles from before presets existed read
 * as the seed's gateway ({@link GatewayPreset#CAMS}).
 *
 * @param sm2PublicKey the deployment's SM2 public key, hex (uncompressed {@code 04...}); blank when not set
 * @param saberVersion which Saber front end the browser snippet logs in ({@link SaberVersion#ALL}: every known)
 * @param testUrl      a business URL to call with the token ({@code {gateway}/blade-system/user/info}); blank: none
 */
public record GatewayKind(
        GatewayPreset preset,
        String captchaPath,
        boolean captchaLogin,
        boolean sm2Password,
        String sm2PublicKey,
        HeaderFormat headerFormat,
        String testUrl,
        SaberVersion saberVersion) {

    public static final GatewayKind DEFAULT = of(GatewayPreset.CAMS);

    public GatewayKind {
        preset = preset == null ? GatewayPreset.CAMS : preset;
        captchaPath = captchaPath == null || captchaPath.isBlank() ? preset.captchaPath() : captchaPath.trim();
        sm2PublicKey = sm2PublicKey == null ? "" : sm2PublicKey.trim();
        headerFormat = headerFormat == null ? preset.headerFormat() : headerFormat;
        testUrl = testUrl == null ? "" : testUrl.trim();
        saberVersion = saberVersion == null ? SaberVersion.ALL : saberVersion;
    }

    public GatewayKind(GatewayPreset preset, String captchaPath, boolean captchaLogin, boolean sm2Password,
                       String sm2PublicKey, HeaderFormat headerFormat, String testUrl) {
        this(preset, captchaPath, captchaLogin, sm2Password, sm2PublicKey, headerFormat, testUrl, null);
    }

    /** A preset's kind with all its defaults. */
    public static GatewayKind of(GatewayPreset preset) {
        return new GatewayKind(preset, null, false, false, null, null, null);
    }

    public GatewayKind withCaptchaPath(String newPath) {
        return new GatewayKind(preset, newPath, captchaLogin, sm2Password, sm2PublicKey, headerFormat,
                testUrl, saberVersion);
    }

    public GatewayKind withCaptchaLogin(boolean captcha) {
        return new GatewayKind(preset, captchaPath, captcha, sm2Password, sm2PublicKey, headerFormat,
                testUrl, saberVersion);
    }

    public GatewayKind withSm2(boolean sm2, String publicKey) {
        return new GatewayKind(preset, captchaPath, captchaLogin, sm2, publicKey, headerFormat,
                testUrl, saberVersion);
    }

    public GatewayKind withHeaderFormat(HeaderFormat format) {
        return new GatewayKind(preset, captchaPath, captchaLogin, sm2Password, sm2PublicKey, format,
                testUrl, saberVersion);
    }

    public GatewayKind withSaberVersion(SaberVersion version) {
        return new GatewayKind(preset, captchaPath, captchaLogin, sm2Password, sm2PublicKey, headerFormat, testUrl,
                version);
    }

    public GatewayKind withTestUrl(String url) {
        return new GatewayKind(preset, captchaPath, captchaLogin, sm2Password, sm2PublicKey, headerFormat,
                url, saberVersion);
    }
}
