package io.tokenrefresher.cli;

import io.tokenrefresher.core.profile.ProfileService;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Runs the command line in-process, as {@code token-refresher ARGS} would, with stdin given and
 * stdout/stderr captured. English, a fixed zone, no terminal (so nothing prompts).
 */
final class CliRunner {
    /** The clients the real command line uses, built once for all tests (each costs a few hundred ms). */
    private static final CliHttpClients HTTP = new CliHttpClients();

    private Clock clock = Clock.systemUTC();
    private ZoneId zone = ZoneId.of("Asia/Shanghai");
    private Locale locale = Locale.ENGLISH;
    private String stdin = "";
    private CliContext.PasswordPrompt prompt;
    private CliContext.HttpClientSource httpClients = HTTP::get;
    private Supplier<ProfileService> profiles = () -> {
        throw new IllegalStateException("this test set up no profiles: use CliRunner.profiles(...)");
    };

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

    /** The HTTP clients the commands get (e.g. one that records that it was asked). */
    CliRunner httpClients(CliContext.HttpClientSource source) {
        this.httpClients = source;
        return this;
    }

    CliRunner profiles(ProfileService service) {
        this.profiles = () -> service;
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = new CliContext(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, new PrintWriter(out, true), new PrintWriter(err, true), locale, zone, clock,
                httpClients, prompt, profiles);
        int code = Cli.run(args, ctx);
        return new Result(code, out.toString(), err.toString());
    }

    static Result cli(String... args) {
        return new CliRunner().run(args);
    }
}
