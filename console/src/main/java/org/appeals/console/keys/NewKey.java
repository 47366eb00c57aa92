package org.appeals.console.keys;

import tools.jackson.databind.JsonNode;

/**
 * A key just issued or rotated ({@code KeyViews.Issued}), its secret in clear: shown once on the next page through a
 * flash attribute (server-side session, never a URL) and never written to a log, so {@link #toString()} hides it.
 * Deliberately not {@code Serializable}: a session written to disk would not carry it.
 */
record NewKey(String id, String secret, String client, String role, String scope, String rotatedFrom) {

    static NewKey of(JsonNode issued) {
        return new NewKey(issued.path("id").asString(""), issued.path("key").asString(""),
                issued.path("client").asString(""), KeyWords.role(issued.path("role").asString("")),
                KeyRow.scope(issued), issued.path("rotatedFrom").asString(""));
    }

    @Override
    public String toString() {
        return "NewKey[id=" + id + ", client=" + client + ", secret hidden]";
    }
}
