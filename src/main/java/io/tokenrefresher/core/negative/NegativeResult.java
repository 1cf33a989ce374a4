package io.tokenrefresher.core.negative;

/**
 * One negative test's row: what was expected, what came, and whether that is a pass.
 *
 * @param actual the status and error as received ("401 invalid_token: Cannot convert..."), or why the case
 *               was skipped (a message key below {@code negative.skip.})
 */
public record NegativeResult(NegativeCase testCase, Verdict verdict, String actual) {
    public enum Verdict { PASS, FAIL, SKIPPED }
}
