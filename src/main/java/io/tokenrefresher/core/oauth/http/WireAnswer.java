package io.tokenrefresher.core.oauth.http;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;

/**
 * An answer as it came off the wire (status, headers, body bytes up to the limit), before anything is
 * made of it. The {@link Transport} hands it to the {@link AnswerClassifier}; keeping it a plain value
 * is the seam for showing or saving the raw exchange later, next to the request from
 * {@link RequestEncoder}, without the classifier knowing.
 *
 * @param body the bytes as received; not copied, so not to be changed
 */
record WireAnswer(int status, HttpHeaders headers, byte[] body) {
    static WireAnswer of(HttpResponse<byte[]> response) {
        return new WireAnswer(response.statusCode(), response.headers(), response.body());
    }
}
