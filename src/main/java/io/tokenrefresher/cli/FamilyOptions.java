package io.tokenrefresher.cli;

import io.tokenrefresher.core.handoff.SaberVersion;
import io.tokenrefresher.core.oauth.HeaderFormat;
import io.tokenrefresher.core.oauth.Sm2Password;
import io.tokenrefresher.core.profile.GatewayKind;
import io.tokenrefresher.core.profile.GatewayProfile;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The BladeX-family settings of a profile ({@link GatewayKind}) as options: captcha path, password
 * encoding and SM2 key, the header format of API calls and the test URL. Applied after
 * {@link GatewayOptions} (whose {@code --preset} fills their defaults).
 */
public final class FamilyOptions {
    enum PasswordEncoding { PLAIN, MD5, SM2 }

    @Option(names = "--captcha-path", paramLabel = "PATH",
            description = "Where the captcha image is fetched (bladex: /blade-auth/oauth/captcha, "
                    + "springblade: /blade-auth/captcha).")
    String captchaPath;

    @Option(names = "--password-encoding", paramLabel = "plain|md5|sm2", converter = EncodingConverter.class,
            description = "How the password goes to the gateway: as typed, MD5 (BladeX's front ends), or "
                    + "SM2-encrypted with --sm2-public-key (newer BladeX; after MD5 when the profile also hashes).")
    PasswordEncoding passwordEncoding;

    @Option(names = "--sm2-public-key", paramLabel = "HEX",
            description = "The deployment's SM2 public key (04 + 128 hex digits), for --password-encoding sm2.")
    String sm2PublicKey;

    @Option(names = "--header-format", paramLabel = "bearer|blade-auth", converter = HeaderFormatConverter.class,
            description = "How API calls carry the token: Authorization: Bearer, or Blade-Auth: bearer "
                    + "(with the client's Basic and Tenant-Id) as BladeX's business calls want.")
    HeaderFormat headerFormat;

    @Option(names = "--test-url", paramLabel = "URL",
            description = "A business URL to test a token with, e.g. /blade-system/user/info.")
    String testUrl;

    @Option(names = "--saber-version", paramLabel = "all|saber|saber3|legacy", converter = SaberConverter.class,
            description = "Which Saber front end the browser snippet logs in (default: all known).")
    SaberVersion saberVersion;

    /** {@code profile} with the options given; a usage error for an SM2 key that is not one. */
    GatewayProfile applyTo(GatewayProfile profile, CommandSpec spec, CliContext ctx) {
        GatewayKind kind = profile.kind();
        if (captchaPath != null) {
            kind = kind.withCaptchaPath(captchaPath);
        }
        if (sm2PublicKey != null) {
            if (!Sm2Password.isValidKey(sm2PublicKey)) {
                throw UsageError.of(spec, ctx, "cli.usage.badSm2Key");
            }
            kind = kind.withSm2(kind.sm2Password(), sm2PublicKey);
        }
        GatewayProfile result = profile;
        if (passwordEncoding != null) {
            if (passwordEncoding == PasswordEncoding.SM2 && kind.sm2PublicKey().isEmpty()) {
                throw UsageError.of(spec, ctx, "cli.usage.sm2WithoutKey");
            }
            kind = kind.withSm2(passwordEncoding == PasswordEncoding.SM2, kind.sm2PublicKey());
            result = result.withClient(result.client().withMd5Password(passwordEncoding == PasswordEncoding.MD5
                    || passwordEncoding == PasswordEncoding.SM2 && result.client().md5Password()));
        }
        if (headerFormat != null) {
            kind = kind.withHeaderFormat(headerFormat);
        }
        if (testUrl != null) {
            kind = kind.withTestUrl(testUrl);
        }
        if (saberVersion != null) {
            kind = kind.withSaberVersion(saberVersion);
        }
        return result.withKind(kind);
    }

    public static final class EncodingConverter implements ITypeConverter<PasswordEncoding> {
        @Override
        public PasswordEncoding convert(String value) {
            try {
                return PasswordEncoding.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not one of plain, md5, sm2");
            }
        }
    }

    public static final class SaberConverter implements ITypeConverter<SaberVersion> {
        @Override
        public SaberVersion convert(String value) {
            try {
                return SaberVersion.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    public static final class HeaderFormatConverter implements ITypeConverter<HeaderFormat> {
        @Override
        public HeaderFormat convert(String value) {
            try {
                return HeaderFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
