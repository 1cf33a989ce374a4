package io.tokenrefresher.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenrefresher.core.jwt.PastedToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Reads a token or password given as a value, as {@code -} (stdin) or as a file. A token text is
 * cleaned like a paste in the window ({@link PastedToken}); a JSON text, such as a saved
 * {@code --output json} answer, yields the named field. A password is taken as it is, first line
 * only, and never written anywhere.
 */
final class SecretInput {
    static final String STDIN = "-";

    private final CommandSpec spec;
    private final CliContext ctx;

    SecretInput(CommandSpec spec, CliContext ctx) {
        this.spec = spec;
        this.ctx = ctx;
    }

    /**
     * @param jsonField the field to take when the text is a JSON object ({@code refresh_token} or
     *                  {@code access_token}); also looked for under {@code data}
     * @return the cleaned token, or null when neither a value nor a file was given
     */
    String token(String value, Path file, String optionName, String jsonField) {
        String text;
        if (value != null && file != null) {
            throw UsageError.of(spec, ctx, "cli.usage.valueAndFile", optionName);
        } else if (file != null) {
            text = readFile(file);
        } else if (STDIN.equals(value)) {
            text = readStdin();
        } else if (value != null) {
            text = value;
        } else {
            return null;
        }
        String token = fromJson(text.strip(), jsonField);
        if (token == null) {
            token = PastedToken.clean(text);
        }
        if (token.isEmpty()) {
            throw UsageError.of(spec, ctx, "cli.usage.emptyToken", optionName);
        }
        return token;
    }

    /** The password from a value, {@code -} (one line of stdin) or a file (its first line); null if none given. */
    String password(String value, Path file) {
        String line;
        if (value != null && file != null) {
            throw UsageError.of(spec, ctx, "cli.usage.valueAndFile", "--password");
        } else if (file != null) {
            line = firstLine(readFile(file));
        } else if (STDIN.equals(value)) {
            line = readStdinLine();
        } else {
            line = value;
        }
        if (line != null && line.isEmpty()) {
            throw UsageError.of(spec, ctx, "cli.usage.emptyPassword");
        }
        return line;
    }

    private String fromJson(String text, String field) {
        if (!text.startsWith("{")) {
            return null;
        }
        try {
            JsonNode json = ctx.mapper().readTree(text);
            JsonNode value = json.path(field);
            if (!value.isTextual()) {
                value = json.path("data").path(field);
            }
            if (!value.isTextual()) {
                throw UsageError.of(spec, ctx, "cli.usage.jsonWithoutField", field);
            }
            return PastedToken.clean(value.asText());
        } catch (IOException e) {
            return null;
        }
    }

    private String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw UsageError.of(spec, ctx, "cli.usage.unreadableFile", file, reason(e));
        }
    }

    private String readStdin() {
        try {
            return new String(ctx.stdin().readAllBytes(), ctx.stdinCharset());
        } catch (IOException e) {
            throw UsageError.of(spec, ctx, "cli.usage.unreadableStdin", reason(e));
        }
    }

    private String readStdinLine() {
        try {
            // not closed: closing would close System.in, and nothing else reads it afterwards anyway
            BufferedReader reader = new BufferedReader(new InputStreamReader(ctx.stdin(), ctx.stdinCharset()));
            String line = reader.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw UsageError.of(spec, ctx, "cli.usage.unreadableStdin", reason(e));
        }
    }

    private static String firstLine(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end);
    }

    private String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return ctx.messages().text("cli.io.noSuchFile");
        }
        if (e instanceof AccessDeniedException) {
            return ctx.messages().text("cli.io.accessDenied");
        }
        if (e instanceof MalformedInputException) {
            return ctx.messages().text("cli.io.notUtf8");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static boolean isStdin(String value) {
        return STDIN.equals(value);
    }

    static ParameterException bothFromStdin(CommandSpec spec, CliContext ctx) {
        return UsageError.of(spec, ctx, "cli.usage.stdinTwice");
    }
}
