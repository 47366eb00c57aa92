/** Rendering replies in Russian from templates kept as configuration, per answer kind and channel. */
package org.appeals.notification.render;
