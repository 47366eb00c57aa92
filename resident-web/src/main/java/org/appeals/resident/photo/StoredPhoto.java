package org.appeals.resident.photo;

/** A photo as served: its bytes and content type. */
public record StoredPhoto(String id, String contentType, byte[] content) {
}
