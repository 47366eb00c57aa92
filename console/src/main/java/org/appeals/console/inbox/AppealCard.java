package org.appeals.console.inbox;

import java.util.List;
import java.util.Set;
import org.appeals.console.layout.Deadline;

/**
 * One appeal of the department as its card shows it.
 *
 * @param finalAnswer the department's latest final answer with the check's flags marked in it, or null
 * @param returnedComment the operator's reason for returning that answer, while the appeal is back for rework
 * @param moves what the person may do now: the workflow's moves for the state, none for a reader
 */
record AppealCard(String appealId, String departmentId, String departmentName, String state, String stateLabel,
                  String category, String municipality, String channel, String address, String text,
                  List<Attachment> attachments, String received, String assigned, List<TermLine> terms,
                  List<HistoryEntry> history, FinalAnswer finalAnswer, String returnedComment, Set<Move> moves) {

    /** Whether the card offers {@code move} (by name, for the template). */
    public boolean can(String move) {
        return moves.contains(Move.valueOf(move));
    }

    public boolean movable() {
        return !moves.isEmpty();
    }

    /** A link the resident sent; {@code href} is null when it is no http(s) link, and then it is shown as text. */
    record Attachment(String href, String label) {
    }

    /** A deadline: its badge while it runs, else a note why not. */
    record TermLine(String id, String label, String due, Deadline badge, String note) {
    }

    /** An answer sent, its review and the automatic check's flags marked in its text. */
    record FinalAnswer(String answeredAt, String reviewStatus, String reviewLabel, FlaggedText text,
                       List<CheckFlag> flags) {

        public boolean pending() {
            return "PENDING".equals(reviewStatus);
        }
    }
}
