package org.appeals.console.search;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.appeals.console.layout.CurrentPerson;
import org.appeals.console.layout.Me;
import org.appeals.console.platform.PlatformClient;
import org.appeals.console.platform.PlatformProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search}: the form and one page of what intake finds ({@code GET /api/v1/appeals}, scoped by intake to what
 * the person may see). A parameter intake refuses (400) is shown beside the form, which stays filled in; any other
 * refusal is the error page.
 */
@Controller
class SearchController {

    private final PlatformClient platform;
    private final CurrentPerson currentPerson;
    private final Clock clock;

    SearchController(PlatformClient platform, CurrentPerson currentPerson, Clock clock) {
        this.platform = platform;
        this.currentPerson = currentPerson;
        this.clock = clock;
    }

    @GetMapping("/search")
    String search(@RequestParam MultiValueMap<String, String> params, HttpSession session, Model model) {
        Me me = currentPerson.in(session);
        SearchForm form = SearchForm.of(params);
        model.addAttribute("form", form);
        addPickers(model, me);
        ApiQuery query = form.apiQuery();
        try {
            model.addAttribute("results",
                    SearchResults.of(platform.get(query.template(), query.variables()), clock.instant(), me));
        } catch (PlatformProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            model.addAttribute("errors", SearchProblems.errors(problem));
        }
        return "search/search";
    }

    private void addPickers(Model model, Me me) {
        model.addAttribute("statusOptions", AppealStatuses.options());
        model.addAttribute("categoryOptions", Pickers.categories());
        model.addAttribute("municipalityOptions", Pickers.municipalities());
        model.addAttribute("channelOptions", Pickers.channels());
        model.addAttribute("departmentOptions", departments(me));
    }

    /**
     * The centres pick from routing's directory; department staff from their own departments (the directory is not
     * theirs to read). Without the directory the field is typed in.
     */
    private List<Option> departments(Me me) {
        if (me.isDepartment()) {
            return me.departments().stream().map(id -> new Option(id, id)).toList();
        }
        try {
            return Pickers.departments(platform.get("/api/v1/routing/departments", Map.of()));
        } catch (PlatformProblem unavailable) {
            return List.of();
        }
    }
}
