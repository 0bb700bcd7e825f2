package org.newsagg.streams.tagging;

import java.util.List;

final class SidePlaces {

    private SidePlaces() {}

    static String placingCountry(List<ActorMention> mentions, String[] lower) {
        String country = null;
        for (ActorMention a : mentions) {
            if (a.country() == null) continue;
            if (country != null && !country.equals(a.country())) return null;
            country = a.country();
        }
        return country;
    }
}
