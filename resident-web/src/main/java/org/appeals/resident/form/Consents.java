package org.appeals.resident.form;

/** The consents residents gave (152-ФЗ): which text, when, for which submission; kept by resident-web. */
interface Consents {

    /** Records the consent before any personal data leaves for the platform; a resubmitted form keeps the first. */
    void given(String submissionId, String textVersion);

    /** Notes the appeal's number once intake registered it. */
    void registered(String submissionId, String registrationNumber);
}
