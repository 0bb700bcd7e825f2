package org.newsagg.sink.codes;

import java.util.List;

/**
 * What a key of the aggregates means, in words: {@code actor|RUSMIL} is "Russia military", made of the country RUS
 * and the role MIL.
 *
 * @param dimension the key's dimension
 * @param key       the key as it appears in aggregates
 * @param name      the whole key in words; null when some part is not in the codebook (a code from an operator's
 *                  own dictionaries, say): the parts still name what is known
 * @param parts     the codes the key is made of, each with its kind and name (null when unknown)
 */
public record CodeName(String dimension, String key, String name, List<Part> parts) {

    /**
     * One code of a key.
     *
     * @param code the code ("RUS", "MIL", "NATO", "16", "112", or a whole actor code within a dyad)
     * @param kind "country", "role", "organisation", "actor" (a dyad's source or target), "eventRoot" or "event"
     * @param name its name, null when unknown
     */
    public record Part(String code, String kind, String name) {}
}
