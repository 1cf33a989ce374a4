package io.tokenrefresher.cli;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.i18n.SignatureWords;
import io.tokenrefresher.core.jwt.JwksKeys;
import io.tokenrefresher.core.jwt.SignatureCheck;
import io.tokenrefresher.core.jwt.SignatureVerifier;
import io.tokenrefresher.core.jwt.VerificationKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code decode}'s signature options: the key to check with (an HMAC secret, a PEM public key or
 * certificate, a JWKS address), the verdict and the warnings, and the exit code: 0 verified or no key
 * given, {@link ExitCodes#INVALID_SIGNATURE} for a signature that does not match the key.
 */
final class SignatureOptions {
    @Option(names = "--secret", paramLabel = "SECRET",
            description = "Check the signature with this HMAC secret (HS256; --alg for HS384/HS512).")
    String secret;

    @Option(names = "--secret-base64", description = "The --secret is Base64 (as SpringBlade's BASE64_SECURITY).")
    boolean secretBase64;

    @Option(names = "--public-key", paramLabel = "FILE",
            description = "Check with a PEM public key or certificate (RSA: RS256, --alg for RS384/RS512; EC: by curve).")
    Path publicKey;

    @Option(names = "--jwks", paramLabel = "URL", description = "Check with the key set at this JWKS address.")
    URI jwks;

    @Option(names = "--alg", paramLabel = "ALG",
            description = "The algorithm of the key (never taken from the token): HS256/384/512, RS256/384/512.")
    String algorithm;

    /** The key asked for, or null when none was; usage errors for unusable input. */
    VerificationKey key(CommandSpec spec, CliContext ctx) throws InterruptedException {
        int given = (secret != null ? 1 : 0) + (publicKey != null ? 1 : 0) + (jwks != null ? 1 : 0);
        if (given > 1) {
            throw UsageError.of(spec, ctx, "cli.usage.oneKey");
        }
        if (secretBase64 && secret == null) {
            throw UsageError.of(spec, ctx, "cli.usage.base64NeedsSecret");
        }
        try {
            if (secret != null) {
                return VerificationKey.hmac(secret, secretBase64, algorithm);
            }
            if (publicKey != null) {
                String pem;
                try {
                    pem = Files.readString(publicKey, StandardCharsets.US_ASCII);
                } catch (IOException e) {
                    throw UsageError.of(spec, ctx, "cli.usage.unreadableFile", publicKey, e.getClass().getSimpleName());
                }
                return VerificationKey.pem(pem, algorithm);
            }
            if (jwks != null) {
                boolean https = "https".equalsIgnoreCase(jwks.getScheme());
                return new JwksKeys(ctx.mapper(), ctx.clock()).fetch(jwks, ctx.httpClients().forGateway(https));
            }
        } catch (VerificationKey.KeyProblem problem) {
            throw UsageError.plain(spec, new SignatureWords(ctx.messages()).keyProblem(problem));
        }
        return null;
    }

    /** Prints the verdict and the findings; the exit code for them. */
    static int report(SignatureCheck check, Messages messages, PrintWriter out) {
        SignatureWords words = new SignatureWords(messages);
        out.println(words.verdict(check));
        for (String line : words.findings(check)) {
            out.println("  " + line);
        }
        return check.verdict() == SignatureCheck.Verdict.INVALID_SIGNATURE ? ExitCodes.INVALID_SIGNATURE : ExitCodes.OK;
    }

    static SignatureCheck check(String token, VerificationKey key, CliContext ctx) {
        return new SignatureVerifier().check(token, key, ctx.clock().instant(), null);
    }
}
