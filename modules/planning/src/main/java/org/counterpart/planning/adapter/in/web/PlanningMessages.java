package org.counterpart.planning.adapter.in.web;

import java.util.Arrays;
import java.util.Locale;

import org.counterpart.planning.TaskStatus;
import org.counterpart.planning.TaskTransition;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a planning refusal into the sentence the user reads. The domain names statuses and transitions by their
 * constants (IN_PROGRESS, DELAY); the sentence names them as the pages do (实施中, 延期).
 */
@Component
class PlanningMessages {

    private final MessageSource messages;

    PlanningMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object[] arguments, Locale locale) {
        var shown = arguments == null ? null
                : Arrays.stream(arguments).map(argument -> label(argument, locale)).toArray();
        return messages.getMessage(key, shown, locale);
    }

    private Object label(Object argument, Locale locale) {
        if (argument instanceof String name) {
            for (var status : TaskStatus.values()) {
                if (status.name().equals(name)) {
                    return messages.getMessage("planning.status." + name, null, locale);
                }
            }
            for (var transition : TaskTransition.values()) {
                if (transition.name().equals(name)) {
                    return messages.getMessage("planning.transition." + name, null, locale);
                }
            }
        }
        return argument;
    }
}
