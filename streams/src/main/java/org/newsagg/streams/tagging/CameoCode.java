package org.newsagg.streams.tagging;

/** One row of the CAMEO lookup table (tagging/cameo.tsv). */
record CameoCode(String code, String name, int quadClass, double goldstein, String plover) {

    String root() {
        return code.substring(0, 2);
    }
}
