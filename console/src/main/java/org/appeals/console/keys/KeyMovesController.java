package org.appeals.console.keys;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.appeals.console.layout.CurrentPerson;
import org.appeals.console.platform.PlatformClient;
import org.appeals.console.platform.PlatformProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Rotating a key (a new secret, the old one valid for the grace hours) and revoking one, after a confirmation page
 * that works without JavaScript: a revocation bites at once and cannot be undone.
 */
@Controller
class KeyMovesController {

    private final PlatformClient platform;
    private final CurrentPerson currentPerson;

    KeyMovesController(PlatformClient platform, CurrentPerson currentPerson) {
        this.platform = platform;
        this.currentPerson = currentPerson;
    }

    @PostMapping("/keys/{id}/rotate")
    String rotate(@PathVariable String id, @RequestParam(required = false) Integer graceHours, HttpSession session,
                  RedirectAttributes redirect) {
        Admins.require(currentPerson.in(session));
        NewKey issued;
        try {
            issued = NewKey.of(platform.post("/api/v1/keys/{id}/rotate", Map.of("id", id), Rotation.body(graceHours)));
        } catch (PlatformProblem problem) {
            return refused(problem, "key-grace-" + id, redirect);
        }
        redirect.addFlashAttribute("newKey", issued);
        redirect.addFlashAttribute("notice", "Ключ " + id + " заменён ключом " + issued.id() + "; старый действует "
                + Rotation.hours(graceHours) + " ч.");
        return "redirect:/keys";
    }

    @GetMapping("/keys/{id}/revoke")
    String confirmRevoke(@PathVariable String id, HttpSession session, Model model) {
        Admins.require(currentPerson.in(session));
        KeyRow key = platform.get("/api/v1/keys", Map.of()).valueStream().map(KeyRow::of)
                .filter(row -> row.id().equals(id)).findFirst().orElseThrow(() -> new PlatformProblem(404, null));
        model.addAttribute("key", key);
        return "keys/revoke";
    }

    @PostMapping("/keys/{id}/revoke")
    String revoke(@PathVariable String id, HttpSession session, RedirectAttributes redirect) {
        Admins.require(currentPerson.in(session));
        try {
            platform.delete("/api/v1/keys/{id}", Map.of("id", id));
        } catch (PlatformProblem problem) {
            return refused(problem, "key-revoke-" + id, redirect);
        }
        redirect.addFlashAttribute("notice", "Ключ " + id + " отозван: он больше не принимается.");
        return "redirect:/keys";
    }

    private static String refused(PlatformProblem problem, String control, RedirectAttributes redirect) {
        if (problem.isConflict()) {
            redirect.addFlashAttribute("alert", KeyRefusals.alert(problem));
        } else {
            redirect.addFlashAttribute("errors", Map.of(control, KeyRefusals.message(problem)));
        }
        return "redirect:/keys";
    }
}
