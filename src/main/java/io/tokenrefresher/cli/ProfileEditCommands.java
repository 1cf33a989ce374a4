package io.tokenrefresher.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenrefresher.core.profile.GatewayKind;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.NameCheck;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.secret.SecretWrite;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code profiles add|set|remove|show}: profiles for a test rig or CI agent without a window. The client
 * secret comes from {@code --client-secret -} (stdin) or {@code --client-secret-file}, is stored in the
 * credential store like the window's, and is never printed.
 */
final class ProfileEditCommands {
    private ProfileEditCommands() {
    }

    /** JSON for people and for jq: pretty-printed, the compact form if that ever fails. */
    static void printPretty(CliContext ctx, JsonNode node) {
        try {
            ctx.out().println(ctx.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } catch (JsonProcessingException e) {
            ctx.out().println(node.toString());
        }
    }

    /** What add and set share: the gateway and family options, and where the secret comes from. */
    abstract static class Editing implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The profile's name.")
        String name;

        @Mixin
        GatewayOptions gatewayOptions;

        @Mixin
        FamilyOptions familyOptions;

        @Option(names = "--client-secret-file", paramLabel = "FILE",
                description = "Read the client secret from a file's first line (or give --client-secret -).")
        Path clientSecretFile;

        final CliContext ctx;

        Editing(CliContext ctx) {
            this.ctx = ctx;
        }

        /** The options on {@code base}; a usage error for --profile, which names no other profile here. */
        GatewayProfile edited(GatewayProfile base) {
            if (gatewayOptions.profile != null) {
                throw UsageError.of(spec, ctx, "cli.usage.profileOptionHere");
            }
            if (gatewayOptions.timeoutSeconds != null && gatewayOptions.timeoutSeconds >= 1) {
                base = base.withEndpoint(base.endpoint().withTimeoutSeconds(
                        (int) Math.round(gatewayOptions.timeoutSeconds)));
            }
            return familyOptions.applyTo(gatewayOptions.applyTo(base, true, spec, ctx), spec, ctx);
        }

        /** The secret from the options ({@code -} reads stdin); null when none was given. */
        String secret() {
            String secret = new SecretInput(spec, ctx).password(gatewayOptions.clientSecret, clientSecretFile);
            if (secret == null && gatewayOptions.preset != null && !gatewayOptions.preset.clientSecret().isEmpty()
                    && this instanceof AddCommand) {
                return gatewayOptions.preset.clientSecret();
            }
            return secret;
        }

        void storeSecret(ProfileService service, GatewayProfile profile, String secret) {
            if (secret == null) {
                return;
            }
            SecretWrite written = service.setClientSecret(profile.id(), secret);
            if (written instanceof SecretWrite.CouldNotWrite couldNot) {
                new ErrorReport(ctx).warning("profiles.secret.writeFailed",
                        ctx.messages().text("profiles.secret.clientSecret"), couldNot.detail());
            }
        }

        int saved(GatewayProfile profile) {
            ctx.out().println(ctx.messages().format("cli.profiles.saved", profile.name(),
                    String.valueOf(ctx.profiles().loadReport().file())));
            ctx.out().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = TokenRefresherCommand.Version.class,
            sortOptions = false, usageHelpAutoWidth = true,
            description = "Add a profile: the gateway, preset, client, tenant and header options as for refresh.",
            footer = {"", "Example:", "  printf '%s\\n' \"$SECRET\" | token-refresher profiles add uat "
                    + "-g http://10.1.2.3:8080 --preset bladex --client-secret -"})
    static final class AddCommand extends Editing {
        AddCommand(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            ProfileService service = ctx.profiles();
            NameCheck check = service.checkName(name, null);
            if (check != NameCheck.OK) {
                throw UsageError.of(spec, ctx, check == NameCheck.BLANK ? "cli.usage.blankName"
                        : "cli.usage.nameTaken", name.strip());
            }
            if (gatewayOptions.gateway == null) {
                throw UsageError.of(spec, ctx, "cli.usage.noGateway");
            }
            GatewayProfile draft = edited(GatewayProfile.newProfile(name));
            String secret = secret();
            GatewayProfile created = service.create(name);
            GatewayProfile profile = service.update(draft.withId(created.id()).withName(created.name()));
            storeSecret(service, profile, secret);
            return saved(profile);
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, versionProvider = TokenRefresherCommand.Version.class,
            sortOptions = false, usageHelpAutoWidth = true,
            description = "Change some settings of a profile; the others stay. --preset fills that preset's defaults.")
    static final class SetCommand extends Editing {
        SetCommand(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            SelectedProfile selected = SelectedProfile.find(name, spec, ctx);
            GatewayProfile profile = ctx.profiles().update(edited(selected.profile()));
            storeSecret(ctx.profiles(), profile, secret());
            return saved(profile);
        }
    }

    /** A command about one saved profile, named by its first parameter. */
    abstract static class Named implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        final CliContext ctx;

        Named(CliContext ctx) {
            this.ctx = ctx;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, versionProvider = TokenRefresherCommand.Version.class,
            description = "Remove a profile and its stored secrets.")
    static final class RemoveCommand extends Named {
        RemoveCommand(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            SelectedProfile selected = SelectedProfile.find(name, spec, ctx);
            for (SecretWrite.CouldNotWrite failure : ctx.profiles().delete(selected.profile().id())) {
                new ErrorReport(ctx).warning("profiles.secret.writeFailed",
                        ctx.messages().text("profiles.secret.clientSecret"), failure.detail());
            }
            ctx.out().println(ctx.messages().format("cli.profiles.removed", selected.profile().name()));
            ctx.out().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = TokenRefresherCommand.Version.class,
            description = "Show a profile's settings as JSON. No secret is shown.")
    static final class ShowCommand extends Named {
        ShowCommand(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            GatewayProfile p = SelectedProfile.find(name, spec, ctx).profile();
            GatewayKind k = p.kind();
            ObjectNode o = ctx.mapper().createObjectNode();
            o.put("name", p.name());
            o.put("preset", k.preset().id());
            o.put("gateway", p.endpoint().gateway());
            o.put("tokenPath", p.endpoint().tokenPath());
            o.put("scope", p.endpoint().scope());
            o.put("placement", p.endpoint().placement().name().toLowerCase(Locale.ROOT));
            o.put("clientId", p.client().clientId());
            o.put("tenantId", p.client().tenantId());
            o.putArray("headers").addAll(p.endpoint().extraHeaders().stream()
                    .map(h -> ctx.mapper().getNodeFactory().textNode(h.line())).toList());
            o.put("timeoutSeconds", p.endpoint().timeoutSeconds());
            o.put("passwordEncoding", k.sm2Password() ? "sm2" : p.client().md5Password() ? "md5" : "plain");
            o.put("sm2PublicKey", k.sm2PublicKey());
            o.put("captchaPath", k.captchaPath());
            o.put("captchaLogin", k.captchaLogin());
            o.put("headerFormat", k.headerFormat().id());
            o.put("testUrl", k.testUrl());
            o.put("saberVersion", k.saberVersion().id());
            o.put("rememberRefreshToken", p.rememberRefreshToken());
            printPretty(ctx, o);
            ctx.out().flush();
            return ExitCodes.OK;
        }
    }
}
