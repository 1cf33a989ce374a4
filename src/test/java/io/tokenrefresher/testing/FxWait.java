package io.tokenrefresher.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for a condition that background work makes true, then for the FX queue to drain. */
public final class FxWait {
    private FxWait() {
    }

    public static void until(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
