package org.appeals.resident.form;

import java.util.Map;
import org.appeals.resident.photo.Megabytes;
import org.appeals.resident.photo.PhotoProperties;
import org.springframework.ui.Model;

/** What the form's template needs besides the form itself: the pickers, the consent, the map and the limits. */
final class FormPage {

    static final String TEMPLATE = "form/form";
    private static final ConsentText CONSENT = ConsentText.current();

    private FormPage() {
    }

    static String show(Model model, AppealForm form, Map<String, String> errors, FormProperties settings,
                       PhotoProperties photos) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", Choices.CATEGORIES);
        model.addAttribute("municipalities", Choices.MUNICIPALITIES);
        model.addAttribute("consent", CONSENT);
        model.addAttribute("maxText", settings.maxText());
        model.addAttribute("tilesUrl", settings.tilesUrl());
        model.addAttribute("tilesAttribution", settings.tilesAttribution());
        model.addAttribute("maxPhotos", photos.maxCount());
        model.addAttribute("photoMaxBytes", photos.maxBytes().toBytes());
        model.addAttribute("photoMaxSize", Megabytes.of(photos.maxBytes().toBytes()));
        return TEMPLATE;
    }
}
