package io.tokenrefresher.ui.common;

import io.tokenrefresher.core.captcha.CaptchaOutcome;
import io.tokenrefresher.core.session.LoginGuard;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;

/**
 * What the log-in dialog is given by the window for one profile: how to fetch a captcha (blocking, run
 * on a worker), the run's failed-log-in guard and the profile's id it counts under, and the profile's
 * captcha-mode setting (set when the gateway turns out to want a captcha; the profile is saved with it),
 * and where the fetch runs.
 */
public record LoginContext(Callable<CaptchaOutcome> captcha, LoginGuard guard, String profileId,
                           BooleanProperty captchaMode, Tasks tasks, Executor network) {
}
