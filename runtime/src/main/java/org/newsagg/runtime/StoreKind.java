package org.newsagg.runtime;

import java.time.Duration;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowBytesStoreSupplier;

/**
 * Where a stage's state stores keep their data: RocksDB on disk, as every stage does, or the JVM heap. The one place
 * the choice is made: each store builder asks its stage's kind for its supplier, and the stages' topology factories
 * take the kind as a parameter (RocksDB unless told otherwise). It is not an operator setting: a week of dedupe and
 * window state would live in the heap and be rebuilt from the changelogs at every start. The bench's in-process
 * reference uses {@link #IN_MEMORY} (issue 21: the stages' own code with in-memory stores).
 *
 * <p>What the two kinds answer alike (StoreKindTest): key-value iteration and ranges in key-byte order; a window
 * store's fetch of one key in time order (backwards in reverse), both bounds inclusive, duplicates in insertion
 * order when {@code retainDuplicates}; a record past the retention is gone for reads. What differs: a range or
 * whole-store fetch of a window store spanning several of RocksDB's segments (half the retention, at least a minute;
 * a century's retention is one segment) comes from RocksDB segment by segment and from memory in key order
 * throughout, each key's windows still in time order. So a processor that emits while it scans such a range may
 * emit the same records in another order. The bench's StoreKindEquivalenceTest runs both stages' topologies with
 * each kind and compares every record they write.
 */
public enum StoreKind {

    ROCKS_DB {
        @Override
        public KeyValueBytesStoreSupplier keyValue(String name) {
            return Stores.persistentKeyValueStore(name);
        }

        @Override
        public WindowBytesStoreSupplier window(String name, Duration retention, Duration size, boolean duplicates) {
            return Stores.persistentWindowStore(name, retention, size, duplicates);
        }

        @Override
        public WindowBytesStoreSupplier timestampedWindow(String name, Duration retention, Duration size,
                boolean duplicates) {
            return Stores.persistentTimestampedWindowStore(name, retention, size, duplicates);
        }
    },

    IN_MEMORY {
        @Override
        public KeyValueBytesStoreSupplier keyValue(String name) {
            return Stores.inMemoryKeyValueStore(name);
        }

        /** Not Kafka Streams' in-memory window store, which is ordered by time first: {@link KeyOrderedInMemoryWindowStore}. */
        @Override
        public WindowBytesStoreSupplier window(String name, Duration retention, Duration size, boolean duplicates) {
            return KeyOrderedInMemoryWindowStore.supplier(name, retention.toMillis(), size.toMillis(), duplicates);
        }

        /**
         * The same store: the timestamped builder keeps value and timestamp together in it (a store that is not
         * persistent holds whatever bytes it is given), as Kafka Streams does for its own in-memory windows.
         */
        @Override
        public WindowBytesStoreSupplier timestampedWindow(String name, Duration retention, Duration size,
                boolean duplicates) {
            return window(name, retention, size, duplicates);
        }
    };

    /** A key-value store's supplier, for {@link Stores#keyValueStoreBuilder}. */
    public abstract KeyValueBytesStoreSupplier keyValue(String name);

    /** A window store's supplier, for {@link Stores#windowStoreBuilder}. */
    public abstract WindowBytesStoreSupplier window(String name, Duration retention, Duration size, boolean duplicates);

    /** A timestamped window store's supplier, for {@link Stores#timestampedWindowStoreBuilder}. */
    public abstract WindowBytesStoreSupplier timestampedWindow(String name, Duration retention, Duration size,
            boolean duplicates);
}
