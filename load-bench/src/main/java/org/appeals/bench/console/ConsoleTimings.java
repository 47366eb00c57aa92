package org.appeals.bench.console;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every person's pages, timed one person after another, each logged in once; a person who cannot log in is reported,
 * not skipped silently, and the others go on.
 */
record ConsoleTimings(List<PageTiming> pages, List<String> failedLogins, List<String> skipped) {

    static ConsoleTimings of(List<DemoPeople.Person> people, URI console, Optional<String> appealId, PageTimer timer,
                             PrintStream out) throws InterruptedException {
        ConsoleTimings timings = new ConsoleTimings(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (DemoPeople.Person person : people) {
            timings.time(person, console, appealId, timer, out);
            person.needingAnAppeal(appealId).forEach(path -> timings.skipped.add(person.username() + " " + path
                    + ": no appeal in " + DemoPeople.DEPARTMENT + "'s inbox"));
        }
        return timings;
    }

    private void time(DemoPeople.Person person, URI console, Optional<String> appealId, PageTimer timer,
                      PrintStream out) throws InterruptedException {
        ConsoleSession session;
        try {
            session = new ConsoleSession(console).login(person.username(), person.password());
        } catch (IOException e) {
            failedLogins.add(person.username() + ": " + e.getMessage());
            out.println("Login of " + person.username() + " failed: " + e.getMessage());
            return;
        }
        List<ConsolePage> personsPages = person.pages(appealId);
        out.println("Logged in as " + person.username() + " (" + person.description() + "); timing "
                + personsPages.size() + " pages ...");
        for (ConsolePage page : personsPages) {
            pages.add(timer.time(person.username(), session, page));
        }
    }
}
