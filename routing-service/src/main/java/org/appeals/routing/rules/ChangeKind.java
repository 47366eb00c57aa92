package org.appeals.routing.rules;

/** What an audited change did. */
enum ChangeKind {
    DEPARTMENT_PUT,
    OVERRIDE_PUT,
    OVERRIDE_DELETE
}
