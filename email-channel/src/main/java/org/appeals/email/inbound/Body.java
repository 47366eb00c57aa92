package org.appeals.email.inbound;

import java.util.List;

/** The readable text of a mail and the names of the files attached to it. */
record Body(String text, List<String> attachmentNames) {

    @Override
    public String toString() {
        return "Body[" + text.length() + " chars, " + attachmentNames.size() + " attachments]";
    }
}
