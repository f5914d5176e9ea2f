package org.counterpart.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test — or its class, for what background threads logged after it — when personal data reached the logs
 * while it ran ({@link PersonalDataLogWatch}). Registered for every test of every module through JUnit's extension
 * auto-detection ({@code junit-platform.properties} and {@code META-INF/services} of this module).
 */
public final class PersonalDataNotLogged implements AfterEachCallback, AfterAllCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        check(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        check(context);
    }

    private static void check(ExtensionContext context) {
        var leaks = PersonalDataLogWatch.drain();
        if (!leaks.isEmpty()) {
            throw new AssertionError("personal data reached the logs during " + context.getDisplayName() + ":\n  "
                    + String.join("\n  ", leaks));
        }
    }
}
