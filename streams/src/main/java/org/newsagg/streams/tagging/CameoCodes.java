package org.newsagg.streams.tagging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The CAMEO codes the tagger emits, with names, quad class, Goldstein score and PLOVER category. */
final class CameoCodes {

    private final Map<String, CameoCode> byCode;

    private CameoCodes(Map<String, CameoCode> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    static CameoCodes load(DictionaryFiles files) {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        for (String[] row : files.rows("cameo.tsv")) {
            String code = DictionaryFiles.column(row, 0);
            codes.put(code, new CameoCode(code, DictionaryFiles.column(row, 1),
                    Integer.parseInt(DictionaryFiles.column(row, 2)),
                    Double.parseDouble(DictionaryFiles.column(row, 3)), DictionaryFiles.column(row, 4)));
        }
        return new CameoCodes(codes);
    }

    Optional<CameoCode> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    int size() {
        return byCode.size();
    }
}
