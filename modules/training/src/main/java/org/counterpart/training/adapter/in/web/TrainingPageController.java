package org.counterpart.training.adapter.in.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The module's start page in the UI shell. */
@Controller
class TrainingPageController {

    @GetMapping("/training")
    String index(Model model) {
        model.addAttribute("section", "training");
        return "training/index";
    }
}
