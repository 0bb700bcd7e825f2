package org.newsagg.sink.aggregate;

/**
 * One thing the sink counts by, as the API, the trending settings, the JSON Schema and the docs name it.
 *
 * @param name        the first field of an aggregate key ({@code actor|USAGOV|1h|...})
 * @param description what a key of this dimension is, for people reading the API and the page
 * @param example     one key, as it appears in aggregates
 */
public record Dimension(String name, String description, String example) {}
