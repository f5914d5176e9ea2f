package org.counterpart.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mockito.Mockito;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.LoggingEvent;

class PersonalDataLogWatchTests {

    final PersonalDataLogWatch watch = new PersonalDataLogWatch();

    LoggingEvent event(String message, Throwable thrown, Object... arguments) {
        var logger = (Logger) LoggerFactory.getLogger("org.counterpart.enrolment.Example");
        return new LoggingEvent(Logger.class.getName(), logger, Level.WARN, message, thrown, arguments);
    }

    @Test
    void aLeakInTheMessageOrInAnExceptionIsKeptMaskedThenFailsTheTest() {
        watch.append(event("admitted {}", null, PersonalDataTests.ID));
        watch.append(event("import refused", new IllegalStateException("wrapped",
                new IllegalArgumentException("bad phone 13899110001"))));
        var context = Mockito.mock(ExtensionContext.class);
        Mockito.when(context.getDisplayName()).thenReturn("a test");

        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> new PersonalDataNotLogged().afterEach(context))
                .withMessageContaining("national ID number 653************")
                .withMessageContaining("mobile number 138*****001 logged by org.counterpart.enrolment.Example at WARN")
                .withMessageNotContaining(PersonalDataTests.ID);
        assertThat(PersonalDataLogWatch.drain()).as("reported once").isEmpty();
    }

    @Test
    void cleanLinesPass() {
        watch.append(event("admitted {} students to programme {}", null, 12, "2018-048"));

        assertThat(PersonalDataLogWatch.drain()).isEmpty();
    }
}
