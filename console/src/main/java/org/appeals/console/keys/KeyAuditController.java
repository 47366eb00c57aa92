package org.appeals.console.keys;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.appeals.console.layout.CurrentPerson;
import org.appeals.console.platform.PlatformClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The whole key audit: who issued, rotated and revoked which key, when (the gateway keeps the latest 1000). */
@Controller
class KeyAuditController {

    private final PlatformClient platform;
    private final CurrentPerson currentPerson;

    KeyAuditController(PlatformClient platform, CurrentPerson currentPerson) {
        this.platform = platform;
        this.currentPerson = currentPerson;
    }

    @GetMapping("/keys/audit")
    String audit(HttpSession session, Model model) {
        Admins.require(currentPerson.in(session));
        model.addAttribute("actions", platform.get("/api/v1/keys/audit", Map.of()).valueStream()
                .map(KeyActionRow::of).toList());
        return "keys/audit";
    }
}
