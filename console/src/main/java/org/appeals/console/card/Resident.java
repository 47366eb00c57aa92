package org.appeals.console.card;

import org.appeals.console.platform.Json;

import tools.jackson.databind.JsonNode;

/**
 * The author and place as intake's view gives them to staff ({@code author {id, name, contact}},
 * {@code location {lat, lon, address}}): personal data, whose every read intake records. Null fields are left out.
 */
record Resident(String authorId, String name, String contact, String address, String coordinates) {

    static Resident of(JsonNode view) {
        JsonNode author = view.path("author");
        JsonNode location = view.path("location");
        String coordinates = location.path("lat").isNumber() && location.path("lon").isNumber()
                ? location.path("lat").asDouble() + ", " + location.path("lon").asDouble() : null;
        return new Resident(Json.text(author.path("id")), Json.text(author.path("name")),
                Json.text(author.path("contact")), Json.text(location.path("address")), coordinates);
    }

    public boolean known() {
        return authorId != null || name != null || contact != null || address != null || coordinates != null;
    }
}
