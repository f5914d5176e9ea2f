package org.counterpart.reporting.domain;

import java.net.URI;
import java.util.Map;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Sends one delivery to a receiver and tells what it answered. */
@SecondaryPort
public interface WebhookTransport {

    /** What the receiver answered: its status code, or none (with why) when it could not be reached. */
    record Response(Integer statusCode, String error) {

        public boolean successful() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    Response post(URI url, Map<String, String> headers, byte[] body);
}
