/** Residents' photos: checked by content, re-encoded without metadata, kept in GridFS and served at /photos/{id}. */
package org.appeals.resident.photo;
