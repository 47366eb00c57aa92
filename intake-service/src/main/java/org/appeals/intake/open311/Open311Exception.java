package org.appeals.intake.open311;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A request Open311 refuses, with one description per fault; answered as the spec's {@code errors}. */
class Open311Exception extends RuntimeException {

    private final HttpStatus status;
    private final transient List<String> descriptions;

    Open311Exception(HttpStatus status, String description) {
        this(status, List.of(description));
    }

    Open311Exception(HttpStatus status, List<String> descriptions) {
        super(String.join("; ", descriptions));
        this.status = status;
        this.descriptions = List.copyOf(descriptions);
    }

    HttpStatus status() {
        return status;
    }

    List<String> descriptions() {
        return descriptions;
    }
}
