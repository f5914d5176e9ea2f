package org.counterpart.reporting.adapter.out.mail;

import java.util.Locale;

import org.counterpart.reporting.domain.ReminderMail;
import org.counterpart.reporting.domain.ReminderNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Reminders by e-mail, in Chinese (the commission's working language), through Spring's mail sender — which exists
 * only when {@code spring.mail.host} is set; without it no mail is sent and the reminders stay in the application.
 */
@Component
class ReminderMailSender implements ReminderMail {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderMailSender.class);
    private static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final String from;
    private final String publicUrl;

    ReminderMailSender(ObjectProvider<JavaMailSender> sender, MessageSource messages,
            @Value("${counterpart.reporting.reports.reminders.mail-from:counterpart@localhost}") String from,
            @Value("${counterpart.public-url:http://localhost:8080}") String publicUrl) {
        this.sender = sender;
        this.messages = messages;
        this.from = from;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @Override
    public boolean isConfigured() {
        return sender.getIfAvailable() != null;
    }

    @Override
    public boolean send(ReminderNotice notice) {
        var mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            return false;
        }
        var period = periodLabel(notice);
        var kind = messages.getMessage("reporting.report.kind." + notice.reportKind(), null, LANGUAGE);
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(notice.to());
        message.setSubject(messages.getMessage("reporting.reminder.mail.subject." + notice.kind(),
                new Object[] { notice.reporterName(), period, kind, notice.due().toString() }, LANGUAGE));
        message.setText(messages.getMessage("reporting.reminder.mail.body." + notice.kind(),
                new Object[] { notice.reporterName(), period, kind, notice.subjectLabel(), notice.due().toString(),
                        publicUrl + "/reporting/duties" },
                LANGUAGE));
        try {
            mailSender.send(message);
            return true;
        } catch (MailException e) {
            LOG.warn("The reminder to {} could not be sent: {}", notice.to(), e.getMessage());
            return false;
        }
    }

    private String periodLabel(ReminderNotice notice) {
        var p = notice.period();
        return messages.getMessage("reporting.duty.period." + p.frequency(), new Object[] { p.year(), p.index() },
                LANGUAGE);
    }
}
