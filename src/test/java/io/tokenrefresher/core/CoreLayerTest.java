package io.tokenrefresher.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The architecture rule: core is pure Java, testable without a display, and knows nothing of the layers above it. */
class CoreLayerTest {

    private static final Pattern FORBIDDEN =
            Pattern.compile("^\\s*import\\s+(static\\s+)?(javafx\\.|io\\.tokenrefresher\\.(ui|app|cli)\\.)", Pattern.MULTILINE);

    @Test
    void noCoreSourceImportsJavaFxOrAnUpperLayer() throws IOException {
        Path core = Path.of("src", "main", "java", "io", "tokenrefresher", "core");
        assertThat(core).isDirectory();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(core)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(20);
        for (Path source : sources) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            assertThat(FORBIDDEN.matcher(text).find()).as("%s imports javafx or ui/app/cli", source).isFalse();
        }
    }
}
