package org.counterpart.enrolment.adapter.in.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The module's start page in the UI shell. */
@Controller
class EnrolmentPageController {

    @GetMapping("/enrolment")
    String index(Model model) {
        model.addAttribute("section", "enrolment");
        return "enrolment/index";
    }
}
