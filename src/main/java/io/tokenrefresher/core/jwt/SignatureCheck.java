package io.tokenrefresher.core.jwt;

import java.util.List;

/**
 * What checking a token's signature found: the verdict, the algorithms on both sides, and what else a
 * gateway tester should know (an unsigned token, the public default key, time claims that disagree).
 *
 * @param headerAlgorithm what the token's header claims
 * @param keyAlgorithm    what the key checks with; null when no key was given
 */
public record SignatureCheck(Verdict verdict, String headerAlgorithm, String keyAlgorithm, List<Finding> findings) {
    public enum Verdict { VERIFIED, INVALID_SIGNATURE, NOT_VERIFIED }

    /** Each names its message ({@code signature.finding.<name>}), red when {@link #serious}. */
    public enum Kind {
        /** {@code alg: none}: unsigned, anyone can forge it. */
        ALG_NONE(true),
        /** Verifies with SpringBlade's published signing key: anyone can mint tokens. */
        PUBLIC_DEFAULT_KEY(true),
        /** The header names another algorithm than the key's; detail "header / key". */
        ALGORITHM_MISMATCH(true),
        /** A key set without the token's {@code kid}; detail the kid. */
        NO_KEY_FOR_KID(false),
        /** An algorithm java-jwt cannot check (PS256, EdDSA...); detail the algorithm. */
        UNSUPPORTED_ALGORITHM(false),
        /** {@code iat} ahead of this machine's clock beyond the known skew; detail how far. */
        IAT_IN_FUTURE(true),
        /** {@code iat} ahead of this machine's clock, but the gateway's clock is as far ahead: skew. */
        IAT_AHEAD_BY_SKEW(false),
        EXP_BEFORE_IAT(true),
        NBF_AFTER_EXP(true),
        /** exp - iat longer than expected (a day for access tokens, 30 days for refresh tokens); detail it. */
        LONG_LIFETIME(false);

        private final boolean serious;

        Kind(boolean serious) {
            this.serious = serious;
        }

        public boolean serious() {
            return serious;
        }
    }

    public record Finding(Kind kind, String detail) {
        public Finding {
            detail = detail == null ? "" : detail;
        }
    }

    public SignatureCheck {
        findings = List.copyOf(findings);
    }

    public boolean has(Kind kind) {
        return findings.stream().anyMatch(f -> f.kind() == kind);
    }
}
