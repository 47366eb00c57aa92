package org.appeals.email.inbound;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the text of a mail in its MIME tree: the plain-text alternative where there is one, else the HTML one as
 * text; inline text parts of a mixed mail are joined. Attachments are not sent on (intake takes links, not files), so
 * only their names are kept.
 */
final class BodyText {

    private final StringBuilder text = new StringBuilder();
    private final List<String> attachments = new ArrayList<>();

    private BodyText() {
    }

    static Body of(Part mail) throws MessagingException, IOException {
        BodyText body = new BodyText();
        body.read(mail);
        return new Body(body.text.toString().strip(), List.copyOf(body.attachments));
    }

    private void read(Part part) throws MessagingException, IOException {
        if (isAttachment(part)) {
            attachments.add(fileName(part));
        } else if (part.isMimeType("multipart/alternative")) {
            readAlternative((Multipart) part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                read(parts.getBodyPart(i));
            }
        } else if (part.isMimeType("text/plain")) {
            append(part.getContent().toString());
        } else if (part.isMimeType("text/html")) {
            append(HtmlText.of(part.getContent().toString()));
        }
    }

    /** The richest part we can read fully as text: plain text wins over HTML, a nested multipart over both. */
    private void readAlternative(Multipart alternatives) throws MessagingException, IOException {
        BodyPart chosen = null;
        for (int i = 0; i < alternatives.getCount(); i++) {
            BodyPart candidate = alternatives.getBodyPart(i);
            if (candidate.isMimeType("text/plain") || candidate.isMimeType("multipart/*")
                    || (chosen == null && candidate.isMimeType("text/html"))) {
                chosen = candidate;
            }
        }
        if (chosen != null) {
            read(chosen);
        }
    }

    private void append(String piece) {
        if (!piece.isBlank()) {
            text.append(text.isEmpty() ? "" : "\n\n").append(piece.replace("\r\n", "\n").strip());
        }
    }

    private static boolean isAttachment(Part part) throws MessagingException {
        return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                || (part.getFileName() != null && !part.isMimeType("multipart/*"));
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null) {
            return "без имени";
        }
        try {
            return MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException e) {
            return name;
        }
    }
}
