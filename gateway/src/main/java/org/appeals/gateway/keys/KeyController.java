package org.appeals.gateway.keys;

import java.net.URI;
import java.util.List;
import org.appeals.contracts.Actor;
import org.appeals.gateway.identity.Identity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The key API, served by the gateway itself. The guard filter has already let only admins through and put their
 * identity in the request, which every act records as its actor.
 */
@RestController
@RequestMapping("/api/v1/keys")
class KeyController {

    private final KeyAdministration keys;

    KeyController(KeyAdministration keys) {
        this.keys = keys;
    }

    @PostMapping
    ResponseEntity<KeyViews.Issued> issue(@RequestBody KeyRequests.Issue request,
                                          @RequestAttribute(Identity.ATTRIBUTE) Identity admin) {
        KeyViews.Issued issued = keys.issue(request, actor(admin));
        return ResponseEntity.created(URI.create("/api/v1/keys/" + issued.id())).body(issued);
    }

    @GetMapping
    List<KeyViews.Listed> list() {
        return keys.list();
    }

    @PostMapping("/{id}/rotate")
    ResponseEntity<KeyViews.Issued> rotate(@PathVariable String id,
                                           @RequestBody(required = false) KeyRequests.Rotate request,
                                           @RequestAttribute(Identity.ATTRIBUTE) Identity admin) {
        KeyViews.Issued issued = keys.rotate(id, request == null ? null : request.graceHours(), actor(admin));
        return ResponseEntity.created(URI.create("/api/v1/keys/" + issued.id())).body(issued);
    }

    @DeleteMapping("/{id}")
    KeyViews.Listed revoke(@PathVariable String id, @RequestAttribute(Identity.ATTRIBUTE) Identity admin) {
        return keys.revoke(id, actor(admin));
    }

    @GetMapping("/audit")
    List<KeyAction> audit() {
        return keys.audit();
    }

    @ExceptionHandler(KeyStoreUnavailable.class)
    ResponseEntity<ProblemDetail> storeUnavailable() {
        HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status,
                "The key store cannot be reached just now; retry later."));
    }

    private static Actor actor(Identity admin) {
        return new Actor(admin.id(), admin.role().name());
    }
}
