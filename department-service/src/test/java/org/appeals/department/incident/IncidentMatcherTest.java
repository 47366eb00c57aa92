package org.appeals.department.incident;

import static org.appeals.department.incident.Reports.MIRA_5;
import static org.appeals.department.incident.Reports.MIRA_5_EAST_100M;
import static org.appeals.department.incident.Reports.MONDAY_NOON;
import static org.appeals.department.incident.Reports.TWO_KM_AWAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Location;
import org.appeals.contracts.Municipality;
import org.junit.jupiter.api.Test;

class IncidentMatcherTest {

    private static final String POTHOLE = "Яма на ул. Мира у дома 5";
    private static final String SAME_POTHOLE = "Огромная яма на улице Мира возле дома 5";
    private static final Location ADDRESS_ONLY = new Location("Михайловка, ул. Мира", null, null);

    private final IncidentMatcher matcher = new IncidentMatcher(IncidentProperties.defaults());
    private final Reports reports = Reports.forNewDepartment();

    @Test
    void reportsAHundredMetresApartAreOneIncidentWhateverTheyAreWorded() {
        Incident incident = incidentOf(reports.road("Яма на дороге", MIRA_5, MONDAY_NOON));

        assertThat(belongs(reports.road("Выбоина, колесо пробил", MIRA_5_EAST_100M, MONDAY_NOON.plusSeconds(600)),
                incident)).isTrue();
    }

    @Test
    void locatedReportsTwoKilometresApartAreTwoIncidentsEvenWordedAlike() {
        Incident incident = incidentOf(reports.road(POTHOLE, MIRA_5, MONDAY_NOON));

        assertThat(belongs(reports.road(POTHOLE, TWO_KM_AWAY, MONDAY_NOON.plusSeconds(600)), incident)).isFalse();
    }

    @Test
    void nearIdenticalTextsGroupReportsWithoutCoordinates() {
        Incident incident = incidentOf(reports.road(POTHOLE, ADDRESS_ONLY, MONDAY_NOON));

        assertThat(belongs(reports.road(SAME_POTHOLE, null, MONDAY_NOON.plusSeconds(3600)), incident)).isTrue();
        assertThat(belongs(reports.road("Яма напротив дома 5 по улице Мира, ё-моё!", null,
                MONDAY_NOON.plusSeconds(3600)), incident)).isTrue();
    }

    @Test
    void aTextWithCoordinatesIsComparedByWordsWithAReportThatHasNone() {
        Incident incident = incidentOf(reports.road(POTHOLE, null, MONDAY_NOON));

        assertThat(belongs(reports.road(SAME_POTHOLE, TWO_KM_AWAY, MONDAY_NOON.plusSeconds(60)), incident)).isTrue();
    }

    @Test
    void differentProblemsOnTheSameStreetAreNotGroupedByText() {
        Incident incident = incidentOf(reports.road(POTHOLE, null, MONDAY_NOON));

        assertThat(belongs(reports.road("Не горит светофор на перекрёстке Мира и Обороны", null,
                MONDAY_NOON.plusSeconds(60)), incident)).isFalse();
        assertThat(belongs(reports.road("Яма на ул. Мира у дома 17", null, MONDAY_NOON.plusSeconds(60)), incident))
                .as("another house number is another place").isFalse();
    }

    @Test
    void aTextTooShortToSayWhereGroupsNothing() {
        Incident incident = incidentOf(reports.road("Яма!", null, MONDAY_NOON));

        assertThat(belongs(reports.road("Яма!!!", null, MONDAY_NOON.plusSeconds(60)), incident)).isFalse();
    }

    @Test
    void aReportAfterTheWindowOfTheLatestReportStartsAnewButOneWithinItJoins() {
        Incident incident = incidentOf(reports.road(POTHOLE, MIRA_5, MONDAY_NOON),
                reports.road(SAME_POTHOLE, MIRA_5, MONDAY_NOON.plus(Duration.ofHours(48))));

        assertThat(belongs(reports.road(POTHOLE, MIRA_5, MONDAY_NOON.plus(Duration.ofHours(119))), incident)).isTrue();
        assertThat(belongs(reports.road(POTHOLE, MIRA_5, MONDAY_NOON.plus(Duration.ofHours(121))), incident))
                .isFalse();
        assertThat(belongs(reports.road(POTHOLE, MIRA_5, MONDAY_NOON.minus(Duration.ofHours(73))), incident))
                .isFalse();
    }

    @Test
    void anotherCategoryMunicipalityOrDepartmentIsAnotherIncident() {
        Incident incident = incidentOf(reports.road(POTHOLE, MIRA_5, MONDAY_NOON));
        Instant soon = MONDAY_NOON.plusSeconds(60);

        assertThat(belongs(reports.report(Category.LANDSCAPING, Municipality.MIKHAILOVKA, POTHOLE, MIRA_5, soon),
                incident)).isFalse();
        assertThat(belongs(reports.report(Category.ROADS, Municipality.FROLOVO, POTHOLE, MIRA_5, soon), incident))
                .isFalse();
        assertThat(belongs(Reports.forNewDepartment().road(POTHOLE, MIRA_5, soon), incident)).isFalse();
    }

    @Test
    void aReportJoinsWhenItMatchesAnyOfTheIncidentsReports() {
        Incident incident = incidentOf(reports.road("Яма на дороге", MIRA_5, MONDAY_NOON),
                reports.road(POTHOLE, null, MONDAY_NOON.plusSeconds(60)));

        assertThat(belongs(reports.road(SAME_POTHOLE, null, MONDAY_NOON.plusSeconds(120)), incident)).isTrue();
    }

    private boolean belongs(IncidentReport report, Incident incident) {
        return matcher.belongs(report.key(), Member.of(report), incident);
    }

    private static Incident incidentOf(IncidentReport first, IncidentReport... more) {
        var members = new java.util.ArrayList<Member>();
        members.add(Member.of(first));
        for (IncidentReport report : more) {
            members.add(Member.of(report));
        }
        Instant last = members.stream().map(Member::receivedAt).max(Instant::compareTo).orElseThrow();
        return new Incident(UUID.randomUUID(), first.key(), first.receivedAt(), last, members, java.util.Set.of(), 1L);
    }
}
