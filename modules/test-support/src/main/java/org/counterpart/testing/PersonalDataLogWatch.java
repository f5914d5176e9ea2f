package org.counterpart.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;

/**
 * A Logback appender for the tests (included by every module's {@code logback-test.xml}) that reads every log event — its message and
 * the messages of its exceptions — for personal data ({@link PersonalData}), and keeps what it finds for
 * {@link PersonalDataNotLogged} to fail the test with. So every test of the suite, whatever it exercises, also checks
 * that no national ID number or phone number reaches the logs.
 */
public final class PersonalDataLogWatch extends AppenderBase<ILoggingEvent> {

    private static final ConcurrentLinkedQueue<String> LEAKS = new ConcurrentLinkedQueue<>();

    @Override
    protected void append(ILoggingEvent event) {
        var text = new StringBuilder(event.getFormattedMessage() == null ? "" : event.getFormattedMessage());
        for (var thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
            text.append('\n').append(thrown.getMessage());
            for (IThrowableProxy suppressed : thrown.getSuppressed()) {
                text.append('\n').append(suppressed.getMessage());
            }
        }
        for (var finding : PersonalData.in(text)) {
            LEAKS.add(finding.kind() + " " + finding.masked() + " logged by " + event.getLoggerName() + " at "
                    + event.getLevel() + " on " + event.getThreadName());
        }
    }

    /** What was found since the last call, and forgets it. */
    static List<String> drain() {
        var drained = new ArrayList<String>();
        for (String leak; (leak = LEAKS.poll()) != null;) {
            drained.add(leak);
        }
        return drained;
    }
}
