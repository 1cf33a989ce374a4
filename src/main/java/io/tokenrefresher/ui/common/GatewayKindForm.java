package io.tokenrefresher.ui.common;

import io.tokenrefresher.core.handoff.SaberVersion;
import io.tokenrefresher.core.oauth.GatewayPreset;
import io.tokenrefresher.core.oauth.HeaderFormat;
import io.tokenrefresher.core.profile.GatewayKind;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The family settings of a profile ({@link GatewayKind}) as editable values: part of {@link RequestForm},
 * apart so the form's own fields stay readable. The preset here is only a label of the profile; choosing
 * one fills the defaults through {@link RequestForm#applyPreset}.
 */
public final class GatewayKindForm {
    private final ObjectProperty<GatewayPreset> preset = new SimpleObjectProperty<>(GatewayPreset.CAMS);
    private final StringProperty captchaPath = new SimpleStringProperty("");
    private final BooleanProperty captchaLogin = new SimpleBooleanProperty();
    private final BooleanProperty sm2Password = new SimpleBooleanProperty();
    private final StringProperty sm2PublicKey = new SimpleStringProperty("");
    private final ObjectProperty<HeaderFormat> headerFormat = new SimpleObjectProperty<>(HeaderFormat.BEARER);
    private final StringProperty testUrl = new SimpleStringProperty("");
    private final ObjectProperty<SaberVersion> saberVersion = new SimpleObjectProperty<>(SaberVersion.ALL);

    void load(GatewayKind kind) {
        preset.set(kind.preset());
        captchaPath.set(kind.captchaPath());
        captchaLogin.set(kind.captchaLogin());
        sm2Password.set(kind.sm2Password());
        sm2PublicKey.set(kind.sm2PublicKey());
        headerFormat.set(kind.headerFormat());
        testUrl.set(kind.testUrl());
        saberVersion.set(kind.saberVersion());
    }

    GatewayKind toKind() {
        return new GatewayKind(preset.get(), captchaPath.get(), captchaLogin.get(), sm2Password.get(),
                sm2PublicKey.get(), headerFormat.get(), testUrl.get(), saberVersion.get());
    }

    List<Observable> fields() {
        return List.of(preset, captchaPath, captchaLogin, sm2Password, sm2PublicKey, headerFormat, testUrl,
                saberVersion);
    }

    public ObjectProperty<GatewayPreset> presetProperty() {
        return preset;
    }

    /** Below the gateway, e.g. {@code /blade-auth/oauth/captcha}. */
    public StringProperty captchaPathProperty() {
        return captchaPath;
    }

    /** The gateway wants the captcha grant instead of the password grant. */
    public BooleanProperty captchaLoginProperty() {
        return captchaLogin;
    }

    public BooleanProperty sm2PasswordProperty() {
        return sm2Password;
    }

    /** Hex, uncompressed ({@code 04...}). */
    public StringProperty sm2PublicKeyProperty() {
        return sm2PublicKey;
    }

    public ObjectProperty<HeaderFormat> headerFormatProperty() {
        return headerFormat;
    }

    /** Which Saber front end "Copy for browser console" logs in. */
    public ObjectProperty<SaberVersion> saberVersionProperty() {
        return saberVersion;
    }

    public StringProperty testUrlProperty() {
        return testUrl;
    }
}
