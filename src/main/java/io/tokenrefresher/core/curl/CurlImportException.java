package io.tokenrefresher.core.curl;

/** Why a pasted text could not become a profile; {@link #problem} names the message {@code curl.problem.<key>}. */
public final class CurlImportException extends RuntimeException {
    public enum Problem {
        EMPTY("empty"),
        NOT_CURL("notCurl"),
        UNCLOSED_QUOTE("unclosedQuote"),
        NO_URL("noUrl"),
        BAD_URL("badUrl"),
        NOT_A_TOKEN_CALL("notTokenCall");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Problem problem;
    private final String detail;

    public CurlImportException(Problem problem, String detail) {
        super(problem.key() + (detail == null || detail.isEmpty() ? "" : ": " + detail));
        this.problem = problem;
        this.detail = detail == null ? "" : detail;
    }

    public Problem problem() {
        return problem;
    }

    /** What to show with the message: the quote left open, the URL that did not parse, the first word. */
    public String detail() {
        return detail;
    }
}
