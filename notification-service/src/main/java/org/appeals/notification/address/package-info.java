/** Reply addresses: where and to whom a reply goes, remembered from appeals.received. */
package org.appeals.notification.address;
