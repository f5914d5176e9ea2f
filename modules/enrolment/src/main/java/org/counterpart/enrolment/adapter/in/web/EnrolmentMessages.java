package org.counterpart.enrolment.adapter.in.web;

import java.util.Arrays;
import java.util.Locale;

import org.counterpart.directory.Directory;
import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.StudentImportRejected;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.enrolment.Term;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says an enrolment refusal in the user's language, with its arguments named as the user knows them: a stage by its
 * label, a school or region by its name, a term as 2018学年第一学期 (or 2018-1 in English), a kind by its name. The
 * pages' and the API's views name regions, schools and offices through it too.
 */
@Component
class EnrolmentMessages {

    private final MessageSource messages;
    private final Directory directory;

    EnrolmentMessages(MessageSource messages, Directory directory) {
        this.messages = messages;
        this.directory = directory;
    }

    String text(EnrolmentRejected rejected, Locale locale) {
        return text(rejected.messageKey(), rejected.arguments(), locale);
    }

    String text(StudentImportRejected.Problem problem, Locale locale) {
        return text(problem.messageKey(), problem.arguments().toArray(), locale);
    }

    String text(String key, Object[] arguments, Locale locale) {
        return messages.getMessage(key, arguments == null ? null
                : Arrays.stream(arguments).map(a -> named(a, locale)).toArray(), locale);
    }

    String stage(StudentStage stage, Locale locale) {
        return messages.getMessage("enrolment.stage." + stage.name(), null, locale);
    }

    /** A region's name in the user's language; its code where the directory does not know it; "" for none. */
    String region(RegionCode code, Locale locale) {
        return code == null ? "" : directory.region(code).map(r -> r.name(locale)).orElse(code.value());
    }

    /** A school's (unit's) name in the user's language; its code where the directory does not know it. */
    String school(UnitCode code, Locale locale) {
        return code == null ? "" : directory.unit(code).map(u -> u.name(locale)).orElse(code.value());
    }

    /** An office's name in the user's language; its code where the directory does not know it. */
    String office(OfficeCode code, Locale locale) {
        return code == null ? "" : directory.office(code).map(o -> o.name(locale)).orElse(code.value());
    }

    private Object named(Object argument, Locale locale) {
        if (argument instanceof StudentStage stage) {
            return stage(stage, locale);
        }
        if (argument instanceof UnitCode unit) {
            return school(unit, locale);
        }
        if (argument instanceof RegionCode region) {
            return region(region, locale);
        }
        if (argument instanceof Term term) {
            return "en".equals(locale.getLanguage()) ? term.code() : term.nameZh();
        }
        if (argument instanceof ProgrammeKind kind) {
            return kind.name(locale);
        }
        return argument;
    }
}
