package io.tokenrefresher.core.profile;

/** Short ways for tests to make a profile that differs from the defaults in one setting. */
public final class TestProfiles {

    private TestProfiles() {
    }

    /** A new profile with the defaults and {@code gateway}. */
    public static GatewayProfile named(String name, String gateway) {
        return GatewayProfile.newProfile(name).withEndpoint(Endpoint.defaults().withGateway(gateway));
    }

    public static GatewayProfile withGateway(GatewayProfile profile, String gateway) {
        return profile.withEndpoint(profile.endpoint().withGateway(gateway));
    }

    public static GatewayProfile withNotes(GatewayProfile profile, String notes) {
        return profile.withPresentation(profile.presentation().withNotes(notes));
    }
}
