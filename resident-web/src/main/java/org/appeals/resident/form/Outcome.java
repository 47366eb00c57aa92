package org.appeals.resident.form;

import java.util.Map;

/** What became of a submitted form. */
sealed interface Outcome {

    /** Registered: the number and access code to show, the access code possibly null if intake gave none. */
    record Sent(String registrationNumber, String accessCode) implements Outcome {
    }

    /** A bot filled the honeypot: it is shown a success page and nothing is sent. */
    record Ignored() implements Outcome {
    }

    /**
     * Not sent: the form to show again (with the photos already kept), Russian messages by control id ("form" for
     * the summary only) and the page's HTTP status.
     */
    record Refused(AppealForm form, Map<String, String> errors, int status) implements Outcome {
    }
}
