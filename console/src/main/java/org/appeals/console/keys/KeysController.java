package org.appeals.console.keys;

import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appeals.console.layout.CurrentPerson;
import org.appeals.console.platform.PlatformClient;
import org.appeals.console.platform.PlatformProblem;
import org.appeals.contracts.Channel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Ключи": the machine keys with their owners, scopes and use, the form to issue one, and the latest key actions.
 * A new key's secret goes to the next page only, as a flash attribute, and is shown there once.
 */
@Controller
class KeysController {

    private static final List<String> ROLES = List.of("CHANNEL", "DEPARTMENT", "OPERATOR", "ADMIN");
    private static final int AUDIT_ON_PAGE = 20;
    private static final List<Map.Entry<String, String>> FIELDS = List.of(
            Map.entry("\"client\"", "key-client"),
            Map.entry("\"role\"", "key-role"),
            Map.entry("\"channel\"", "key-channel"),
            Map.entry("epartment", "key-departments"));

    private final PlatformClient platform;
    private final CurrentPerson currentPerson;

    KeysController(PlatformClient platform, CurrentPerson currentPerson) {
        this.platform = platform;
        this.currentPerson = currentPerson;
    }

    @GetMapping("/keys")
    String keys(HttpSession session, Model model) {
        Admins.require(currentPerson.in(session));
        model.addAttribute("keys", platform.get("/api/v1/keys", Map.of()).valueStream().map(KeyRow::of).toList());
        model.addAttribute("actions", platform.get("/api/v1/keys/audit", Map.of()).valueStream()
                .limit(AUDIT_ON_PAGE).map(KeyActionRow::of).toList());
        Map<String, String> roles = new LinkedHashMap<>();
        ROLES.forEach(role -> roles.put(role, KeyWords.role(role)));
        model.addAttribute("roles", roles);
        model.addAttribute("defaultGraceHours", Rotation.DEFAULT_GRACE_HOURS);
        model.addAttribute("maxGraceHours", Rotation.MAX_GRACE_HOURS);
        model.addAttribute("channels", List.of(Channel.values()));
        if (!model.containsAttribute("issueForm")) {
            model.addAttribute("issueForm", IssueForm.empty());
        }
        return "keys/keys";
    }

    @PostMapping("/keys")
    String issue(IssueForm form, HttpSession session, RedirectAttributes redirect) {
        Admins.require(currentPerson.in(session));
        Map<String, String> missing = form.missing();
        if (!missing.isEmpty()) {
            return back(form, missing, redirect);
        }
        NewKey issued;
        try {
            issued = NewKey.of(platform.post("/api/v1/keys", Map.of(), form.body()));
        } catch (PlatformProblem problem) {
            return back(form, Map.of(KeyRefusals.control(problem, FIELDS, "key-issue"),
                    KeyRefusals.message(problem)), redirect);
        }
        redirect.addFlashAttribute("newKey", issued);
        redirect.addFlashAttribute("notice", "Ключ " + issued.id() + " выпущен для «" + issued.client() + "».");
        return "redirect:/keys";
    }

    private static String back(IssueForm form, Map<String, String> errors, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("issueForm", form);
        return "redirect:/keys#issue-form";
    }
}
