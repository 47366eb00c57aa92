package org.appeals.resident.photo;

import java.util.Optional;

/** Where the form's photos are kept, shared by every instance. */
public interface Photos {

    /** Stores a checked photo; the id is the one in its public link. */
    String store(CheckedPhoto photo);

    Optional<StoredPhoto> find(String id);
}
