package org.appeals.department.deadline;

import static org.appeals.department.deadline.Volgograd.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class DeadlineConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(WithProperties.class, DeadlineConfiguration.class);

    @Test
    void theDefaultsGiveANineToSixDayInVolgograd() {
        runner.run(context -> assertThat(context.getBean(WorkingTime.class)
                .plusWorkingHours(at("2026-03-17T09:00"), Duration.ofHours(9))).isEqualTo(at("2026-03-17T18:00")));
    }

    @Test
    void configuredWorkingHoursAndLunchChangeTheDeadline() {
        runner.withPropertyValues("appeals.department.calendar.workday-start=08:00",
                        "appeals.department.calendar.workday-end=17:00",
                        "appeals.department.calendar.lunch-start=12:00",
                        "appeals.department.calendar.lunch-end=12:48")
                .run(context -> assertThat(context.getBean(WorkingTime.class)
                        .plusWorkingHours(at("2026-03-17T11:00"), Duration.ofHours(2)))
                        .isEqualTo(at("2026-03-17T13:48")));
    }

    @Test
    void aConfiguredZoneMovesTheWorkingDay() {
        runner.withPropertyValues("appeals.department.calendar.zone=Asia/Yekaterinburg")
                .run(context -> assertThat(context.getBean(WorkingTime.class)
                        .plusWorkingHours(at("2026-03-17T07:00"), Duration.ofHours(1))).isEqualTo(at("2026-03-17T08:00")));
    }

    @Test
    void anImpossibleWorkingDayStopsTheStart() {
        runner.withPropertyValues("appeals.department.calendar.workday-start=18:00",
                "appeals.department.calendar.workday-end=09:00").run(context -> assertThat(context).hasFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CalendarProperties.class)
    static class WithProperties {
    }
}
