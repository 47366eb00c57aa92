package org.appeals.notification.render;

import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Channel;

/** What a reply is made of; {@code residentName} and {@code departmentName} may be null. */
public record ReplyFacts(Channel channel, AnswerKind kind, UUID appealId, String residentName,
                         String departmentName, String answerText) {

    /** Leaves out the name and the text. */
    @Override
    public String toString() {
        return "ReplyFacts[channel=" + channel + ", kind=" + kind + ", appealId=" + appealId + "]";
    }
}
