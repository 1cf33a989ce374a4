package io.tokenrefresher.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.secret.SecretProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every message key the profile and secret types hand to the window exists in English and Chinese. */
class ProfileMessagesTest {

    static List<String> keysFromCoreTypes() {
        List<String> keys = new ArrayList<>();
        for (LoadReport.Outcome outcome : LoadReport.Outcome.values()) {
            keys.add(LoadReport.of(outcome, Path.of("profiles.json")).key());
        }
        for (LoadReport.Problem problem : LoadReport.Problem.values()) {
            keys.add(problem.key());
        }
        for (ImportException.Reason reason : ImportException.Reason.values()) {
            keys.add(new ImportException(reason, "").key());
        }
        for (NameCheck check : NameCheck.values()) {
            if (check != NameCheck.OK) {
                keys.add(check.key());
            }
        }
        for (EnvironmentColour colour : EnvironmentColour.values()) {
            keys.add(colour.key());
        }
        for (SecretProblem problem : SecretProblem.values()) {
            keys.add("secret.problem." + problem.key());
        }
        return keys;
    }

    @Test
    void everyKeyIsInBothBundles() throws IOException {
        // Each file on its own: a ResourceBundle would find a missing Chinese key in the English parent.
        for (String file : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            Properties messages = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/io/tokenrefresher/i18n/" + file)) {
                assertThat(in).as(file).isNotNull();
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(keysFromCoreTypes()).as("keys in %s", file)
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }
}
