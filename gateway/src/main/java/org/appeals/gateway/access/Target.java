package org.appeals.gateway.access;

/**
 * What a request path points at: the route, the kind of resource, the department id if any, the registration number
 * standing where an appeal id belongs ({@code /api/v1/appeals/34-2026-004217/…}) if any and the index of its path
 * segment (-1 when none), or why it is invalid.
 */
public record Target(Route route, Shape shape, String departmentId, String problem, String registrationNumber,
                     int numberSegment) {

    /** The kinds of resource the policy tells apart. */
    public enum Shape {
        /** The gateway's health and prometheus endpoints: no key needed. */
        OPEN,
        /**
         * Public APIs of a backend: Open311 GeoReport v2 ({@code /open311/**}, which checks its own {@code api_key}),
         * the OpenAPI documents and the console's pages ({@code /console[/**]}, which log people in with their own
         * session). No key; limited in rate per client address and in body size; forwarded with no identity.
         */
        PUBLIC,
        /**
         * The residents' side, no account needed: resident-web's pages ({@code /form/**}, {@code /appeal/**},
         * {@code /feedback/**}, {@code /photos/**}, {@code /public-assets/**}) and intake's public API
         * ({@code /api/v1/public/**}, where intake checks the access code). Limited in rate per client address at the
         * public rate; a key or token on the public API is taken as on any other path.
         */
        RESIDENT,
        /**
         * {@code /form}: resident-web's web form. A POST is a submission: its body may be as large as the photos it
         * carries, and each client address may submit only a few a minute.
         */
        FORM,
        /** Not in canonical form: refused before anything else. */
        INVALID,
        /** Nothing is served here. */
        UNKNOWN,
        /** {@code /api/v1/appeals}. */
        APPEALS,
        /** {@code /api/v1/appeals/{id}} and what lies below it, except deliveries. */
        APPEAL,
        /**
         * Notification's staff endpoints: {@code /api/v1/appeals/{id}/deliveries[/**]}, the parked deliveries and
         * re-sends under {@code /api/v1/deliveries}. The regional centre's staff only, for now.
         */
        DELIVERIES,
        /** {@code /api/v1/deliveries/{id}/receipt}: a channel adapter reports what became of a reply. */
        RECEIPT,
        /** {@code /api/v1/departments}. */
        DEPARTMENTS,
        /** {@code /api/v1/departments/{deptId}[/**]}. */
        DEPARTMENT,
        /** {@code /api/v1/routing[/**]} on routing-service: the directory and rules; staff read, the region edits. */
        DIRECTORY,
        /**
         * {@code /api/v1/triage[/**]} on routing-service;
         * {@code /api/v1/reviews[/**]}, {@code /api/v1/overdue[/**]} and {@code /api/v1/incidents[/**]} on
         * department-service.
         */
        STAFF_ONLY,
        /** {@code /api/v1/audit/personal-data-reads} on intake: who read a resident's personal data. Admins read it. */
        AUDIT,
        /**
         * {@code /api/v1/personal-data} (export) and {@code /api/v1/personal-data/erasures} on intake: one resident's
         * data on their request (152-ФЗ). Admins only.
         */
        PERSONAL_DATA,
        /** {@code /api/v1/webhook-secrets[/**]} on notification: the channels' webhook secrets. Admins only. */
        WEBHOOK_SECRETS,
        /** {@code /api/v1/keys[/**]}: the machine keys, served by the gateway itself. Admins only. */
        KEYS,
        /** {@code /api/v1/me}: who the caller is, served by the gateway itself. Any person or key. */
        ME
    }

    static Target of(Route route, Shape shape) {
        return new Target(route, shape, null, null, null, -1);
    }

    static Target invalid(String problem) {
        return new Target(Route.NONE, Shape.INVALID, null, problem, null, -1);
    }

    /** The same target, reached through a registration number in the path's segment {@code segment}. */
    Target numbered(String number, int segment) {
        return new Target(route, shape, departmentId, problem, number, segment);
    }

    static Target unknown() {
        return of(Route.NONE, Shape.UNKNOWN);
    }
}
