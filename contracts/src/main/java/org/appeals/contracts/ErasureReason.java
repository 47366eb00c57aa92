package org.appeals.contracts;

/** Why a resident's personal data was erased from an appeal. */
public enum ErasureReason {
    /** The retention period after the appeal was closed passed. */
    RETENTION,
    /** The resident asked for it (152-ФЗ), through an admin. */
    REQUEST
}
