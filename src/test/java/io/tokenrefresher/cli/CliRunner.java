package io.tokenrefresher.cli;

import io.tokenrefresher.core.oauth.TokenEndpointClient;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Runs the command line in-process, as {@code token-refresher ARGS} would, with stdin given and
 * stdout/stderr captured. English, a fixed zone, no terminal (so nothing prompts).
 */
final class CliRunner {
    /** One client for all tests: building one costs a few hundred ms. */
    private static final HttpClient HTTP = TokenEndpointClient.defaultHttpClient();

    private Clock clock = Clock.systemUTC();
    private ZoneId zone = ZoneId.of("Asia/Shanghai");
    private Locale locale = Locale.ENGLISH;
    private String stdin = "";
    private CliContext.PasswordPrompt prompt;

    /** What a run left behind. */
    record Result(int exitCode, String out, String err) {
        String outAndErr() {
            return out + err;
        }
    }

    CliRunner stdin(String text) {
        this.stdin = text;
        return this;
    }

    CliRunner clock(Clock c) {
        this.clock = c;
        return this;
    }

    CliRunner zone(ZoneId z) {
        this.zone = z;
        return this;
    }

    CliRunner locale(Locale l) {
        this.locale = l;
        return this;
    }

    CliRunner prompt(CliContext.PasswordPrompt p) {
        this.prompt = p;
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = new CliContext(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, new PrintWriter(out, true), new PrintWriter(err, true), locale, zone, clock,
                () -> HTTP, prompt);
        int code = Cli.run(args, ctx);
        return new Result(code, out.toString(), err.toString());
    }

    static Result cli(String... args) {
        return new CliRunner().run(args);
    }
}
