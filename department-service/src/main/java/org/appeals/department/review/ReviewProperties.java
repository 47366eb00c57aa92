package org.appeals.department.review;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Answer review ({@code appeals.department.review.*}).
 *
 * @param mode the mode of departments not listed
 * @param departments modes per department id
 */
@ConfigurationProperties("appeals.department.review")
record ReviewProperties(ReviewMode mode, Map<String, ReviewMode> departments) {

    ReviewProperties {
        mode = mode == null ? ReviewMode.ALWAYS : mode;
        departments = departments == null ? Map.of() : Map.copyOf(departments);
    }

    ReviewMode modeOf(String departmentId) {
        return departments.getOrDefault(departmentId, mode);
    }
}
