package io.tokenrefresher.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.jwt.ClaimGlossary;
import io.tokenrefresher.core.jwt.TokenInspection;
import io.tokenrefresher.testing.SessionFixture;
import io.tokenrefresher.testing.TestTokens;
import io.tokenrefresher.ui.common.ClaimFormatter;
import io.tokenrefresher.ui.common.ClaimRowView;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * What each claim of the seed's tokens means, in both languages, for the claim pointed at or selected;
 * unknown claims say so, and the millisecond date of {@code password_last_update_date} reads as a date.
 */
class ClaimExplanationTest {
    private static ClaimsViewModel claims(Locale locale) {
        ResourceBundle bundle = Messages.bundle(locale);
        return new ClaimsViewModel(Clock.systemUTC(), new Messages(bundle), new ClaimFormatter(bundle));
    }

    private static List<ClaimRowView> seedRows(ClaimsViewModel claims) {
        TokenInspection refresh = SessionFixture.inspector().inspect(new TestTokens().pair().refreshToken());
        claims.showPasted(refresh);
        return claims.rows();
    }

    @Test
    void everyClaimOfTheSeedsTokenIsExplainedInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            ClaimsViewModel claims = claims(locale);
            for (ClaimRowView row : seedRows(claims)) {
                assertThat(ClaimGlossary.knows(row.name())).as(row.name()).isTrue();
                String text = claims.explain(row.name());
                assertThat(text).as("%s in %s", row.name(), locale).startsWith(row.name()).doesNotContain("claim.explain");
            }
        }
    }

    @Test
    void selectionAndPointerChooseTheClaimExplained() {
        ClaimsViewModel claims = claims(Locale.ENGLISH);
        List<ClaimRowView> rows = seedRows(claims);
        ClaimRowView ati = rows.stream().filter(r -> r.name().equals("ati")).findFirst().orElseThrow();
        ClaimRowView tenant = rows.stream().filter(r -> r.name().equals("user_name")).findFirst().orElseThrow();

        claims.select(ati);
        assertThat(claims.explanationProperty().get()).startsWith("ati (Spring Security OAuth2): only in refresh tokens");
        claims.point(tenant);
        assertThat(claims.explanationProperty().get()).startsWith("user_name (Spring Security OAuth2)");
        claims.point(null);
        assertThat(claims.explanationProperty().get()).startsWith("ati ");
        claims.select(null);
        assertThat(claims.explanationProperty().get()).isEmpty();
    }

    @Test
    void unknownClaimsSaySoAndMillisecondDatesReadAsDates() {
        ClaimsViewModel english = claims(Locale.ENGLISH);
        ClaimsViewModel chinese = claims(Locale.SIMPLIFIED_CHINESE);

        assertThat(english.explain("x_custom")).isEqualTo(
                "x_custom: not a claim this app knows; the gateway or an add-on of it put it there.");
        assertThat(chinese.explain("x_custom")).startsWith("x_custom：本应用不认识的声明");
        ClaimRowView date = seedRows(english).stream().filter(r -> r.name().equals("password_last_update_date"))
                .findFirst().orElseThrow();
        // 1635731763000 ms is 2021-11-01, not the year 53000
        assertThat(date.value()).contains("2021-11-01").doesNotContain("53");
        assertThat(english.explain("password_last_update_date")).contains("milliseconds");
    }
}
