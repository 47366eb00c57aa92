package org.appeals.routing.rules;

import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;

/** Where appeals of a category in a municipality go now, and by which rule. */
record EffectiveRule(Category category, Municipality municipality, String departmentId, String ruleId) {
}
