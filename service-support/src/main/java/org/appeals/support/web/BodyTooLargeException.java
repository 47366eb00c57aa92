package org.appeals.support.web;

import java.io.IOException;

/** A request body went past the service's limit while it was read; answered 413, like a declared length over it. */
public class BodyTooLargeException extends IOException {

    BodyTooLargeException(long maxBytes) {
        super("The request body is larger than the " + maxBytes + " bytes this API accepts.");
    }
}
