package org.appeals.vk.callback;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The photos among VK attachments, each as the URL of its largest copy: {@code sizes} lists copies with width and
 * height (https://dev.vk.com/ru/reference/objects/photo-sizes; 0 × 0 for photos uploaded before 2012, then the
 * order of the list decides, the last being the largest), {@code orig_photo} the original where VK gives it.
 */
final class PhotoUrls {

    static final int MAX = 10;

    private PhotoUrls() {
    }

    static List<String> of(JsonNode attachments) {
        List<String> urls = new ArrayList<>();
        for (JsonNode attachment : attachments) {
            if ("photo".equals(attachment.path("type").asString("")) && urls.size() < MAX) {
                String url = largest(attachment.path("photo"));
                if (url != null) {
                    urls.add(url);
                }
            }
        }
        return List.copyOf(urls);
    }

    static String largest(JsonNode photo) {
        JsonNode original = photo.path("orig_photo");
        if (original.path("url").isString()) {
            return original.path("url").asString();
        }
        String best = null;
        long bestArea = -1;
        for (JsonNode size : photo.path("sizes")) {
            long area = size.path("width").asLong(0) * size.path("height").asLong(0);
            if (size.path("url").isString() && area >= bestArea) {
                best = size.path("url").asString();
                bestArea = area;
            }
        }
        return best;
    }
}
