package io.tokenrefresher.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.testing.ChildJvm;
import io.tokenrefresher.testing.FakeGateway;
import java.io.IOException;
import java.util.List;
import java.util.Map;
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
            ChildJvm.Result run = ChildJvm.run(List.of(), Map.of(), SelectorThreadsProbe.class.getName(),
                    gateway.baseUrl() + "/");

            assertThat(run.exitCode()).as(run.output()).isZero();
            // before=1: the thread existed, so after=0 is the stop's doing
            assertThat(run.output()).as(run.output()).contains("before=1 after=0");
        }
    }
}
