/**
 * A local fake of OK's group Bot API for the demo and the tests: the same paths, request and response shapes and error
 * answers as apiok.ru documents them, plus a small control API ({@code /fake/...}) that plays the residents.
 */
package org.appeals.ok.fake;
