package io.tokenrefresher.core.i18n;

import io.tokenrefresher.core.jwt.ClockSkew;
import io.tokenrefresher.core.jwt.SignatureCheck;
import io.tokenrefresher.core.jwt.VerificationKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The words for a signature check and for clock skew, the same in the window and on the command line:
 * the verdict, then one line per finding.
 */
public final class SignatureWords {
    private final Messages messages;

    public SignatureWords(Messages messages) {
        this.messages = messages;
    }

    /** "Verified (HS256)", "Invalid signature (RS256)", "Not verified: no key given". */
    public String verdict(SignatureCheck check) {
        return switch (check.verdict()) {
            case VERIFIED -> messages.format("signature.verified", check.keyAlgorithm());
            case INVALID_SIGNATURE -> messages.format("signature.invalid", check.keyAlgorithm());
            case NOT_VERIFIED -> messages.text("signature.notVerified");
        };
    }

    /** One sentence per finding, serious ones first. */
    public List<String> findings(SignatureCheck check) {
        List<String> lines = new ArrayList<>();
        for (boolean serious : new boolean[] {true, false}) {
            for (SignatureCheck.Finding f : check.findings()) {
                if (f.kind().serious() == serious) {
                    lines.add(finding(f));
                }
            }
        }
        return lines;
    }

    public String finding(SignatureCheck.Finding f) {
        return messages.format("signature.finding." + f.kind().name(), f.detail());
    }

    public String keyProblem(VerificationKey.KeyProblem problem) {
        return messages.format("signature.key." + problem.key(), problem.getMessage() == null ? "" : problem.getMessage());
    }

    /** "The gateway's clock is 2 min 5 s ahead of this computer's." (or behind). */
    public String skew(ClockSkew skew) {
        return messages.format(skew.offset().isNegative() ? "skew.behind" : "skew.ahead", length(skew.offset()));
    }

    /** The skew and the note that the countdown follows the gateway, joined as each language joins sentences. */
    public String skewWithNote(ClockSkew skew) {
        return messages.format("skew.withNote", skew(skew), messages.text("skew.countdownNote"));
    }

    /** "2 min 5 s" / "2 分 5 秒": the two largest units of a length of time. */
    public String length(Duration d) {
        long s = Math.abs(d.getSeconds());
        if (s < 60) {
            return messages.format("length.s", s);
        }
        if (s < 3600) {
            return s % 60 == 0 ? messages.format("length.min", s / 60)
                    : messages.format("length.minS", s / 60, s % 60);
        }
        return s % 3600 / 60 == 0 ? messages.format("length.h", s / 3600)
                : messages.format("length.hMin", s / 3600, s % 3600 / 60);
    }
}
