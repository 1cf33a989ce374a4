package io.tokenrefresher.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.profile.AutoRefresh;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.TestRequests;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Auto against a stock Spring gateway (JSON bodies ignored): two requests once, then one per refresh. */
class LearnedPlacementTest {

    @Test
    void afterOneFallbackAutoGoesStraightToAFormUntilTheEndpointChanges() throws Exception {
        try (KeepAliveRig rig = new KeepAliveRig(FakeGateway.Builder::ignoreJsonBodies)) {
            GatewayProfile uat = rig.profile("uat", new AutoRefresh(true, 0));
            rig.logIn(uat); // Auto: JSON ignored, then the form
            assertThat(rig.gateway.requests()).hasSize(2);
            ProfileSession session = rig.sessions.session("uat");
            assertThat(session.autoLearnedForm(rig.gateway.baseUrl(), FakeGateway.TOKEN_PATH)).isTrue();
            rig.refresher.keepAlive(uat);
            rig.gateway.clearRequests();

            rig.time.advance(Duration.ofMinutes(59));

            assertThat(rig.gateway.requests()).hasSize(1);
            assertThat(rig.gateway.lastRequest().contentType()).startsWith("application/x-www-form-urlencoded");
            SessionAnswer auto = rig.answers.get(rig.answers.size() - 1);
            assertThat(auto.requested()).isEqualTo(ParameterPlacement.AUTO);
            assertThat(((TokenOutcome.Success) auto.result().outcome()).placementUsed())
                    .isEqualTo(ParameterPlacement.FORM);

            // another token path (same server): Auto starts from JSON again and forgets the form
            rig.gateway.clearRequests();
            session.send(TestRequests.refresh(rig.gateway.baseUrl(), "/other/oauth/token", "x", "all",
                    ParameterPlacement.AUTO), TlsTrust.SYSTEM, ProxySetting.NONE);
            assertThat(rig.gateway.requests().get(0).contentType()).startsWith("application/json");
            assertThat(session.autoLearnedForm(rig.gateway.baseUrl(), FakeGateway.TOKEN_PATH)).isFalse();
        }
    }
}
