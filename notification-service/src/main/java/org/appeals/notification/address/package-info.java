/**
 * Reply addresses: where and to whom a reply goes, remembered from appeals.received and erased on
 * appeals.personal-data-erased.
 */
package org.appeals.notification.address;
