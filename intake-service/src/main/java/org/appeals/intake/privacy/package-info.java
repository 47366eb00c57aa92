/**
 * The lifetime of residents' personal data (152-ФЗ): erased from appeals closed longer ago than the retention period,
 * and exported or erased for one resident at an admin's request; every erasure announced as PersonalDataErased.
 */
package org.appeals.intake.privacy;
