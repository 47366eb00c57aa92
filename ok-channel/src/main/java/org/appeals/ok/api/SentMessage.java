package org.appeals.ok.api;

/** A message OK took: its id ({@code mid:…}) when the answer names one, else null. */
public record SentMessage(String mid) {
}
