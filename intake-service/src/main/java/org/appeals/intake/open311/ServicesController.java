package org.appeals.intake.open311;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /open311/v2/services.{json|xml}}: the service list, public like the rest of Open311's reading side. */
@RestController
class ServicesController {

    @GetMapping(Open311Paths.SERVICES)
    ResponseEntity<byte[]> services(@PathVariable String format) {
        return Open311Format.of(format).respond(HttpStatus.OK, ServiceCatalog.services());
    }
}
