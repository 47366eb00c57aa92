package org.appeals.gateway.keys;

/** The key store could not be asked; the request cannot be authenticated just now (503, not 401). */
public class KeyStoreUnavailable extends RuntimeException {

    KeyStoreUnavailable(Throwable cause) {
        super("The key store cannot be reached just now to check the API key; retry later.", cause);
    }
}
