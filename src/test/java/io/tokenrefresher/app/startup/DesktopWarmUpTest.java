package io.tokenrefresher.app.startup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.core.jwt.TokenInspection;
import org.junit.jupiter.api.Test;

class DesktopWarmUpTest {
    /** A token the decoder rejected early would leave the JSON and JWT classes the warm-up is for unloaded. */
    @Test
    void itsMadeUpTokenDecodesAsAJwt() {
        TokenInspection inspection = new JwtInspector(new ObjectMapper()).inspect(DesktopWarmUp.WARM_UP_TOKEN);

        assertThat(inspection).isInstanceOf(TokenInspection.Jwt.class);
    }
}
