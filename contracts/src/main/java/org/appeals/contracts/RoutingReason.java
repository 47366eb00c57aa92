package org.appeals.contracts;

import java.util.List;

/** Why routing decided what it did: the rule applied, the words that matched and how sure it is (0..1). */
public record RoutingReason(String ruleId, List<String> matchedTerms, double confidence, String explanation) {
}
