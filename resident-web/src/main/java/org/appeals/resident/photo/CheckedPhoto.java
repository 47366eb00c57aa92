package org.appeals.resident.photo;

/** A photo that passed {@link PhotoCheck}: its re-encoded bytes (no metadata left), format and the resident's name. */
public record CheckedPhoto(String fileName, ImageFormat format, byte[] content) {
}
