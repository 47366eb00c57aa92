package org.appeals.department.web;

import java.util.UUID;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.PathIds;

/** Appeal ids from request paths. */
public final class AppealIds {

    private AppealIds() {
    }

    /** What a department sees when an appeal is not in its inbox, whether it exists elsewhere or not at all. */
    public static ApiException notInInbox() {
        return ApiException.notFound("This department's inbox has no such appeal.");
    }

    /** The id in the path; a value that is no UUID names no appeal, so it is a 404 like any unknown id. */
    public static UUID parse(String raw) {
        return PathIds.parse(raw, AppealIds::notInInbox);
    }
}
