package io.tokenrefresher.ui.result;

import io.tokenrefresher.core.handoff.TokenTester;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.http.TokenCheck;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.ui.common.RequestForm;
import io.tokenrefresher.ui.common.Tasks;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * "Test token": calls the profile's test URL with the headers of an API call (its header format) and
 * reports the status and first lines, or why it could not, in the user's words.
 */
public final class TokenTestViewModel {
    private final RequestForm form;
    private final ResultViewModel result;
    private final Tasks tasks;
    private final Executor network;
    private final Messages messages;
    private TokenTester tester = (profile, headers) -> new TokenCheck.Answer(0, "", new GatewayFailure.Cancelled());

    public TokenTestViewModel(RequestForm form, ResultViewModel result, Tasks tasks, Executor network,
                              Messages messages) {
        this.form = form;
        this.result = result;
        this.tasks = tasks;
        this.network = network;
        this.messages = messages;
    }

    /** Where the calls go (the app sets the real one: the profile's TLS and proxy). */
    public void use(TokenTester realTester) {
        this.tester = realTester;
    }

    public void test(Consumer<Messages.Text> report) {
        if (form.kind().testUrlProperty().get().isBlank()) {
            report.accept(new Messages.Text(messages.text("test.noUrl"), "", ""));
            return;
        }
        GatewayProfile profile = form.toProfile(GatewayProfile.newProfile(""));
        List<HeaderLine> headers = profile.kind().headerFormat().apiHeaders(result.accessTokenProperty().get(),
                profile.client().clientId(), form.clientSecretProperty().get(), profile.client().tenantId());
        tasks.call(() -> tester.test(profile, headers))
                .onSuccess(answer -> report.accept(answer.failure() != null ? messages.describe(answer.failure())
                        : new Messages.Text(messages.format("test.answer", answer.status()), answer.firstLines(), "")))
                .onError(e -> report.accept(new Messages.Text(
                        messages.format("status.unexpected", e.getClass().getName()), "", "")))
                .runOn(network);
    }
}
