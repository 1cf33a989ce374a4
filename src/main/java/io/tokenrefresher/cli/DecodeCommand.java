package io.tokenrefresher.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenrefresher.core.expiry.RelativeTime;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.jwt.ClaimRow;
import io.tokenrefresher.core.jwt.DecodedToken;
import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.core.jwt.TokenInspection;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import io.tokenrefresher.core.jwt.SignatureCheck;
import io.tokenrefresher.core.jwt.VerificationKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "decode", mixinStandardHelpOptions = true, versionProvider = TokenRefresherCommand.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Show a JWT's header and claims, and check its signature when a key is given.",
        footer = {"", "Times are shown in the local time zone and relative to now. A text that is not a JWT is "
                + "explained on stderr and exits with 2.", "",
                "Exit codes: 0 verified, or not verified when no key was given; 6 invalid signature (or the key's "
                        + "algorithm differs from the token's); 2 a key that cannot be read or fetched.", "",
                "Examples:",
                "  token-refresher decode eyJhbGciOiJIUzI1NiIs...",
                "  token-refresher decode \"$AT\" --secret bladexisapowerful... ",
                "  token-refresher decode \"$AT\" --jwks https://sso.example/.well-known/jwks.json",
                "  token-refresher refresh -g gw:8080 -t - -o json < rt.txt | token-refresher decode -"})
final class DecodeCommand implements Callable<Integer> {
    /** Built when used: java.time's formatting machinery is a noticeable part of a cold start. */
    private static DateTimeFormatter localTime() {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");
    }

    enum Format { TABLE, JSON }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TOKEN|-",
            description = "The token, or - (the default) to read it from stdin; 'Bearer ...' and a JSON answer "
                    + "(its access_token) are accepted too.")
    String token;

    @Option(names = {"-o", "--output"}, paramLabel = "table|json", defaultValue = "table",
            description = "table (default) or json: {\"header\":{...},\"payload\":{...}}.")
    Format output;

    @Mixin
    SignatureOptions signature = new SignatureOptions();

    private final CliContext ctx;

    DecodeCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (token == null && ctx.passwordPrompt() != null) {
            // a terminal, not a pipe: waiting for stdin here would look like a hang
            throw UsageError.of(spec, ctx, "cli.usage.decodeNoToken");
        }
        String text = new SecretInput(spec, ctx)
                .token(token == null ? SecretInput.STDIN : token, null, "TOKEN", "access_token");
        Messages messages = ctx.messages();
        TokenInspection inspection = new JwtInspector(ctx.mapper()).inspect(text);
        if (inspection instanceof TokenInspection.NotJwt notJwt) {
            ctx.err().println(messages.format("cli.error",
                    messages.format("jwt.notJwt." + notJwt.reason(), notJwt.parts())));
            ctx.err().flush();
            return ExitCodes.USAGE;
        }
        DecodedToken decoded = ((TokenInspection.Jwt) inspection).token();
        VerificationKey key = signature.key(spec, ctx);
        SignatureCheck check = SignatureOptions.check(text, key, ctx);
        int code;
        if (output == Format.JSON) {
            printJson(decoded);
            // stdout stays the JSON document; the verdict goes where notes go
            code = SignatureOptions.report(check, messages, ctx.err());
            ctx.err().flush();
        } else {
            printTable(decoded, messages);
            code = SignatureOptions.report(check, messages, ctx.out());
        }
        ctx.out().flush();
        return code;
    }

    private void printJson(DecodedToken decoded) {
        ObjectMapper mapper = ctx.mapper();
        ObjectNode root = mapper.createObjectNode();
        root.set("header", toObject(decoded.header(), mapper));
        root.set("payload", toObject(decoded.payload(), mapper));
        try {
            ctx.out().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (JsonProcessingException e) {
            ctx.out().println(root.toString());
        }
    }

    private static ObjectNode toObject(List<ClaimRow> rows, ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        for (ClaimRow row : rows) {
            try {
                node.set(row.name(), mapper.readTree(row.raw()));
            } catch (JsonProcessingException e) {
                node.put(row.name(), row.value());
            }
        }
        return node;
    }

    private void printTable(DecodedToken decoded, Messages messages) {
        PrintWriter out = ctx.out();
        Instant now = ctx.clock().instant();
        DateTimeFormatter localTime = localTime();
        RelativeTime relative = ctx.relativeTime();
        int width = 0;
        for (ClaimRow row : decoded.header()) {
            width = Math.max(width, TextWidth.of(row.name()));
        }
        for (ClaimRow row : decoded.payload()) {
            width = Math.max(width, TextWidth.of(row.name()));
        }
        out.println(messages.text("cli.decode.header"));
        for (ClaimRow row : decoded.header()) {
            out.println("  " + TextWidth.padRight(row.name(), width) + "  " + value(row, now, relative, localTime));
        }
        out.println(messages.text("cli.decode.payload"));
        for (ClaimRow row : decoded.payload()) {
            out.println("  " + TextWidth.padRight(row.name(), width) + "  " + value(row, now, relative, localTime));
        }
        out.println(messages.text(decoded.isRefreshToken() ? "cli.decode.isRefresh" : "cli.decode.isNotRefresh"));
    }

    private String value(ClaimRow row, Instant now, RelativeTime relative, DateTimeFormatter localTime) {
        if (row.kind() == ClaimRow.Kind.TIME && row.instant() != null) {
            return localTime.format(row.instant().atZone(ctx.zone())) + " (" + relative.between(now, row.instant()) + ")";
        }
        // one row per claim: a line break inside a value would break the table
        return row.value().replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
