/**
 * A local fake of VK for the demo and the tests: the two API methods the adapter calls, answering with VK's shapes
 * and error codes, and VK's Callback API sender, driven by a small control API ({@code /fake/…}).
 */
package org.appeals.vk.fake;
