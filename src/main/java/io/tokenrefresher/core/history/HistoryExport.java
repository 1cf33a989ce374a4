package io.tokenrefresher.core.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The history for a bug report, as CSV or JSON, <b>without tokens</b>: jti and exp of each token, the
 * outcome (status, OAuth error code or failure type), latency, placement, the verdict on the refresh
 * token and the names of the claims that changed. No token, no server text (refusals quote tokens),
 * no claim values (they may hold personal data the tester did not mean to share).
 */
public final class HistoryExport {
    private static final String[] COLUMNS = {"time", "profile", "grant", "automatic", "outcome", "status",
        "latency_ms", "placement", "access_jti", "access_exp", "refresh_jti", "refresh_exp", "refresh_verdict",
        "changed_claims"};

    private HistoryExport() {
    }

    /** @param profileName a profile id's name as the user knows it */
    public static String csv(List<RefreshRecord> records, Function<String, String> profileName) {
        StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (RefreshRecord r : records) {
            List<String> cells = List.of(r.at().toString(), profileName.apply(r.profileId()), r.grantType(),
                    Boolean.toString(r.automatic()), outcome(r), r.status().map(String::valueOf).orElse(""),
                    Long.toString(r.latency().toMillis()), r.placementKey(), text(r.access().jti()),
                    text(r.access().exp()), text(r.refresh().jti()), text(r.refresh().exp()), r.verdict().name(),
                    changed(r));
            sb.append(cells.stream().map(HistoryExport::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return sb.toString();
    }

    public static String json(List<RefreshRecord> records, Function<String, String> profileName) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode list = mapper.createArrayNode();
        for (RefreshRecord r : records) {
            ObjectNode o = list.addObject();
            o.put("time", r.at().toString());
            o.put("profile", profileName.apply(r.profileId()));
            o.put("grant", r.grantType());
            o.put("automatic", r.automatic());
            o.put("outcome", outcome(r));
            r.status().ifPresent(s -> o.put("status", s));
            o.put("latencyMs", r.latency().toMillis());
            o.put("placement", r.placementKey());
            ids(o.putObject("access"), r.access());
            ids(o.putObject("refresh"), r.refresh());
            o.put("refreshVerdict", r.verdict().name());
            ArrayNode changes = o.putArray("claimChanges");
            r.changes().forEach(c -> changes.addObject().put("token", c.part()).put("claim", c.name())
                    .put("change", c.kind().name()));
        }
        try {
            return mapper.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history could not be written as JSON", e);
        }
    }

    private static void ids(ObjectNode node, TokenIds ids) {
        node.put("jti", ids.jti());
        node.put("exp", ids.exp() == null ? null : ids.exp().toString());
    }

    private static String outcome(RefreshRecord r) {
        return r.succeeded() ? "success" : "failure:" + r.failureCode();
    }

    private static String changed(RefreshRecord r) {
        return r.changes().stream().map(c -> c.part() + "." + c.name() + ":" + c.kind().name().toLowerCase(
                Locale.ROOT)).collect(Collectors.joining(" "));
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof Instant i ? i.toString() : Objects.toString(value);
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break; a leading =+-@ is defused for spreadsheets. */
    private static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
