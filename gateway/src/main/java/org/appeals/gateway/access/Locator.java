package org.appeals.gateway.access;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.appeals.gateway.identity.DepartmentIds;

/**
 * Reads a raw request path into a {@link Target}. Only canonical paths are accepted: every segment made of
 * unreserved characters, no empty, {@code .} or {@code ..} segment, no trailing slash, no percent-encoding, no
 * {@code ;} parameters. What the policy checks is then exactly what the route matches and the backend receives.
 * The one exception is {@code /console/}, the console's start page (its logout returns there), taken as it is.
 */
final class Locator {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_~-]+(?:\\.[A-Za-z0-9_~-]+)*");
    private static final int MAX_PATH_LENGTH = 1024;
    static final String NOT_CANONICAL = "The path is not in canonical form: no empty, '.' or '..' segments, "
            + "no trailing slash, no percent-encoded characters and no ';' parameters.";

    private static final String CONSOLE_ROOT = "/console/";
    // the same table as the resident-web route's predicates in application.yml
    private static final Set<String> RESIDENT_PAGES = Set.of("form", "appeal", "feedback", "photos", "public-assets");
    // an appeal's registration number (34-2026-004217): year-long sequences may outgrow six digits
    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("\\d{2}-\\d{4}-\\d{6,}");

    private Locator() {
    }

    static Target locate(String rawPath) {
        if (CONSOLE_ROOT.equals(rawPath)) {
            return Target.of(Route.CONSOLE, Target.Shape.PUBLIC);
        }
        List<String> segments = segments(rawPath);
        if (segments == null) {
            return Target.invalid(NOT_CANONICAL);
        }
        if (segments.size() >= 2 && segments.get(0).equals("actuator")) {
            return actuator(segments);
        }
        // the console logs people in with its own session: its pages need no key or token here
        if (!segments.isEmpty() && segments.get(0).equals("console")) {
            return Target.of(Route.CONSOLE, Target.Shape.PUBLIC);
        }
        if (!segments.isEmpty() && RESIDENT_PAGES.contains(segments.get(0))) {
            return residentPages(segments);
        }
        if (segments.size() >= 2 && segments.get(0).equals("open311")) {
            return Target.of(Route.INTAKE, Target.Shape.PUBLIC);
        }
        if (segments.size() == 2 && segments.get(0).equals("api-docs")) {
            return switch (segments.get(1)) {
                case "intake" -> Target.of(Route.INTAKE, Target.Shape.PUBLIC);
                case "notification" -> Target.of(Route.NOTIFICATION, Target.Shape.PUBLIC);
                default -> Target.unknown();
            };
        }
        if (segments.size() < 3 || !segments.get(0).equals("api") || !segments.get(1).equals("v1")) {
            return Target.unknown();
        }
        return switch (segments.get(2)) {
            case "appeals" -> appeals(segments);
            // the residents' status and feedback API: intake checks the access code
            case "public" -> segments.size() > 3 ? Target.of(Route.INTAKE, Target.Shape.RESIDENT) : Target.unknown();
            case "departments" -> departments(segments);
            case "triage" -> numberedAt(Target.of(Route.ROUTING, Target.Shape.STAFF_ONLY), segments, 3);
            case "routing" -> Target.of(Route.ROUTING, Target.Shape.DIRECTORY);
            case "deliveries" -> deliveries(segments);
            case "audit" -> audit(segments);
            case "personal-data" -> segments.size() == 3
                    || segments.size() == 4 && segments.get(3).equals("erasures")
                    ? Target.of(Route.INTAKE, Target.Shape.PERSONAL_DATA) : Target.unknown();
            case "webhook-secrets" -> Target.of(Route.NOTIFICATION, Target.Shape.WEBHOOK_SECRETS);
            case "keys" -> Target.of(Route.GATEWAY, Target.Shape.KEYS);
            case "me" -> segments.size() == 3 ? Target.of(Route.GATEWAY, Target.Shape.ME) : Target.unknown();
            // the centre's operator desk on department-service: answer review, overdue appeals, incidents
            case "reviews" -> numberedAt(Target.of(Route.DEPARTMENT, Target.Shape.STAFF_ONLY), segments, 3);
            case "overdue", "incidents" -> Target.of(Route.DEPARTMENT, Target.Shape.STAFF_ONLY);
            default -> Target.unknown();
        };
    }

    private static List<String> segments(String rawPath) {
        if (rawPath == null || rawPath.length() > MAX_PATH_LENGTH || !rawPath.startsWith("/")) {
            return null;
        }
        if (rawPath.equals("/")) {
            return List.of();
        }
        List<String> segments = List.of(rawPath.substring(1).split("/", -1));
        return segments.stream().allMatch(s -> SEGMENT.matcher(s).matches()) ? segments : null;
    }

    /** The web form itself ({@code /form}) is told apart: a POST there is a resident's submission. */
    private static Target residentPages(List<String> segments) {
        boolean form = segments.size() == 1 && segments.get(0).equals("form");
        return Target.of(Route.RESIDENT_WEB, form ? Target.Shape.FORM : Target.Shape.RESIDENT);
    }

    private static Target appeals(List<String> segments) {
        if (segments.size() == 3) {
            return Target.of(Route.INTAKE, Target.Shape.APPEALS);
        }
        Target target = segments.size() >= 5 && segments.get(4).equals("deliveries")
                ? Target.of(Route.NOTIFICATION, Target.Shape.DELIVERIES) : Target.of(Route.INTAKE, Target.Shape.APPEAL);
        return numberedAt(target, segments, 3);
    }

    /** {@code /api/v1/deliveries/{id}/receipt} is the adapters'; the parked list and re-sends are the staff's. */
    private static Target deliveries(List<String> segments) {
        if (segments.size() == 5 && segments.get(4).equals("receipt")) {
            return Target.of(Route.NOTIFICATION, Target.Shape.RECEIPT);
        }
        return Target.of(Route.NOTIFICATION, Target.Shape.DELIVERIES);
    }

    /** Only intake's record of personal-data reads lives under {@code /api/v1/audit} so far. */
    private static Target audit(List<String> segments) {
        return segments.size() == 4 && segments.get(3).equals("personal-data-reads")
                ? Target.of(Route.INTAKE, Target.Shape.AUDIT) : Target.unknown();
    }

    private static Target departments(List<String> segments) {
        if (segments.size() == 3) {
            return Target.of(Route.DEPARTMENT, Target.Shape.DEPARTMENTS);
        }
        String departmentId = segments.get(3);
        if (!DepartmentIds.isWellFormed(departmentId)) {
            return Target.invalid("A department id is made of lower-case letters, digits and dashes.");
        }
        Target department = new Target(Route.DEPARTMENT, Target.Shape.DEPARTMENT, departmentId, null, null, -1);
        return segments.size() > 5 && segments.get(4).equals("appeals") ? numberedAt(department, segments, 5)
                : department;
    }

    /** The target, told that the segment at {@code index} (where an appeal id belongs) is a registration number. */
    private static Target numberedAt(Target target, List<String> segments, int index) {
        return segments.size() > index && REGISTRATION_NUMBER.matcher(segments.get(index)).matches()
                ? target.numbered(segments.get(index), index) : target;
    }

    private static Target actuator(List<String> segments) {
        boolean health = segments.get(1).equals("health");
        boolean prometheus = segments.size() == 2 && segments.get(1).equals("prometheus");
        return health || prometheus ? Target.of(Route.GATEWAY, Target.Shape.OPEN) : Target.unknown();
    }
}
