package io.tokenrefresher.cli;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.jwt.TokenMask;
import io.tokenrefresher.core.oauth.GatewayFailure;
import java.io.PrintWriter;

/**
 * Writes a failure to stderr with the window's words: the headline, the server's details indented,
 * and the hint. JWTs inside the server's text (Spring echoes {@code Invalid refresh token: <token>})
 * are shortened, since stderr often ends up in CI logs.
 */
final class ErrorReport {
    private final Messages messages;
    private final PrintWriter err;

    ErrorReport(CliContext ctx) {
        this.messages = ctx.messages().forCommandLine();
        this.err = ctx.err();
    }

    int failure(GatewayFailure failure) {
        Messages.Text text = messages.describe(failure);
        print(text.headline(), text.details(), text.hint());
        return ExitCodes.of(failure);
    }

    /** A message from the {@code cli.*} keys as an error line; returns {@code exitCode}. */
    int error(int exitCode, String key, Object... args) {
        print(messages.format(key, args), "", "");
        return exitCode;
    }

    void note(String key, Object... args) {
        err.println(messages.format("cli.note", messages.format(key, args)));
        err.flush();
    }

    void warning(String key, Object... args) {
        err.println(messages.format("cli.warning", messages.format(key, args)));
        err.flush();
    }

    private void print(String headline, String details, String hint) {
        err.println(messages.format("cli.error", TokenMask.maskIn(headline)));
        if (details != null && !details.isBlank()) {
            for (String line : TokenMask.maskIn(details).split("\\R")) {
                err.println("  " + line);
            }
        }
        if (hint != null && !hint.isBlank()) {
            err.println(messages.format("cli.hint", hint));
        }
        err.flush();
    }
}
