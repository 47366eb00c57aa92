package org.appeals.intake.search;

import org.appeals.support.web.Caller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff console's list and counts, within the caller's {@link Scope}: {@code GET /api/v1/appeals} with the
 * filters of {@link SearchParameters}, and {@code GET /api/v1/appeals/summary}. A channel key gets 403 for both.
 * Neither shows personal data, so neither is a personal-data read.
 */
@RestController
class AppealSearchController {

    private final ListedAppeals listings;

    AppealSearchController(ListedAppeals listings) {
        this.listings = listings;
    }

    @GetMapping("/api/v1/appeals")
    AppealList search(@RequestParam MultiValueMap<String, String> parameters, Caller caller) {
        Scope scope = Scope.of(caller);
        SearchParameters.Search search = SearchParameters.parse(parameters);
        return AppealList.of(listings.search(search.criteria(), scope, search.page(), search.size(), search.order()),
                search.page(), search.size());
    }

    @GetMapping("/api/v1/appeals/summary")
    AppealSummary summary(Caller caller) {
        return AppealSummary.of(listings, Scope.of(caller));
    }
}
