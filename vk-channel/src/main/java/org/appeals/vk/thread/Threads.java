package org.appeals.vk.thread;

import java.util.Optional;

/** The adapter's own record of threads and their appeals (MongoDB {@code threads}). */
public interface Threads {

    Optional<AppealThread> find(String key);

    /** The appeal registered from this thread; the latest appeal of a thread wins. */
    void started(String key, String appealId, String registrationNumber, String accessCode);

    /** The platform posted an answer in this thread: the resident's next words there are a reply to it. */
    void answered(String key, String appealId);
}
