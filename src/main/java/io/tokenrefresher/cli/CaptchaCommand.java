package io.tokenrefresher.cli;

import io.tokenrefresher.core.AppVersion;
import io.tokenrefresher.core.captcha.Captcha;
import io.tokenrefresher.core.captcha.CaptchaOutcome;
import io.tokenrefresher.core.net.ConnectionSetupException;
import io.tokenrefresher.core.oauth.http.CaptchaClient;
import io.tokenrefresher.core.profile.GatewayProfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "captcha", mixinStandardHelpOptions = true, versionProvider = TokenRefresherCommand.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Fetch a captcha for a captcha login: prints its key (line 1) and the image file (line 2).",
        footer = {"", "A captcha works for one login attempt and lives about 30 minutes. Example:",
                "  token-refresher captcha --profile uat --save code.png",
                "  token-refresher login --profile uat -u tester --password - --captcha-key KEY --captcha-code 1234"})
final class CaptchaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GatewayOptions gatewayOptions;

    @Mixin
    FamilyOptions familyOptions;

    @Option(names = "--save", paramLabel = "FILE",
            description = "Where to save the image (default: a new file in the temporary folder).")
    Path save;

    private final CliContext ctx;

    CaptchaCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (gatewayOptions.profile != null && gatewayOptions.gateway != null) {
            throw UsageError.of(spec, ctx, "cli.usage.profileAndGateway");
        }
        GatewayProfile base = GatewayProfile.newProfile("");
        SelectedProfile selected = null;
        if (gatewayOptions.profile != null) {
            selected = SelectedProfile.find(gatewayOptions.profile, spec, ctx);
            base = selected.profile();
        }
        GatewayProfile profile = familyOptions.applyTo(
                gatewayOptions.applyTo(base, selected != null, spec, ctx), spec, ctx);
        HttpClient client;
        try {
            client = selected != null ? selected.httpClient()
                    : ctx.httpClients().forGateway(CliHttpClients.isHttps(profile.endpoint().gateway()));
        } catch (ConnectionSetupException e) {
            return new ErrorReport(ctx).failure(e.failure());
        }
        Duration timeout = gatewayOptions.withTimeout(profile.toRequest(Map.of(), "")).timeout();
        CaptchaOutcome outcome = new CaptchaClient(ctx.mapper(), "TokenRefresher/" + AppVersion.get() + " (cli)")
                .fetch(client, profile.endpoint().gateway(), profile.kind().captchaPath(),
                        profile.client().tenantId(), timeout);
        if (outcome instanceof CaptchaOutcome.Failed failed) {
            return new ErrorReport(ctx).failure(failed.failure());
        }
        if (outcome instanceof CaptchaOutcome.NoCaptcha none) {
            return new ErrorReport(ctx).error(ExitCodes.UNREADABLE_ANSWER, "cli.captcha.none",
                    profile.kind().captchaPath(), none.status(), none.excerpt());
        }
        Captcha captcha = ((CaptchaOutcome.Fetched) outcome).captcha();
        Path file;
        try {
            file = save != null ? Files.write(save, captcha.image())
                    : Files.write(Files.createTempFile("token-refresher-captcha-", "." + captcha.extension()),
                    captcha.image());
        } catch (IOException e) {
            return new ErrorReport(ctx).error(ExitCodes.USAGE, "cli.captcha.cannotSave",
                    String.valueOf(save), String.valueOf(e.getMessage()));
        }
        PrintWriter out = ctx.out();
        out.println(captcha.key());
        out.println(file.toAbsolutePath());
        out.flush();
        return ExitCodes.OK;
    }
}
