package io.tokenrefresher.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.FakeCredentialStore;
import io.tokenrefresher.testing.TestTokens;
import io.tokenrefresher.ui.claims.SignatureViewModel.KeyType;
import io.tokenrefresher.ui.common.Tasks;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which key the badge uses as profiles are shown, with keys remembered for some of them. */
class SignatureKeyMemoryTest {
    private static final String SECRET = "a-per-profile-hmac-secret-for-this-gateway";
    private static final String VERIFIED = "Verified (HS256)";
    private static final String INVALID = "Invalid signature (HS256)";

    @TempDir
    Path home;

    private final FakeCredentialStore credentials = new FakeCredentialStore();
    private final SignatureViewModel signature = new SignatureViewModel(Tasks.sameThread(), Runnable::run,
            Clock.systemUTC(), new Messages(Messages.bundle(Locale.ENGLISH)));
    private ProfileService service;
    private String a;
    private String b;

    @BeforeEach
    void twoProfilesAndAToken() {
        service = new ProfileService(new ProfileStore(home), credentials);
        service.load();
        a = service.initialSelection().orElseThrow().id();
        b = service.create("B").id();
        signature.rememberKeysIn(() -> service, Runnable::run);
        signature.showToken(new TestTokens(SECRET, Clock.systemUTC()).pair().accessToken());
    }

    @Test
    void aRememberedKeyComesBackWithItsProfileAndLeavesWithIt() {
        signature.showProfile(a);
        assertThat(signature.canRemember()).isTrue();
        signature.useKey(KeyType.HMAC, SECRET, false, null, true);
        assertThat(signature.badgeProperty().get()).isEqualTo(VERIFIED);
        assertThat(signature.isRemembered()).isTrue();

        signature.showProfile(b);
        assertThat(signature.badgeProperty().get()).as("B has no key").isEmpty();
        assertThat(signature.enteredKey()).isNull();

        signature.showProfile(a);
        assertThat(signature.badgeProperty().get()).isEqualTo(VERIFIED);
        assertThat(signature.enteredKey().text()).isEqualTo(SECRET);
    }

    @Test
    void aKeyOnlyTypedStaysAcrossProfilesAndUntickingForgetsTheRememberedOne() {
        signature.showProfile(a);
        signature.useKey(KeyType.HMAC, SECRET, false, null, true);
        signature.useKey(KeyType.HMAC, "another-secret-typed-without-remember", false, null, false);
        assertThat(credentials.entries()).doesNotContainKey(a + "/verification-key");
        assertThat(signature.badgeProperty().get()).isEqualTo(INVALID);

        signature.showProfile(b);
        assertThat(signature.badgeProperty().get()).as("a typed key stays").isEqualTo(INVALID);
        signature.showProfile(a);
        assertThat(signature.badgeProperty().get()).isEqualTo(INVALID);
        assertThat(signature.isRemembered()).isFalse();
    }

    @Test
    void aKeyThatCannotBeReadIsNeitherUsedNorSavedAndNoneForgets() {
        signature.showProfile(b);
        signature.useKey(KeyType.HMAC, "", false, null, true);
        assertThat(signature.keyProblemProperty().get()).isNotEmpty();
        assertThat(credentials.entries()).isEmpty();

        signature.useKey(KeyType.HMAC, SECRET, false, "HS256", true);
        assertThat(credentials.entries()).containsOnlyKeys(b + "/verification-key");
        signature.useKey(KeyType.NONE, "", false, null, true);
        assertThat(credentials.entries()).isEmpty();
        assertThat(signature.badgeProperty().get()).isEmpty();
    }

    @Test
    void aSavedKeyTheStoreCannotGiveBackIsSaid() {
        signature.showProfile(a);
        signature.useKey(KeyType.HMAC, SECRET, false, null, true);
        credentials.mode(FakeCredentialStore.Mode.FAILING);

        signature.showProfile(b);
        signature.showProfile(a);

        assertThat(signature.keyProblemProperty().get())
                .isEqualTo("The key saved for this profile could not be read from the credential store.");
        assertThat(signature.badgeProperty().get()).isEmpty();
    }

    @Test
    void withoutAProfileShownNothingIsRemembered() {
        signature.useKey(KeyType.HMAC, SECRET, false, null, true);
        assertThat(signature.canRemember()).isFalse();
        assertThat(signature.badgeProperty().get()).isEqualTo(VERIFIED);
        assertThat(credentials.entries()).isEmpty();
        assertThat(service.profiles()).extracting(GatewayProfile::id).containsExactly(a, b);
    }
}
