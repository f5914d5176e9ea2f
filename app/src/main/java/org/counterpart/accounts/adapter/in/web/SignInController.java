package org.counterpart.accounts.adapter.in.web;

import org.counterpart.accounts.Accounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 登录 — the sign-in page; Spring Security handles the form it posts. */
@Controller
class SignInController {

    private final Accounts accounts;

    SignInController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String signIn(Model model) {
        if (accounts.signedIn().isPresent()) {
            return "redirect:/";
        }
        model.addAttribute("pauseMinutes", Math.max(1, accounts.signInPause().toMinutes()));
        return "login";
    }
}
