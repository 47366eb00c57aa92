package org.appeals.resident.form;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.resident.gateway.ClientAddress;
import org.appeals.resident.photo.PhotoProperties;
import org.appeals.resident.status.Links;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /form}: the WEB channel's form. A successful post shows the number and access code at once (no redirect:
 * a reload posts the same token again, which intake answers with the same appeal).
 */
@Controller
class FormController {

    private final FormSubmissions submissions;
    private final FormProperties settings;
    private final PhotoProperties photos;

    FormController(FormSubmissions submissions, FormProperties settings, PhotoProperties photos) {
        this.submissions = submissions;
        this.settings = settings;
        this.photos = photos;
    }

    @GetMapping("/form")
    String form(Model model) {
        return FormPage.show(model, AppealForm.blank(), Map.of(), settings, photos);
    }

    @PostMapping(path = "/form", consumes = {MediaType.MULTIPART_FORM_DATA_VALUE,
            MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    String submit(@ModelAttribute AppealForm form,
                  @RequestParam(name = "photos", required = false) List<MultipartFile> files,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Outcome outcome = submissions.submit(withToken(form), files, ClientAddress.of(request));
        if (outcome instanceof Outcome.Sent sent) {
            return sent(sent, model);
        }
        if (outcome instanceof Outcome.Refused refused) {
            response.setStatus(refused.status());
            return FormPage.show(model, refused.form(), refused.errors(), settings, photos);
        }
        return "form/sent";
    }

    private static String sent(Outcome.Sent sent, Model model) {
        model.addAttribute("registrationNumber", sent.registrationNumber());
        model.addAttribute("accessCode", sent.accessCode());
        if (sent.registrationNumber() != null && sent.accessCode() != null) {
            model.addAttribute("statusLink", Links.status(sent.registrationNumber(), sent.accessCode()));
        }
        return "form/sent";
    }

    /** A form without a readable token (an old page, a hand-made post) is a new submission. */
    private static AppealForm withToken(AppealForm form) {
        try {
            UUID.fromString(form.submissionId() == null ? "" : form.submissionId());
            return form;
        } catch (IllegalArgumentException unreadable) {
            return new AppealForm(UUID.randomUUID().toString(), form.text(), form.category(), form.municipality(),
                    form.address(), form.lat(), form.lon(), form.email(), form.phone(), form.name(), form.consent(),
                    form.website(), form.storedPhotos());
        }
    }
}
