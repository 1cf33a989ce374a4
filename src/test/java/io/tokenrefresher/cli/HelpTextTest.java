package io.tokenrefresher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command's help renders in both languages without picocli complaining. Picocli formats help
 * texts with {@code String.format}, so an example such as {@code printf '%s\n'} must be written
 * {@code %%s}; a stray {@code %} prints {@code [picocli WARN] Could not format ...} on the process's own
 * stderr, which is why {@code System.err} is captured here as well as the command's streams.
 */
@Isolated("replaces System.err while it runs")
class HelpTextTest {
    static Stream<Arguments> everyCommandsHelpInBothLanguages() {
        List<String[]> commands = List.of(new String[] {"--help"}, new String[] {"refresh", "--help"},
                new String[] {"login", "--help"}, new String[] {"decode", "--help"},
                new String[] {"profiles", "--help"}, new String[] {"profiles", "list", "--help"},
                new String[] {"help", "login"});
        return Stream.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)
                .flatMap(locale -> commands.stream().map(args -> Arguments.of(locale, String.join(" ", args))));
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("everyCommandsHelpInBothLanguages")
    void rendersWithoutWarnings(Locale locale, String commandLine) {
        ByteArrayOutputStream processErr = new ByteArrayOutputStream();
        PrintStream original = System.err;
        CliRunner.Result r;
        System.setErr(new PrintStream(processErr, true, StandardCharsets.UTF_8));
        try {
            r = new CliRunner().locale(locale).run(commandLine.split(" "));
        } finally {
            System.setErr(original);
        }

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: token-refresher");
        assertThat(r.outAndErr() + processErr).doesNotContain("[picocli WARN]").doesNotContain("Could not format");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void loginsExampleShowsItsPrintfFormatAsTyped(Locale locale) {
        CliRunner.Result r = new CliRunner().locale(locale).run("login", "--help");

        assertThat(r.out()).contains("printf '%s\\n' \"$PASS\" | token-refresher login");
    }

    static Stream<Locale> locales() {
        return Stream.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    }
}
