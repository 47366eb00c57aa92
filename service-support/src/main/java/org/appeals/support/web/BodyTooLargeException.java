package org.appeals.support.web;

import java.io.IOException;

/** A request body went past the service's limit while it was read; answered 413, like a declared length over it. */
public class BodyTooLargeException extends IOException {

    BodyTooLargeException(long maxBytes) {
        super(detail(maxBytes));
    }

    /** What a client is told, by a service and by the gateway alike. */
    public static String detail(long maxBytes) {
        return "The request body is larger than the " + maxBytes + " bytes this API accepts.";
    }
}
