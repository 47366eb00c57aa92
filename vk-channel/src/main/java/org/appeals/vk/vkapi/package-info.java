/**
 * VK's API as the adapter calls it: form POSTs to {@code <VK_API_URL>/<method>} answered by {@code {"response": …}}
 * or {@code {"error": {error_code, error_msg, request_params}}}, behind Resilience4j's retry and circuit breaker.
 */
package org.appeals.vk.vkapi;
