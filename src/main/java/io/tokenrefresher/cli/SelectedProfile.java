package io.tokenrefresher.cli;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.net.ConnectionSetupException;
import io.tokenrefresher.core.net.HttpClients;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.profile.Connection;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.core.secret.SecretRead;
import io.tokenrefresher.core.secret.SecretWrite;
import io.tokenrefresher.core.session.cache.CachedTokens;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The profile named by {@code --profile}: its settings for the request, its secrets (read from the
 * credential store only when the command needs them, since a keyring can take seconds), its HTTP
 * client for TLS trust and proxy, and the place its refresh token is remembered.
 */
final class SelectedProfile {
    private final ProfileService service;
    private final GatewayProfile profile;
    private final CliContext ctx;
    private final CommandSpec spec;

    private SelectedProfile(ProfileService service, GatewayProfile profile, CliContext ctx, CommandSpec spec) {
        this.service = service;
        this.profile = profile;
        this.ctx = ctx;
        this.spec = spec;
    }

    /**
     * The profile called {@code name} (see {@link ProfileService#findByName}); a usage error listing the
     * names if none is.
     */
    static SelectedProfile find(String name, CommandSpec spec, CliContext ctx) {
        ProfileService service = ctx.profiles();
        Optional<GatewayProfile> found = service.findByName(name);
        if (found.isEmpty()) {
            List<GatewayProfile> all = service.profiles();
            if (all.isEmpty()) {
                throw UsageError.of(spec, ctx, "cli.usage.noProfiles", name);
            }
            throw UsageError.of(spec, ctx, "cli.usage.unknownProfile", name,
                    String.join(", ", all.stream().map(p -> "\"" + p.name() + "\"").toList()));
        }
        return new SelectedProfile(service, found.get(), ctx, spec);
    }

    /**
     * The profile the window selected last (else the first saved one); a usage error when there are none.
     */
    static SelectedProfile lastUsed(CommandSpec spec, CliContext ctx) {
        ProfileService service = ctx.profiles();
        GatewayProfile last = service.initialSelection()
                .orElseThrow(() -> UsageError.of(spec, ctx, "cli.token.noProfiles"));
        return new SelectedProfile(service, last, ctx, spec);
    }

    GatewayProfile profile() {
        return profile;
    }

    /**
     * The profile's client secret for the request; empty without one. It is read only when the profile
     * has a client id and {@code --client-secret} was not given; a store that cannot answer leaves it
     * empty with a note, so the gateway's refusal (and its hint) follows.
     */
    String clientSecret(boolean clientSecretGiven) {
        if (profile.client().clientId().isBlank() || clientSecretGiven) {
            return "";
        }
        SecretRead read = service.clientSecret(profile.id());
        if (read instanceof SecretRead.CouldNotRead couldNot) {
            note("profiles.secret.readFailed", "profiles.secret.clientSecret", couldNot.detail());
        }
        return read.valueOr("");
    }

    /** Keeps {@code refreshToken} in the remembered slot when the profile remembers one; problems on stderr. */
    void rememberIfRemembering(String refreshToken, ErrorReport report) {
        if (profile.rememberRefreshToken() && refreshToken != null) {
            saveRefreshToken(refreshToken, report);
        }
    }

    /**
     * The newest refresh token known for the profile: the token cache's (a window or another command
     * line may have refreshed since the profile last saved one), else the remembered one, else null.
     */
    String newestRefreshToken() {
        Optional<CachedTokens> cached = ctx.sharedRefresh().cache().read(profile.id());
        if (cached.isPresent() && cached.get().refreshToken() != null) {
            return cached.get().refreshToken();
        }
        return rememberedRefreshToken();
    }

    /** The refresh token the profile remembers, or null; a store that cannot answer is a usage error. */
    String rememberedRefreshToken() {
        SecretRead read = service.rememberedRefreshToken(profile.id());
        if (read instanceof SecretRead.CouldNotRead couldNot) {
            throw UsageError.of(spec, ctx, "cli.usage.refreshTokenUnreadable", profile.name(), couldNot.detail());
        }
        return read instanceof SecretRead.Found found ? found.value() : null;
    }

    /**
     * The client for the profile's TLS trust and proxy; null when both are the system's, so the
     * caller's usual (possibly already warmed) client serves.
     */
    HttpClient httpClient() throws ConnectionSetupException {
        Connection connection = profile.connection();
        if (connection.tlsTrust().mode() == TlsTrust.Mode.SYSTEM
                && connection.proxy().mode() == ProxySetting.Mode.SYSTEM) {
            return null;
        }
        return HttpClients.build(connection.tlsTrust(), connection.proxy());
    }

    /**
     * Keeps {@code refreshToken} as the profile's remembered one, turning remembering on first if it
     * was off (the user asked for it by name). Problems are told on stderr; the tokens are printed anyway.
     */
    void saveRefreshToken(String refreshToken, ErrorReport report) {
        if (refreshToken == null) {
            report.note("cli.noRefreshTokenToSave");
            return;
        }
        if (!profile.rememberRefreshToken()) {
            service.update(profile.withRememberRefreshToken(true));
            report.note("cli.note.rememberTurnedOn", profile.name());
        }
        Optional<SecretWrite> written = service.afterRefresh(profile.id(), refreshToken);
        if (written.isPresent() && written.get() instanceof SecretWrite.CouldNotWrite couldNot) {
            report.warning("profiles.secret.writeFailed", ctx.messages().text("profiles.secret.refreshToken"),
                    couldNot.detail());
        } else if (written.isPresent() && written.get() instanceof SecretWrite.StoredInProfilesFileInstead inFile
                && inFile.tellUser()) {
            report.note("profiles.secret.inFile", ctx.messages().text("profiles.secret.refreshToken"),
                    inFile.detail());
        }
    }

    private void note(String key, String secretKey, String detail) {
        Messages m = ctx.messages();
        new ErrorReport(ctx).note(key, m.text(secretKey), detail);
    }
}
