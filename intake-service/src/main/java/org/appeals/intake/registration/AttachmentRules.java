package org.appeals.intake.registration;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** Checks the attachments: a few absolute web links, nothing a browser or a channel adapter could run. */
final class AttachmentRules {

    static final int MAX_ATTACHMENTS = 10;
    static final int MAX_URL = 2_000;

    private AttachmentRules() {
    }

    static List<String> attachments(List<String> attachments, Violations violations) {
        if (attachments == null) {
            return List.of();
        }
        if (attachments.size() > MAX_ATTACHMENTS) {
            violations.add("attachments", "must have at most " + MAX_ATTACHMENTS + " links");
            return List.of();
        }
        for (int i = 0; i < attachments.size(); i++) {
            if (!isWebLink(attachments.get(i))) {
                violations.add("attachments[" + i + "]", "must be an http or https URL of at most " + MAX_URL
                        + " characters, on one line");
            }
        }
        return attachments.stream().filter(AttachmentRules::isWebLink).toList();
    }

    private static boolean isWebLink(String url) {
        if (url == null || url.length() > MAX_URL || TextRules.problem(url, false) != null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
