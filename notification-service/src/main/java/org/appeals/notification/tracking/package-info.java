/** Staff's view of an appeal's deliveries: state and every attempt. */
package org.appeals.notification.tracking;
