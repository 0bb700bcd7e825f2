package org.newsagg.sink.aggregate;

/**
 * A contribution as it lands in one window: the record's timestamp is the window's start, and the flags say
 * whether its story and outlet are new in that window. Flows from the window assigner to the windowed aggregation
 * of its family inside one task, never through a topic.
 *
 * @param window       the family's name ({@link WindowSpec#name()})
 * @param contribution the article's share of this key
 * @param newStory     its story is not yet counted in this window
 * @param newSource    its outlet is not yet counted in this window
 */
public record WindowContribution(String window, Contribution contribution, boolean newStory, boolean newSource) {}
