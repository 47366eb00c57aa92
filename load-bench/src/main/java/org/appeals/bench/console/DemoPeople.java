package org.appeals.bench.console;

import java.util.List;
import java.util.Optional;

/**
 * The demo realm's people the bench logs in as (password {@code demo-<username>}), each with the console pages of
 * their work. {@value #APPEAL} in a path stands for an appeal of {@value #DEPARTMENT}, which all of them may read.
 */
final class DemoPeople {

    static final String APPEAL = "{appeal}";
    static final String DEPARTMENT = "mikhailovka-roads";

    private static final List<String> OPERATOR_PAGES = List.of("/today", "/today/counts", "/triage", "/reviews",
            "/overdue", "/incidents", "/search", "/search?q=яма", "/search?status=ASSIGNED&sort=due",
            "/search?municipality=MIKHAILOVKA&page=10", "/appeals/" + APPEAL);

    static final List<Person> ALL = List.of(
            new Person("cur-operator", "ЦУР", concat(OPERATOR_PAGES, "/deliveries", "/directory", "/directory/audit")),
            new Person("mcu-mikhailovka", "МЦУ Михайловка", concat(OPERATOR_PAGES, "/directory")),
            new Person("roads-mikhailovka", "staff of " + DEPARTMENT, List.of("/inbox/" + DEPARTMENT,
                    "/inbox/" + DEPARTMENT + "/appeals/" + APPEAL, "/inbox/" + DEPARTMENT + "/incidents", "/search")),
            new Person("platform-admin", "admin", List.of("/today", "/search", "/keys", "/deliveries",
                    "/directory/audit")));

    private DemoPeople() {
    }

    /** A demo person and the pages timed for them. */
    record Person(String username, String description, List<String> paths) {

        String password() {
            return "demo-" + username;
        }

        /** The pages with the appeal filled in; a page that needs one is left out when there is none. */
        List<ConsolePage> pages(Optional<String> appealId) {
            return paths.stream().filter(path -> !path.contains(APPEAL) || appealId.isPresent())
                    .map(path -> new ConsolePage(path.replace(APPEAL, appealId.orElse(""))))
                    .toList();
        }

        /** The pages that cannot be timed without an appeal. */
        List<String> needingAnAppeal(Optional<String> appealId) {
            return appealId.isPresent() ? List.of() : paths.stream().filter(path -> path.contains(APPEAL)).toList();
        }
    }

    private static List<String> concat(List<String> first, String... more) {
        return java.util.stream.Stream.concat(first.stream(), java.util.Arrays.stream(more)).toList();
    }
}
