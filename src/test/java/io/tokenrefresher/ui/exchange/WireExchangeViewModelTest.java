package io.tokenrefresher.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.exchange.RequestCommands;
import io.tokenrefresher.core.oauth.exchange.WireAttempt;
import io.tokenrefresher.core.oauth.exchange.WireExchange;
import io.tokenrefresher.core.oauth.exchange.WireReply;
import io.tokenrefresher.core.oauth.exchange.WireRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The exchange view's state without a toolkit: masked text, reveal, copy-as, and the skew note in both languages. */
class WireExchangeViewModelTest {
    private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJhdGkiOiJ4In0.c2lnbmF0dXJlc2lnbmF0dXJl";
    private static final Instant SENT = Instant.parse("2026-11-25T02:05:03Z");

    private static WireExchange exchangeWithGatewayAhead(Duration ahead) {
        WireRequest request = new WireRequest("POST", URI.create("http://gw:8080/cams-auth/oauth/token"),
                ParameterPlacement.FORM, List.of(new HeaderLine("Content-Type", "application/x-www-form-urlencoded")),
                "grant_type=refresh_token&refresh_token=" + TOKEN, null,
                List.of(new WireRequest.SecretSpot("REFRESH_TOKEN", TOKEN)));
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(SENT.plus(ahead).atOffset(ZoneOffset.UTC));
        WireReply reply = new WireReply(401, List.of(new HeaderLine("Date", date)),
                "{\"error\":\"invalid_token\",\"error_description\":\"Invalid refresh token: " + TOKEN + "\"}", false);
        return new WireExchange(List.of(new WireAttempt(request, reply, Duration.ZERO, Duration.ofMillis(20), SENT,
                false)));
    }

    @Test
    void maskedUntilRevealedAndTheCommandUsesVariables() {
        WireExchangeViewModel vm = new WireExchangeViewModel(Messages.forLocale(Locale.ENGLISH));
        assertThat(vm.textProperty().get()).startsWith("The request and the answer of the next refresh");
        assertThat(vm.hasRequestProperty().get()).isFalse();

        vm.show(exchangeWithGatewayAhead(Duration.ZERO));

        assertThat(vm.textProperty().get()).doesNotContain(TOKEN).contains(TOKEN.substring(0, 12) + "…");
        vm.revealProperty().set(true);
        assertThat(vm.textProperty().get()).contains(TOKEN);
        assertThat(vm.command(RequestCommands.Shell.CURL_BASH)).contains("\"$REFRESH_TOKEN\"").doesNotContain(TOKEN);
        vm.withSecretsProperty().set(true);
        assertThat(vm.command(RequestCommands.Shell.CURL_BASH)).contains(TOKEN);
        assertThat(vm.skewNoteProperty().get()).isEmpty();
    }

    @Test
    void aGatewayClockOffByMinutesIsSaidInBothLanguages() {
        WireExchangeViewModel english = new WireExchangeViewModel(Messages.forLocale(Locale.ENGLISH));
        WireExchangeViewModel chinese = new WireExchangeViewModel(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));

        english.show(exchangeWithGatewayAhead(Duration.ofMinutes(3)));
        chinese.show(exchangeWithGatewayAhead(Duration.ofMinutes(-3)));

        assertThat(english.skewNoteProperty().get()).isEqualTo(
                "The gateway's clock is 3 min ahead of this computer's. The countdown uses the gateway's time.");
        assertThat(english.skewProperty().get().offset()).isEqualTo(Duration.ofMinutes(3));
        assertThat(chinese.skewNoteProperty().get()).isEqualTo("网关时钟比本机慢 3 分钟。倒计时按网关时间计算。");
    }
}
