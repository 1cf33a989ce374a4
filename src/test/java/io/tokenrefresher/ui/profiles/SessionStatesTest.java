package io.tokenrefresher.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.OAuthError;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.session.SessionState;
import io.tokenrefresher.core.session.SessionStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.MapChangeListener;
import org.junit.jupiter.api.Test;

/** The selector's words for each session state, in both languages; only changed entries are replaced. */
class SessionStatesTest {
    private final Map<String, SessionStatus> now = new HashMap<>();
    private final GatewayProfile uat = GatewayProfile.newProfile("UAT");
    private final GatewayProfile dev = GatewayProfile.newProfile("DEV");

    private SessionStates states(Locale locale) {
        return new SessionStates(id -> now.getOrDefault(id, SessionStatus.NONE), Messages.forLocale(locale));
    }

    @Test
    void aliveShowsTheTimeLeftAndFailedSaysSoInBothLanguages() {
        TokenOutcome.Failure refused = new TokenOutcome.Failure(null, new GatewayFailure.ServerRefused(400,
                new OAuthError("invalid_grant", "Invalid refresh token: x", null), null, "", true), null, false,
                Duration.ZERO);
        now.put(uat.id(), new SessionStatus(SessionState.ALIVE, Duration.ofSeconds(29 * 60 + 41), null, true));
        now.put(dev.id(), new SessionStatus(SessionState.FAILED, Duration.ofSeconds(-5), refused, true));
        SessionStates en = states(Locale.ENGLISH);
        SessionStates zh = states(Locale.SIMPLIFIED_CHINESE);
        en.refresh(List.of(uat, dev));
        zh.refresh(List.of(uat, dev));

        assertThat(en.shortText(en.of(uat.id()))).isEqualTo("29:41");
        assertThat(en.description(en.of(uat.id()))).isEqualTo("Alive 29:41 left. Kept alive by auto-refresh.");
        assertThat(en.shortText(en.of(dev.id()))).isEqualTo("Failed");
        assertThat(en.description(en.of(dev.id()))).startsWith("Failed Kept alive by auto-refresh. HTTP 400");
        assertThat(zh.shortText(zh.of(dev.id()))).isEqualTo("失败");
        assertThat(zh.description(zh.of(uat.id()))).isEqualTo("有效 剩余 29:41。 自动刷新保持中。");
        assertThat(SessionStates.styleClass(SessionState.EXPIRING)).isEqualTo("session-expiring");
    }

    @Test
    void aSecondReadReplacesOnlyWhatChangedAndDropsDeletedProfiles() {
        now.put(uat.id(), new SessionStatus(SessionState.ALIVE, Duration.ofMinutes(5), null, true));
        SessionStates en = states(Locale.ENGLISH);
        en.refresh(List.of(uat, dev));
        List<String> changed = new ArrayList<>();
        en.states().addListener((MapChangeListener<String, SessionStatus>) c -> changed.add(
                c.getKey()));

        en.refresh(List.of(uat, dev));
        assertThat(changed).isEmpty();
        now.put(uat.id(), new SessionStatus(SessionState.REFRESHING, Duration.ofMinutes(4), null, true));
        en.refresh(List.of(uat));

        assertThat(changed).contains(uat.id(), dev.id());
        assertThat(en.states()).containsOnlyKeys(uat.id());
        assertThat(en.shortText(en.of(uat.id()))).isEqualTo("04:00");
        assertThat(en.shortText(SessionStatus.NONE)).isEmpty();
    }
}
