package org.newsagg.model;

/**
 * An actor an article is about, coded in the CAMEO style.
 *
 * @param code     full code, e.g. "USAGOV", "RUSMIL", "NATO"
 * @param country  ISO 3166 alpha-3 country code, or null for international organisations
 * @param role     CAMEO role code ("GOV", "MIL", ...), or null
 * @param name     the actor as first written in the article, e.g. "Antony Blinken"
 * @param mentions how many times the article mentions it
 */
public record ActorTag(String code, String country, String role, String name, int mentions) {}
