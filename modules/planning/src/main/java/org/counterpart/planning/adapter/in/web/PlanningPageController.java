package org.counterpart.planning.adapter.in.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The module's start page in the UI shell. */
@Controller
class PlanningPageController {

    @GetMapping("/planning")
    String index(Model model) {
        model.addAttribute("section", "planning");
        return "planning/index";
    }
}
