package org.newsagg.streams.tagging;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A prefix tree over token sequences: each edge is one lower-cased token, so finding every dictionary phrase that
 * starts at a sentence position costs one hash lookup per token of the longest match, however many phrases there
 * are (tens of thousands with the PETRARCH2 actors). Filled once while dictionaries load, read-only afterwards.
 *
 * @param <V> what a complete phrase maps to
 */
final class TokenTrie<V> {

    private static final class Node<V> {
        private Map<String, Node<V>> next;
        private V value;
    }

    /** One phrase found in a sentence: tokens {@code [start, end)}. */
    record Match<V>(int start, int end, V value) {}

    private final Node<V> root = new Node<>();
    private int size;

    /** The value stored under {@code tokens}, created by {@code create} if there is none yet. */
    V computeIfAbsent(String[] tokens, Supplier<V> create) {
        Node<V> n = root;
        for (String t : tokens) {
            if (n.next == null) n.next = new HashMap<>(4);
            n = n.next.computeIfAbsent(t, k -> new Node<>());
        }
        if (n.value == null) {
            n.value = create.get();
            size++;
        }
        return n.value;
    }

    /** The value stored under exactly {@code tokens}, or null. */
    V get(String... tokens) {
        Node<V> n = root;
        for (String t : tokens) {
            if (n.next == null) return null;
            n = n.next.get(t);
            if (n == null) return null;
        }
        return n.value;
    }

    /** Whether some phrase starts with this token; most words start none, so callers skip them cheaply. */
    boolean startsPhrase(String token) {
        return root.next != null && root.next.containsKey(token);
    }

    /**
     * Every phrase starting at {@code start}, shortest first, written into {@code out} (which must hold
     * {@code tokens.length - start} entries); returns how many were found.
     */
    @SuppressWarnings("unchecked")
    int matchesAt(String[] tokens, int start, Match<V>[] out) {
        int found = 0;
        Node<V> n = root;
        for (int p = start; p < tokens.length; p++) {
            if (n.next == null) break;
            n = n.next.get(tokens[p]);
            if (n == null) break;
            if (n.value != null) out[found++] = new Match<>(start, p + 1, n.value);
        }
        return found;
    }

    /** Number of phrases stored. */
    int size() {
        return size;
    }
}
