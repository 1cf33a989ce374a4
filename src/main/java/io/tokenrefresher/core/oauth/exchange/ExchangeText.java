package io.tokenrefresher.core.oauth.exchange;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.HeaderLine;
import java.time.Duration;

/**
 * A captured exchange as plain text, the way a bug report quotes it: each send's request line,
 * headers and body, the answer's status line, headers and body, and the timings the JDK client can
 * measure (saying which it cannot). Masked unless revealed ({@link ExchangeMasking}).
 */
public final class ExchangeText {
    private final ExchangeMasking masking;
    private final Messages messages;

    public ExchangeText(ExchangeMasking masking, Messages messages) {
        this.masking = masking;
        this.messages = messages;
    }

    public String render(WireExchange exchange, boolean reveal) {
        if (exchange.isEmpty()) {
            return messages.text("exchange.nothingSent");
        }
        StringBuilder sb = new StringBuilder();
        int n = exchange.attempts().size();
        for (int i = 0; i < n; i++) {
            WireAttempt attempt = exchange.attempts().get(i);
            if (i > 0) {
                sb.append("\n\n");
            }
            sb.append("### ").append(title(attempt, i, n)).append('\n');
            sb.append(request(attempt.request(), reveal)).append('\n');
            sb.append(reply(attempt, reveal)).append('\n');
            sb.append(timings(attempt));
        }
        return sb.toString();
    }

    /** "Attempt 1 of 2: JSON body, ignored by the gateway" and the like. */
    public String title(WireAttempt attempt, int index, int count) {
        String placement = messages.text("exchange.placement." + attempt.request().placement().name().toLowerCase());
        String title = messages.format("exchange.attempt", index + 1, count, placement);
        if (count > 1 && !attempt.fallback()) {
            title += " — " + messages.text("exchange.ignored");
        } else if (attempt.fallback()) {
            title += " — " + messages.text("exchange.fallback");
        }
        return title;
    }

    public String request(WireRequest request, boolean reveal) {
        String target = request.uri().getRawPath() + (request.uri().getRawQuery() == null ? ""
                : "?" + request.uri().getRawQuery());
        StringBuilder sb = new StringBuilder();
        sb.append(request.method()).append(' ').append(masking.requestText(request, target, reveal))
                .append(" HTTP/1.1\n");
        for (HeaderLine h : request.headers()) {
            sb.append(h.name()).append(": ").append(masking.headerValue(request, h.name(), h.value(), reveal))
                    .append('\n');
        }
        if (!request.body().isEmpty()) {
            sb.append('\n').append(masking.requestText(request, request.body(), reveal)).append('\n');
        }
        return sb.toString();
    }

    public String reply(WireAttempt attempt, boolean reveal) {
        WireReply reply = attempt.reply();
        if (reply == null) {
            return messages.text("exchange.noAnswer") + '\n';
        }
        StringBuilder sb = new StringBuilder("HTTP/1.1 ").append(reply.status()).append('\n');
        for (HeaderLine h : reply.headers()) {
            sb.append(h.name()).append(": ").append(h.value()).append('\n');
        }
        if (reply.truncated()) {
            sb.append('\n').append(messages.text("exchange.bodyNotRead")).append('\n');
        } else if (!reply.body().isEmpty()) {
            sb.append('\n').append(masking.replyBody(reply, reveal)).append('\n');
        }
        return sb.toString();
    }

    /** The two times measured, and the ones the JDK client does not give. */
    public String timings(WireAttempt attempt) {
        String headers = attempt.toHeaders() == null ? messages.text("exchange.timing.none") : millis(attempt.toHeaders());
        return messages.format("exchange.timing", headers, millis(attempt.total()));
    }

    private static String millis(Duration d) {
        return d.toMillis() + " ms";
    }
}
