/** Which appeal a VK conversation, comment thread or post belongs to, and whether the platform answered there. */
package org.appeals.vk.thread;
