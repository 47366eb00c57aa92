package org.appeals.resident.form;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.appeals.resident.gateway.Gateway;
import org.appeals.resident.gateway.GatewayProblem;
import org.appeals.resident.layout.Minutes;
import org.appeals.resident.layout.ProblemWords;
import org.appeals.resident.photo.CheckedPhoto;
import org.appeals.resident.photo.PhotoCheck;
import org.appeals.resident.photo.PhotoProperties;
import org.appeals.resident.photo.Photos;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/**
 * One filled form, start to end: the honeypot, the form's checks and its photos, the per-address limit, then the
 * photos kept, the consent recorded and the appeal posted through the gateway. Photos kept on a try the API refused
 * ride along in the form, so a resident who corrects a field does not pick them again.
 */
class FormSubmissions {

    private static final Logger log = LoggerFactory.getLogger(FormSubmissions.class);

    private final Gateway gateway;
    private final Photos photos;
    private final PhotoCheck photoCheck;
    private final PhotoProperties photoSettings;
    private final SubmissionLimits limits;
    private final Consents consents;
    private final FormProperties formSettings;
    private final String publicUrl;

    FormSubmissions(Gateway gateway, Photos photos, PhotoCheck photoCheck, PhotoProperties photoSettings,
                    SubmissionLimits limits, Consents consents, FormProperties formSettings, String publicUrl) {
        this.gateway = gateway;
        this.photos = photos;
        this.photoCheck = photoCheck;
        this.photoSettings = photoSettings;
        this.limits = limits;
        this.consents = consents;
        this.formSettings = formSettings;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    Outcome submit(AppealForm form, List<MultipartFile> files, String clientAddress) {
        if (form.isBot()) {
            return new Outcome.Ignored();
        }
        List<String> kept = form.storedPhotos().stream().filter(id -> photos.find(id).isPresent()).toList();
        form = form.withStoredPhotos(kept);
        Map<String, String> errors = new java.util.LinkedHashMap<>(FormChecks.check(form, formSettings.maxText()));
        Uploads uploads = Uploads.check(files, kept.size(), photoSettings.maxCount(), photoCheck);
        if (!uploads.refusals().isEmpty()) {
            errors.put("photos", uploads.message());
        }
        if (!errors.isEmpty()) {
            return new Outcome.Refused(form, errors, 400);
        }
        Optional<Duration> wait = limits.admit(clientAddress, form.submissionId());
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            return new Outcome.Refused(form, Map.of("form", "С вашего адреса отправлено слишком много обращений. "
                    + "Попробуйте через " + Minutes.of(minutes) + "."), 429);
        }
        return send(form.withStoredPhotos(keep(kept, uploads.photos())), clientAddress);
    }

    private List<String> keep(List<String> kept, List<CheckedPhoto> checked) {
        List<String> ids = new ArrayList<>(kept);
        checked.forEach(photo -> ids.add(photos.store(photo)));
        return ids;
    }

    private Outcome send(AppealForm form, String clientAddress) {
        consents.given(form.submissionId(), ConsentText.CURRENT);
        List<String> urls = form.storedPhotos().stream().map(id -> publicUrl + "/photos/" + id).toList();
        try {
            JsonNode registered = gateway.register(AppealBody.of(form, urls), clientAddress);
            String number = text(registered, "registrationNumber");
            consents.registered(form.submissionId(), number);
            return new Outcome.Sent(number, text(registered, "accessCode"));
        } catch (GatewayProblem problem) {
            return refused(form, problem);
        }
    }

    private static Outcome refused(AppealForm form, GatewayProblem problem) {
        return switch (problem.status()) {
            case 400, 422 -> new Outcome.Refused(form, ApiFieldErrors.of(problem), 400);
            case 429 -> new Outcome.Refused(form, Map.of("form", ProblemWords.tooManyAttempts(problem)), 429);
            default -> {
                log.warn("the gateway did not take a WEB appeal: {}", problem.getMessage());
                yield new Outcome.Refused(form, Map.of("form", "Не удалось отправить обращение: сервис временно "
                        + "недоступен. Введённое сохранено — нажмите «Отправить» ещё раз через несколько минут."), 503);
            }
        };
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isString() ? node.path(field).asString() : null;
    }
}
