package org.appeals.bench;

import java.io.PrintStream;
import java.util.List;

/** The figures of one fault-injection run, printed as the README quotes them. */
record ChaosReport(ChaosOptions options, long attempts, double sendingSeconds, ChaosTally tally, ErrorCounts errors,
                   List<KillTiming> kills, List<String> failures, List<String> unexpectedlyEnded,
                   List<String> lostExamples, List<String> duplicatedExamples) {

    /** Nothing lost, nothing duplicated, every part killed and back, nothing died by itself. */
    boolean clean() {
        return tally.lost() == 0 && tally.duplicated() == 0 && failures.isEmpty() && unexpectedlyEnded.isEmpty()
                && kills.size() == KillRound.PARTS.size();
    }

    private static void examples(PrintStream out, List<String> appealIds) {
        if (!appealIds.isEmpty()) {
            out.println("              e.g. appeal " + String.join(", ", appealIds));
        }
    }

    void print(PrintStream out) {
        out.println();
        out.println("== Chaos run: " + options.describe());
        out.println("machine       " + Machine.describe());
        out.printf("sent          %d appeals in %.1f s (%d attempts, the adapter retrying each until 202)%n",
                tally.sent(), sendingSeconds, attempts);
        out.printf("accepted      %d (202); never accepted %d%n", tally.accepted(), tally.sent() - tally.accepted());
        out.printf("placed        %d: %d in an inbox + %d in triage%n", tally.placed(), tally.inInbox(),
                tally.inTriageOnly());
        out.printf("lost          %d (202 but never placed, or intake 404; of them intake 404: %d)%n", tally.lost(),
                tally.unknownToIntake());
        examples(out, lostExamples);
        out.printf("duplicated    %d (two appeal ids for one external id: %d; one appeal placed twice: %d)%n",
                tally.duplicated(), tally.twoAppealIds(), tally.placedTwice());
        examples(out, duplicatedExamples);
        out.println("errors        " + errors.total() + " " + errors);
        out.println("kills         part                  killed at   pid -> new pid     down -> ready   -> healthy");
        kills.forEach(kill -> out.printf("              %-20s %8.1f s   %6d -> %-8d %9.1f s %9.1f s%n", kill.part(),
                kill.killedAtSeconds(), kill.killedPid(), kill.newPid(), kill.readySeconds(), kill.healthySeconds()));
        out.println("died alone    " + (unexpectedlyEnded.isEmpty() ? "none" : String.join(", ", unexpectedlyEnded)));
        out.println("kill failures " + (failures.isEmpty() ? "none" : String.join("; ", failures)));
        out.println(clean() ? "verdict       nothing lost, nothing duplicated, every part came back"
                : "verdict       NOT CLEAN: see lost, duplicated and the failures above");
    }
}
