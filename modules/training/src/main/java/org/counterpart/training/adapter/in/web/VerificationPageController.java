package org.counterpart.training.adapter.in.web;

import org.counterpart.training.VerifyCertificates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 证书验证 — the public page where anyone checks a certificate's code, without signing in. */
@Controller
class VerificationPageController {

    private final VerifyCertificates verify;

    VerificationPageController(VerifyCertificates verify) {
        this.verify = verify;
    }

    @GetMapping("/verify")
    String form(@RequestParam(required = false) String code) {
        return code == null || code.isBlank() ? "training/verify" : "redirect:/verify/" + code.strip();
    }

    @GetMapping("/verify/{code}")
    String result(@PathVariable String code, Model model) {
        model.addAttribute("code", code);
        verify.verify(code).ifPresent(v -> model.addAttribute("certificate", v));
        return "training/verify";
    }
}
