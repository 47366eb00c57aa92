/** The platform as the adapter contract offers it: {@code POST /api/v1/appeals} and delivery receipts, with the channel's key. */
package org.appeals.vk.gateway;
