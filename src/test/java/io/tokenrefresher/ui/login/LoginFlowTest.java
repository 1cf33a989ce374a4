package io.tokenrefresher.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.GatewayPreset;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.http.CaptchaClient;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.session.LoginGuard;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.TestTokens;
import io.tokenrefresher.ui.common.LoginContext;
import io.tokenrefresher.ui.common.Tasks;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The log-in dialog's attempts without a window, against a BladeX gateway that locks after 5 failures:
 * warnings from the 3rd failure, the 5th try only with the box ticked, the lockout's own hint.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LoginFlowTest {
    private final FakeGateway gateway = FakeGateway.builder().tokenPath("/blade-auth/oauth/token").lockoutAfter(5)
            .start();
    private final HttpClient http = TokenEndpointClient.defaultHttpClient();
    private final TokenEndpointClient tokens = new TokenEndpointClient(() -> http, new ObjectMapper(),
            Clock.systemUTC(), "test");
    private final LoginGuard guard = new LoginGuard();
    private final GatewayProfile profile = profile();
    private final LoginViewModel fields = new LoginViewModel("all", false, TestTokens.USER_NAME);
    private final LoginFlow flow = new LoginFlow(fields, new LoginContext(
            () -> new CaptchaClient(new ObjectMapper(), "test").fetch(http, profile.endpoint().gateway(),
                    profile.kind().captchaPath(), "", Duration.ofSeconds(5)),
            guard, "profile-1", new SimpleBooleanProperty(), Tasks.sameThread(), Runnable::run),
            (login, onSuccess, onFailure) -> {
                try {
                    TokenOutcome outcome = tokens.send(profile.toRequest(login.parameters(), "",
                            login.requestHeaders()));
                    if (outcome instanceof TokenOutcome.Failure f) {
                        onFailure.accept(f.failure());
                    } else {
                        onSuccess.run();
                    }
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }, Messages.forLocale(Locale.ENGLISH));

    private GatewayProfile profile() {
        GatewayProfile p = GatewayProfile.newProfile("uat").withPreset(GatewayPreset.BLADEX);
        return p.withEndpoint(p.endpoint().withGateway(gateway.baseUrl()));
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    private void tryPassword(String password) {
        fields.passwordProperty().set(password);
        flow.submit();
    }

    @Test
    void warnsFromTheThirdFailureAndTheFifthTryNeedsTheBox() {
        tryPassword("wrong1");
        tryPassword("wrong2");
        assertThat(flow.messageProperty().get()).contains("Bad credentials").doesNotContain("Careful");

        tryPassword("wrong3");
        assertThat(flow.messageProperty().get()).contains("Careful: 2 more failed log-ins");
        tryPassword("wrong4");
        assertThat(flow.needsConfirmationProperty().get()).isTrue();
        assertThat(flow.canSubmitProperty().get()).isFalse();
        int sent = gateway.requests().size();

        tryPassword("wrong5");
        assertThat(gateway.requests()).as("not sent without the box").hasSize(sent);

        flow.confirmedProperty().set(true);
        tryPassword("wrong5");
        assertThat(gateway.requests()).hasSize(sent + 1);
        assertThat(guard.failures("profile-1", TestTokens.USER_NAME)).isEqualTo(5);

        flow.confirmedProperty().set(true);
        tryPassword("bullfrog_password");
        assertThat(flow.messageProperty().get()).contains("登录错误次数过多").contains("locked this account");
        assertThat(flow.loggedIn()).isNull();
    }

    @Test
    void anotherUserHasItsOwnCountAndASuccessClearsIt() {
        tryPassword("wrong1");
        tryPassword("wrong2");
        tryPassword("wrong3");
        fields.usernameProperty().set("someone_else");
        assertThat(flow.messageProperty().get()).doesNotContain("Careful");

        fields.usernameProperty().set(TestTokens.USER_NAME);
        tryPassword("bullfrog_password");

        assertThat(flow.loggedIn()).isNotNull();
        assertThat(guard.failures("profile-1", TestTokens.USER_NAME)).isZero();
    }

    @Test
    void aCaptchaPathWithoutACaptchaSaysWhatToCheck() {
        flow.captchaModeProperty().set(true);

        flow.fetchCaptcha();

        assertThat(flow.messageProperty().get()).contains("HTTP 404").contains("captcha path");
        assertThat(flow.captchaKeyProperty().get()).isEmpty();
    }
}
