package org.appeals.department.deadline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the calendar, the working-time arithmetic and the rules once, from the data files. */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    WorkingCalendar workingCalendar(CalendarProperties properties) {
        return WorkingCalendar.load(properties);
    }

    @Bean
    WorkingTime workingTime(WorkingCalendar calendar) {
        return new WorkingTime(calendar);
    }

    @Bean
    DeadlineRules deadlineRules(CalendarProperties properties) {
        return DeadlineRules.load(properties.calendarLocation() + "/deadline-rules.json");
    }

    @Bean
    DeadlineCalculator deadlineCalculator(WorkingTime workingTime, DeadlineRules rules) {
        return new DeadlineCalculator(workingTime, rules);
    }
}
