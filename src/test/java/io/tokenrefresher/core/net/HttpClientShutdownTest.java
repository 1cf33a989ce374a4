package io.tokenrefresher.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.testing.FakeGateway;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The JDK client's selector thread (in native code, which makes a JDK 17 VM wait 300 ms at exit) is
 * really gone after {@link HttpClientShutdown#stopForExit}. In a fresh JVM: in this one it would stop
 * every other test's clients as well.
 */
class HttpClientShutdownTest {

    @Test
    void theSelectorThreadEndsAfterAnExchange() throws IOException, InterruptedException {
        try (FakeGateway gateway = FakeGateway.start()) {
            Process process = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", testClassPath(), SelectorThreadsProbe.class.getName(), gateway.baseUrl() + "/"))
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(process.exitValue()).as(output).isZero();
            // before=1: the thread existed, so after=0 is the stop's doing
            assertThat(output).as(output).contains("before=1 after=0");
        }
    }

    private static String testClassPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }
}
