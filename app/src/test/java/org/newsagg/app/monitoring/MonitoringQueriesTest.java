package org.newsagg.app.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The name reader the served-names check relies on: it must find every name, and nothing that is not one. */
class MonitoringQueriesTest {

    @Test
    void namesAreWhatIsLeftOnceFunctionsAggregationsLabelsRangesAndGroupingAreTakenOut() {
        assertEquals(Set.of("newsagg_consumer_lag_records"), MonitoringQueries.metricNames(
                "deriv(sum by (stage) (max by (stage, topic, partition) (newsagg_consumer_lag_records))[5m:1m]) > 0"));
        assertEquals(Set.of("newsagg_e2e_lag_seconds_bucket"), MonitoringQueries.metricNames(
                "histogram_quantile(0.95, sum by (le) (rate(newsagg_e2e_lag_seconds_bucket{stage=\"sink\"}[$__rate_interval])))"));
        // label names inside matchers and grouping, strings, numbers with exponents and offsets are no names
        assertEquals(Set.of("newsagg_articles_late_total", "newsagg_e2e_lag_seconds_count"), MonitoringQueries.metricNames(
                "sum(increase(newsagg_articles_late_total{reason=~\"late|x\", newsagg_fake=\"1\"}[30m] offset 5m)) "
                        + "/ on (stage) group_left (topic) sum(increase(newsagg_e2e_lag_seconds_count[30m])) > 1e-2"));
        assertEquals(Set.of("up", "newsagg_ready"), MonitoringQueries.metricNames(
                "up{job=~\"newsagg-.*\"} == 0 or on (instance) newsagg_ready{stage=~\"$stage\"} == bool 0"));
        assertEquals(Set.of("kafka_stream_thread_commit_latency_avg"), MonitoringQueries.metricNames(
                "label_replace(kafka_stream_thread_commit_latency_avg, \"t\", \"$1\", \"thread_id\", \"(.*)\") * 1e3"));
        assertEquals(Set.of("newsagg_ingest_feed_failng_seconds"),
                MonitoringQueries.metricNames("max by (feed) (newsagg_ingest_feed_failng_seconds) >= 3600"));
    }
}
