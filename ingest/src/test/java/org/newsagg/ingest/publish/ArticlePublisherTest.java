package org.newsagg.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Article;
import org.newsagg.model.Json;

class ArticlePublisherTest {

    private static final Article ARTICLE = new Article("abc123", "https://a.example/x", "https://a.example/x", "A",
            "https://a.example/feed", "Title", "Summary", "Text", Instant.parse("2026-03-03T10:00:00Z"),
            Instant.parse("2026-03-03T11:00:00Z"), "en", "hash");

    @Test
    void keysByIdTimestampsByPublicationAndWritesJson() throws Exception {
        MockProducer<String, String> producer =
                new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
        try (ArticlePublisher publisher = new ArticlePublisher(producer, "news.raw")) {
            publisher.publish(ARTICLE);
            publisher.flush();
        }
        ProducerRecord<String, String> record = producer.history().get(0);
        assertEquals("news.raw", record.topic());
        assertEquals("abc123", record.key());
        assertEquals(Instant.parse("2026-03-03T10:00:00Z").toEpochMilli(), record.timestamp());
        assertEquals(ARTICLE, Json.MAPPER.readValue(record.value(), Article.class));
    }

    @Test
    void anArticleDatedAheadOfTheClockIsStampedNowItsDateKeptInTheValue() throws Exception {
        Instant ahead = Instant.now().plus(Duration.ofHours(3));
        Article dated = new Article("ahead", null, null, "A", "f", "Ahead", null, null, ahead, ahead, "en", "h");
        MockProducer<String, String> producer =
                new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
        long before = System.currentTimeMillis();
        try (ArticlePublisher publisher = new ArticlePublisher(producer, "news.raw")) {
            publisher.send(dated).get();
            assertEquals(1, publisher.acknowledged());
        }
        long after = System.currentTimeMillis();
        ProducerRecord<String, String> record = producer.history().get(0);
        assertEquals(true, record.timestamp() >= before && record.timestamp() <= after, "stamped " + record.timestamp());
        assertEquals(ahead, Json.MAPPER.readValue(record.value(), Article.class).published());
    }

    @Test
    void aSendsFutureFailsWithTheBrokersAnswer() {
        MockProducer<String, String> producer =
                new MockProducer<>(false, null, new StringSerializer(), new StringSerializer());
        ArticlePublisher publisher = new ArticlePublisher(producer, "news.raw");
        var stored = publisher.send(ARTICLE);
        producer.errorNext(new RuntimeException("broker says no"));
        java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                stored::get);
        assertEquals("broker says no", e.getCause().getMessage());
        assertEquals(0, publisher.acknowledged());
    }

    @Test
    void flushReportsArticlesThatWereNotStored() {
        MockProducer<String, String> producer =
                new MockProducer<>(false, null, new StringSerializer(), new StringSerializer());
        ArticlePublisher publisher = new ArticlePublisher(producer, "news.raw");
        publisher.publish(ARTICLE);
        producer.errorNext(new RuntimeException("broker says no"));
        IllegalStateException e = assertThrows(IllegalStateException.class, publisher::flush);
        assertEquals("1 articles were not published to news.raw; last error: abc123: broker says no", e.getMessage());
    }

    @Test
    void producerIsIdempotentWithAllAcks() {
        Map<String, Object> config = ArticlePublisher.producerConfig(Map.of("bootstrap.servers", "b:9092", "acks", "1"),
                ProducerBatching.DEFAULT);
        assertEquals(true, config.get("enable.idempotence"));
        assertEquals("all", config.get("acks"));
        assertEquals("b:9092", config.get("bootstrap.servers"));
        assertEquals(StringSerializer.class.getName(), config.get("key.serializer"));
    }

    @Test
    void batchesHoldAboutAHundredArticlesUnlessTheClientPropertyIsGiven() {
        Map<String, Object> defaults = ArticlePublisher.producerConfig(Map.of("bootstrap.servers", "b:9092"),
                ProducerBatching.DEFAULT);
        assertEquals(262_144, defaults.get("batch.size"));
        assertEquals(20L, defaults.get("linger.ms"));
        Map<String, Object> typed = ArticlePublisher.producerConfig(Map.of("bootstrap.servers", "b:9092"),
                new ProducerBatching(65_536, Duration.ofMillis(5)));
        assertEquals(65_536, typed.get("batch.size"));
        assertEquals(5L, typed.get("linger.ms"));
        Map<String, Object> raw = ArticlePublisher.producerConfig(
                Map.of("bootstrap.servers", "b:9092", "batch.size", "32768", "linger.ms", "0"), ProducerBatching.DEFAULT);
        assertEquals("32768", raw.get("batch.size"), "a kafka.* client property is passed through as given");
        assertEquals("0", raw.get("linger.ms"));
    }
}
