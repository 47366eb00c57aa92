package org.appeals.intake.open311;

import java.util.List;
import java.util.Map;
import org.appeals.intake.registration.Registered;
import org.appeals.intake.registration.Submissions;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GeoReport v2 service requests: {@code POST requests} (form-encoded, with an {@code api_key}) registers an appeal of
 * the WEB channel through the same registration as {@code POST /api/v1/appeals}; {@code GET requests/{id}} and
 * {@code GET requests} read Open311's own requests back, without the resident's name or contacts.
 */
@RestController
class RequestsController {

    static final String NOTICE = "Обращение зарегистрировано. Ответ придёт на указанный e-mail или телефон.";

    private final ApiKeys apiKeys;
    private final Submissions submissions;
    private final ServiceRequests requests;

    RequestsController(ApiKeys apiKeys, Submissions submissions, ServiceRequests requests) {
        this.apiKeys = apiKeys;
        this.submissions = submissions;
        this.requests = requests;
    }

    @PostMapping(path = Open311Paths.REQUESTS, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<byte[]> create(@PathVariable String format, @RequestParam MultiValueMap<String, String> form) {
        Open311Format answer = Open311Format.of(format);
        apiKeys.require(form.getFirst("api_key"));
        Registered registered = submissions.appeal(ServiceRequestForm.read(form));
        Map<String, Object> created = Fields.of("service_request_id", registered.appealId().toString(),
                "service_notice", NOTICE, "account_id", null);
        return answer.respond(HttpStatus.CREATED, requestsOf(List.of(created)));
    }

    @GetMapping(Open311Paths.REQUEST)
    ResponseEntity<byte[]> request(@PathVariable String id, @PathVariable String format) {
        Open311Format answer = Open311Format.of(format);
        var request = requests.find(id)
                .orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, "no service request with this id"));
        return answer.respond(HttpStatus.OK, requestsOf(List.of(RequestFields.of(request))));
    }

    @GetMapping(Open311Paths.REQUESTS)
    ResponseEntity<byte[]> search(@PathVariable String format, @RequestParam MultiValueMap<String, String> params) {
        Open311Format answer = Open311Format.of(format);
        var found = requests.search(RequestQuery.of(params));
        return answer.respond(HttpStatus.OK, requestsOf(found.stream().map(RequestFields::of).toList()));
    }

    private static Open311Document requestsOf(List<Map<String, Object>> items) {
        return new Open311Document("service_requests", "request", items);
    }
}
