package org.counterpart.reporting.adapter.out.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.counterpart.reporting.domain.WebhookTransport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * POSTs a delivery and reports the status code. Redirects are not followed (a receiver that moved must be
 * re-subscribed, so a signed delivery never lands somewhere the administrator did not name), and the response body
 * is discarded.
 */
@Component
class HttpWebhookTransport implements WebhookTransport {

    private final HttpClient client;
    private final Duration timeout;

    HttpWebhookTransport(@Value("${counterpart.reporting.webhooks.timeout:10s}") Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public Response post(URI url, Map<String, String> headers, byte[] body) {
        var request = HttpRequest.newBuilder(url).timeout(timeout).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("User-Agent", "Counterpart-Webhooks/1");
        headers.forEach(request::header);
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return new Response(response.statusCode(), null);
        } catch (IOException e) {
            return new Response(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(null, "interrupted");
        }
    }
}
