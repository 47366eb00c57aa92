package org.appeals.notification.render;

import java.time.LocalDate;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Channel;

/**
 * What a reply is made of; {@code residentName}, {@code departmentName} and {@code promisedBy} (the date an interim
 * answer promises the final one by) may be null, and so may {@code registrationNumber} and {@code accessCode} (the
 * secret of the appeal's public status page) for appeals registered before they existed.
 */
public record ReplyFacts(Channel channel, AnswerKind kind, UUID appealId, String residentName,
                         String departmentName, String answerText, LocalDate promisedBy, String registrationNumber,
                         String accessCode) {

    /** Facts of an appeal registered before registration numbers. */
    public ReplyFacts(Channel channel, AnswerKind kind, UUID appealId, String residentName, String departmentName,
                      String answerText, LocalDate promisedBy) {
        this(channel, kind, appealId, residentName, departmentName, answerText, promisedBy, null);
    }

    /** Facts of an appeal registered before access codes. */
    public ReplyFacts(Channel channel, AnswerKind kind, UUID appealId, String residentName, String departmentName,
                      String answerText, LocalDate promisedBy, String registrationNumber) {
        this(channel, kind, appealId, residentName, departmentName, answerText, promisedBy, registrationNumber, null);
    }

    /** Leaves out the name, the text and the access code. */
    @Override
    public String toString() {
        return "ReplyFacts[channel=" + channel + ", kind=" + kind + ", appealId=" + appealId + "]";
    }
}
