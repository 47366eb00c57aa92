package org.appeals.console.deliveries;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.appeals.console.platform.PlatformClient;
import org.appeals.console.platform.PlatformProblem;
import org.appeals.console.platform.ProblemMessages;
import org.appeals.contracts.Channel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /deliveries}: the replies that failed every attempt (notification's parked list, regional centre and admins
 * only: anyone else gets notification's 403 page) and their re-send, which the appeal card uses too.
 */
@Controller
class DeliveriesController {

    /** As many as a person can go through; notification's default (50) would hide the rest without a word. */
    static final int LIMIT = 200;

    private final PlatformClient platform;

    DeliveriesController(PlatformClient platform) {
        this.platform = platform;
    }

    @GetMapping("/deliveries")
    String parked(@RequestParam(name = "channel", required = false, defaultValue = "") String channel,
                  Model model) {
        List<DeliveryRow> rows = DeliveryRow.list(platform.get("/api/v1/deliveries/parked?channel={channel}&limit={limit}",
                Map.of("channel", channel.strip(), "limit", LIMIT)).path("deliveries"));
        model.addAttribute("rows", rows);
        model.addAttribute("channel", channel.strip());
        model.addAttribute("channels", Arrays.asList(Channel.values()));
        model.addAttribute("limited", rows.size() >= LIMIT);
        model.addAttribute("limit", LIMIT);
        return "deliveries/deliveries";
    }

    /** Sends a parked reply again; back to where the button was, with what happened. */
    @PostMapping("/deliveries/{deliveryId}/resend")
    String resend(@PathVariable String deliveryId,
                  @RequestParam(name = "appealId", required = false) String appealId,
                  @RequestParam(name = "channel", required = false) String channel, RedirectAttributes flash) {
        ResendTarget back = ResendTarget.of(appealId, channel);
        try {
            DeliveryRow resent = DeliveryRow.of(platform.post("/api/v1/deliveries/{id}/resend",
                    Map.of("id", deliveryId), null));
            flash.addFlashAttribute("notice", "Отправлено снова: " + resent.what().toLowerCase(Locale.ROOT)
                    + " по обращению № " + resent.number() + " (" + resent.channel() + ").");
        } catch (PlatformProblem problem) {
            if (problem.isConflict()) {
                flash.addFlashAttribute("alert", ProblemMessages.CONFLICT);
            } else {
                flash.addFlashAttribute("errors", Map.of("resend-" + deliveryId, problem.message()
                        + (problem.detail() == null ? "" : " (" + problem.detail() + ")")));
            }
        }
        return back.redirect();
    }
}
