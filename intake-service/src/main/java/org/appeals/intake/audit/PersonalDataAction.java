package org.appeals.intake.audit;

/** What was done with an appeal's personal data. */
public enum PersonalDataAction {
    /** Staff opened the appeal, which shows the resident's name and contacts. */
    READ,
    /** An admin exported everything intake holds about the resident (152-ФЗ request). */
    EXPORT,
    /** An admin erased the resident's personal data from the appeal (152-ФЗ request). */
    ERASURE
}
