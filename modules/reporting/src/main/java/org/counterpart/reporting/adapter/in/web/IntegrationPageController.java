package org.counterpart.reporting.adapter.in.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.counterpart.reporting.AdministrationHistory;
import org.counterpart.reporting.ManageWebhooks;
import org.counterpart.reporting.NewWebhookSubscription;
import org.counterpart.reporting.PublicationAdministration;
import org.counterpart.reporting.WebhookRejected;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages for events to downstream systems: webhooks (list, add, delivery log, redeliver) and the
 * event publications that have not completed (with a button to resubmit them). ADMIN only.
 */
@Controller
@RequestMapping("/reporting")
@PreAuthorize("hasRole('ADMIN')")
class IntegrationPageController {

    /** The commission works in Shanghai time; instants are shown in it. */
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ManageWebhooks webhooks;
    private final AdministrationHistory administration;
    private final PublicationAdministration publications;
    private final MessageSource messages;

    IntegrationPageController(ManageWebhooks webhooks, PublicationAdministration publications,
            AdministrationHistory administration, MessageSource messages) {
        this.webhooks = webhooks;
        this.publications = publications;
        this.administration = administration;
        this.messages = messages;
    }

    @ModelAttribute("section")
    String section() {
        return "reporting";
    }

    /** Shanghai wall time for the pages, or null. */
    static LocalDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(SHANGHAI).toLocalDateTime();
    }

    record SubscriptionLine(String id, String url, String label, List<String> eventTypes, LocalDateTime createdAt,
            String createdBy, long pending, long failed) {
    }

    record DeliveryLine(String id, String eventId, String eventType, String status, int attempts,
            Integer lastResponseCode, String lastError, LocalDateTime lastAttemptAt, LocalDateTime nextAttemptAt,
            LocalDateTime createdAt) {
    }

    /** An outcome kept as figures ({@code replayed=164, skipped=0}) in words, by the action's message. */
    private String outcome(String action, String outcome, Locale locale) {
        if (outcome == null) {
            return null;
        }
        var figures = Arrays.stream(outcome.split(",\\s*")).map(f -> f.substring(f.indexOf('=') + 1))
                .toArray();
        return messages.getMessage("reporting.administration.outcome." + action, figures, outcome, locale);
    }

    /** A line of the administration log as the page shows it. */
    record AdministrationLine(LocalDateTime at, String by, String username, String action, String outcome) {
    }

    record PublicationLine(String id, String eventType, String listener, LocalDateTime publishedAt, String status,
            int attempts, LocalDateTime lastResubmittedAt) {
    }

    @GetMapping("/webhooks")
    String webhooks(Model model) {
        model.addAttribute("subscriptions", webhooks.subscriptions().stream()
                .map(s -> new SubscriptionLine(s.id().toString(), s.url(), s.label(), s.eventTypes(),
                        local(s.createdAt()), s.createdBy(), s.pending(), s.failed()))
                .toList());
        model.addAttribute("eventTypes", webhooks.eventTypes());
        return "reporting/webhooks";
    }

    @PostMapping("/webhooks")
    String subscribe(@RequestParam(required = false) String url,
            @RequestParam(name = "eventTypes", required = false) List<String> eventTypes,
            @RequestParam(required = false) String pattern, @RequestParam(required = false) String label,
            @RequestParam(required = false) String secret, RedirectAttributes flash, Locale locale) {
        var types = new java.util.ArrayList<String>(eventTypes == null ? List.of() : eventTypes);
        if (pattern != null && !pattern.isBlank()) {
            types.add(pattern.strip());
        }
        try {
            var created = webhooks.subscribe(new NewWebhookSubscription(url, types, label, secret));
            flash.addFlashAttribute("notice", messages.getMessage("reporting.webhook.flash.created", null, locale));
            if (created.secret() != null) {
                flash.addFlashAttribute("secret", created.secret());
            }
            return "redirect:/reporting/webhooks/" + created.subscription().id();
        } catch (WebhookRejected rejected) {
            flash.addFlashAttribute("error", messages.getMessage(rejected.messageKey(), rejected.arguments(), locale));
            return "redirect:/reporting/webhooks";
        }
    }

    @GetMapping("/webhooks/{id}")
    String subscription(@PathVariable String id, Model model) {
        var subscription = webhooks.subscription(WebhookApiController.parse(id, "reporting.webhook.not-found"));
        model.addAttribute("subscription", new SubscriptionLine(subscription.id().toString(), subscription.url(),
                subscription.label(), subscription.eventTypes(), local(subscription.createdAt()),
                subscription.createdBy(), subscription.pending(), subscription.failed()));
        model.addAttribute("deliveries", webhooks.deliveries(subscription.id(), 100).stream()
                .map(d -> new DeliveryLine(d.id().toString(), d.eventId().toString(), d.eventType(), d.status(),
                        d.attempts(), d.lastResponseCode(), d.lastError(), local(d.lastAttemptAt()),
                        local(d.nextAttemptAt()), local(d.createdAt())))
                .toList());
        return "reporting/webhook";
    }

    @PostMapping("/webhooks/{id}/delete")
    String unsubscribe(@PathVariable String id, RedirectAttributes flash, Locale locale) {
        webhooks.unsubscribe(WebhookApiController.parse(id, "reporting.webhook.not-found"));
        flash.addFlashAttribute("notice", messages.getMessage("reporting.webhook.flash.deleted", null, locale));
        return "redirect:/reporting/webhooks";
    }

    @PostMapping("/webhooks/{id}/deliveries/{delivery}/redeliver")
    String redeliver(@PathVariable String id, @PathVariable String delivery, RedirectAttributes flash,
            Locale locale) {
        try {
            webhooks.redeliver(WebhookApiController.parse(id, "reporting.webhook.not-found"),
                    WebhookApiController.parse(delivery, "reporting.webhook.delivery-not-found"));
            flash.addFlashAttribute("notice", messages.getMessage("reporting.webhook.flash.redelivering", null,
                    locale));
        } catch (WebhookRejected rejected) {
            if (rejected.kind() == WebhookRejected.Kind.NOT_FOUND) {
                throw rejected;
            }
            flash.addFlashAttribute("error", messages.getMessage(rejected.messageKey(), rejected.arguments(), locale));
        }
        return "redirect:/reporting/webhooks/" + id;
    }

    @GetMapping("/publications")
    String publications(Model model, Locale locale) {
        model.addAttribute("administration", administration.latest().stream()
                .map(a -> new AdministrationLine(local(a.at()), a.by(), a.username(), a.action(),
                        outcome(a.action(), a.outcome(), locale)))
                .toList());
        model.addAttribute("publications", publications.incomplete().stream()
                .map(p -> new PublicationLine(p.id().toString(), p.eventType(), p.listener(), local(p.publishedAt()),
                        p.status(), p.attempts(), local(p.lastResubmittedAt())))
                .toList());
        return "reporting/publications";
    }

    @PostMapping("/publications/resubmit")
    String resubmit(RedirectAttributes flash, Locale locale) {
        var count = publications.resubmitIncomplete();
        flash.addFlashAttribute("notice", messages.getMessage("reporting.integration.flash.resubmitted",
                new Object[] { count }, locale));
        return "redirect:/reporting/publications";
    }

    @ExceptionHandler(WebhookRejected.class)
    ModelAndView rejected(WebhookRejected rejected) {
        var status = rejected.kind() == WebhookRejected.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        var mav = new ModelAndView(status == HttpStatus.NOT_FOUND ? "error/404" : "error", status);
        mav.addObject("status", status.value());
        return mav;
    }
}
