package org.appeals.console.home;

import jakarta.servlet.http.HttpSession;
import org.appeals.console.layout.CurrentPerson;
import org.appeals.console.layout.Me;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after login: the operator's "Today", the department's inbox. */
@Controller
class HomeController {

    private final CurrentPerson currentPerson;

    HomeController(CurrentPerson currentPerson) {
        this.currentPerson = currentPerson;
    }

    @GetMapping({"", "/"})
    String home(HttpSession session) {
        Me me = currentPerson.in(session);
        if (me.isDepartment() && me.firstDepartment() != null) {
            return "redirect:/inbox/" + me.firstDepartment();
        }
        return me.isOperator() ? "redirect:/today" : "redirect:/search";
    }
}
