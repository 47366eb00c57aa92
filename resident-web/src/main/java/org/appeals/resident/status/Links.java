package org.appeals.resident.status;

import org.springframework.web.util.UriComponentsBuilder;

/** The residents' links: the status page and the feedback page of an appeal, with its access code. */
public final class Links {

    private Links() {
    }

    public static String status(String number, String code) {
        return UriComponentsBuilder.fromPath("/appeal/{number}").queryParam("code", "{code}")
                .buildAndExpand(number, code).encode().toUriString();
    }

    public static String feedback(String number, String code) {
        return UriComponentsBuilder.fromPath("/feedback/{number}").queryParam("code", "{code}")
                .buildAndExpand(number, code).encode().toUriString();
    }
}
