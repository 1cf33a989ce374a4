package io.tokenrefresher.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.oauth.TokenRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers one way (see ARCHITECTURE.md): {@code core} is plain Java that runs without a
 * display, and the command line runs without JavaFX.
 *
 * <p>Plain JUnit instead of ArchUnit: every reference a class makes to another class (imports, field
 * and method types, calls) is stored in its constant pool as text like {@code javafx/scene/Node}, so
 * searching the compiled bytes for that text finds them all with no extra dependency. A string
 * constant spelling such a name would also match; in these packages that would be a smell as well.
 */
class ArchitectureTest {
    private static final List<String> NOT_IN_CORE = List.of(
            "javafx/", "io/tokenrefresher/ui/", "io/tokenrefresher/cli/", "io/tokenrefresher/app/",
            "java/awt/", "javax/swing/", "picocli/");
    private static final List<String> NOT_IN_CLI = List.of("javafx/", "io/tokenrefresher/ui/");

    @Test
    void coreDependsOnNoGuiNoCommandLineAndNoLauncher() {
        List<Path> core = classFiles("io/tokenrefresher/core");

        assertThat(core).as("compiled core classes found").hasSizeGreaterThan(20);
        assertThat(offences(core, NOT_IN_CORE)).isEmpty();
    }

    @Test
    void commandLineRunsWithoutJavaFx() {
        List<Path> cli = classFiles("io/tokenrefresher/cli");

        assertThat(cli).as("compiled cli classes found").isNotEmpty();
        assertThat(offences(cli, NOT_IN_CLI)).isEmpty();
    }

    @Test
    void theScanSeesReferencesWhereTheyExist() {
        // the check above cannot pass by reading nothing: the UI's classes do reference JavaFX
        List<Path> ui = classFiles("io/tokenrefresher/ui");

        assertThat(offences(ui, List.of("javafx/"))).isNotEmpty();
    }

    private static List<String> offences(List<Path> classes, List<String> forbidden) {
        List<String> found = new ArrayList<>();
        for (Path file : classes) {
            String text = readLatin1(file);
            for (String name : forbidden) {
                if (text.contains(name)) {
                    found.add(root().relativize(file) + " refers to " + name);
                }
            }
        }
        return found;
    }

    private static List<Path> classFiles(String packageDirectory) {
        Path dir = root().resolve(packageDirectory);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** target/classes (or the jar's directory equivalent), found through a core class. */
    private static Path root() {
        try {
            return Path.of(TokenRequest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readLatin1(Path file) {
        try {
            // ISO-8859-1 maps every byte to one char, so ASCII names are found wherever they sit
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
