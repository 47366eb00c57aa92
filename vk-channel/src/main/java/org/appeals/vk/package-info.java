/** The VK channel: Callback API events become appeals over the gateway's HTTP API; replies go back in place. */
package org.appeals.vk;
