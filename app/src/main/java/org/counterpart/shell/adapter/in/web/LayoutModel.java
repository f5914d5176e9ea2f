package org.counterpart.shell.adapter.in.web;

import java.util.Locale;

import org.counterpart.accounts.Accounts;
import org.counterpart.directory.Directory;
import org.counterpart.directory.UserContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/** What the shared layout shows on every page: who is signed in, for which office or unit, in which language. */
@ControllerAdvice
class LayoutModel {

    private final Accounts accounts;
    private final Directory directory;

    LayoutModel(Accounts accounts, Directory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    /** The signed-in user and what they act for, or nothing on public pages. */
    record Me(UserContext user, String actsFor) {
    }

    /**
     * The layout's model, for pages only: a handler that answers with its body (the JSON API, the JSON error) has no
     * layout, and reading the signed-in user's office for it cost every API request a query.
     */
    @ModelAttribute
    void layout(Model model, Locale locale, HttpServletRequest request) {
        if (answersWithBody(request)) {
            return;
        }
        model.addAttribute("me", accounts.signedIn().map(user -> new Me(user, actsFor(user, locale))).orElse(null));
        model.addAttribute("english", "en".equals(locale.getLanguage()));
        model.addAttribute("languageLinks", languageLinks(request));
    }

    private static boolean answersWithBody(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && (handler.hasMethodAnnotation(ResponseBody.class)
                        || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class));
    }

    /** The page itself in Chinese and in English: the same address and filters, with only the language changed. */
    record LanguageLinks(String zh, String en) {
    }

    LanguageLinks languageLinks(HttpServletRequest request) {
        // One leading slash: "//host/…" would be another site's address.
        var path = "/" + request.getRequestURI().replaceFirst("^/+", "");
        var page = UriComponentsBuilder.fromPath(path).query(request.getQueryString());
        try {
            return new LanguageLinks(page.cloneBuilder().replaceQueryParam("lang", "zh").build(true).toUriString(),
                    page.cloneBuilder().replaceQueryParam("lang", "en").build(true).toUriString());
        } catch (IllegalArgumentException badlyEncoded) {
            // An address typed or pasted with a broken %-escape: the page itself, without its filters.
            return new LanguageLinks(path + "?lang=zh", path + "?lang=en");
        }
    }

    private String actsFor(UserContext user, Locale locale) {
        if (user.office() != null) {
            return directory.office(user.office()).map(o -> o.name(locale)).orElse(user.office().value());
        }
        if (user.unit() != null) {
            return directory.unit(user.unit()).map(u -> u.name(locale)).orElse(user.unit().value());
        }
        return null;
    }
}
