package io.tokenrefresher.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.profile.GatewayProfile;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "profiles", mixinStandardHelpOptions = true, versionProvider = TokenRefresherCommand.Version.class,
        description = "Saved gateway profiles (the window's; the folder can be moved with TOKEN_REFRESHER_HOME).",
        subcommands = {ProfilesCommand.ListCommand.class, ProfileEditCommands.AddCommand.class,
                ProfileEditCommands.SetCommand.class, ProfileEditCommands.RemoveCommand.class,
                ProfileEditCommands.ShowCommand.class})
final class ProfilesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: list, add, set, remove or show");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = TokenRefresherCommand.Version.class,
            description = "List the saved profiles: name, gateway, client id, tenant, whether the refresh token "
                    + "is remembered. No secret is shown.")
    static final class ListCommand implements Callable<Integer> {
        enum Format { TABLE, JSON }

        @Spec
        CommandSpec spec;

        @Option(names = {"-o", "--output"}, paramLabel = "table|json", defaultValue = "table",
                description = "table (default) or json.")
        Format output;

        private final CliContext ctx;

        ListCommand(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            List<GatewayProfile> profiles = ctx.profiles().profiles();
            if (output == Format.JSON) {
                printJson(profiles);
            } else {
                printTable(profiles);
            }
            ctx.out().flush();
            return ExitCodes.OK;
        }

        private void printTable(List<GatewayProfile> profiles) {
            Messages m = ctx.messages();
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {m.text("cli.profiles.name"), m.text("cli.profiles.gateway"),
                    m.text("cli.profiles.clientId"), m.text("cli.profiles.tenant"), m.text("cli.profiles.remember")});
            for (GatewayProfile p : profiles) {
                rows.add(new String[] {p.name(), orDash(p.endpoint().gateway()),
                        orDash(p.client().clientId()), orDash(p.client().tenantId()),
                        m.text(p.rememberRefreshToken() ? "cli.profiles.yes" : "cli.profiles.no")});
            }
            int[] widths = new int[rows.get(0).length];
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    widths[i] = Math.max(widths[i], TextWidth.of(row[i]));
                }
            }
            PrintWriter out = ctx.out();
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < row.length; i++) {
                    line.append(i == row.length - 1 ? row[i] : TextWidth.padRight(row[i], widths[i]) + "  ");
                }
                out.println(line.toString().stripTrailing());
            }
            out.println();
            out.println(m.format("cli.profiles.file", String.valueOf(ctx.profiles().loadReport().file())));
        }

        private static String orDash(String value) {
            return value.isBlank() ? "—" : value;
        }

        private void printJson(List<GatewayProfile> profiles) {
            ArrayNode array = ctx.mapper().createArrayNode();
            for (GatewayProfile p : profiles) {
                ObjectNode o = array.addObject();
                o.put("name", p.name());
                o.put("gateway", p.endpoint().gateway());
                o.put("tokenPath", p.endpoint().tokenPath());
                o.put("scope", p.endpoint().scope());
                o.put("placement", p.endpoint().placement().name().toLowerCase(Locale.ROOT));
                o.put("clientId", p.client().clientId());
                o.put("tenantId", p.client().tenantId());
                o.put("rememberRefreshToken", p.rememberRefreshToken());
                o.put("md5Password", p.client().md5Password());
            }
            ProfileEditCommands.printPretty(ctx, array);
        }
    }

}
