package org.newsagg.eval.tags;

/**
 * One hand-coded event of a gold sentence.
 *
 * @param root   CAMEO root, two digits
 * @param code   full CAMEO code when the coder gave one, else null
 * @param source source actor at country / organisation level ("USA", "UN")
 * @param target target actor, or null when the sentence names none
 */
public record GoldEvent(String root, String code, String source, String target) {}
