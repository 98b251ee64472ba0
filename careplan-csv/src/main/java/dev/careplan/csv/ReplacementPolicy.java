package dev.careplan.csv;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the writer does with a character that MS932 cannot hold (or that is 外字): the standard requires the sender
 * to convert such characters but prescribes no table (README §10, ENC-003). {@link #refuse()}, the default, makes
 * the write fail with the record and field named; {@link #commonSubstitutions()} replaces the usual Unicode
 * look-alikes of MS932 characters and reports every replacement made. A policy is immutable; {@link #with} extends it.
 */
public final class ReplacementPolicy {

    private final Map<Integer, String> table;

    private ReplacementPolicy(Map<Integer, String> table) {
        this.table = Map.copyOf(table);
    }

    /** Replace nothing: an unencodable character is an error. */
    public static ReplacementPolicy refuse() {
        return new ReplacementPolicy(Map.of());
    }

    /**
     * The common substitutions: characters that systems produce from Unicode input for which MS932 has a
     * look-alike: WAVE DASH 〜 (U+301C) → ～, DOUBLE VERTICAL LINE ‖ → ∥, MINUS SIGN − → －, EM DASH — → ―,
     * ¥ ‾ ¢ £ ¬ → ￥ ￣ ￠ ￡ ￢ (MS932 would read ¥ ‾ back as {@code \} {@code ~} and ¢ £ ¬ as the fullwidth forms,
     * so they are replaced openly instead), ¯ µ · « » → ￣ μ ・ ≪ ≫ (which MS932 would also change silently), and
     * 𠮷 (つちよし, outside MS932) → 吉. Only one-to-one look-alikes are
     * listed; extend the table with {@link #with} for names your users write otherwise.
     */
    public static ReplacementPolicy commonSubstitutions() {
        Map<Integer, String> m = new LinkedHashMap<>();
        m.put(0x301C, "～");
        m.put(0x2016, "∥");
        m.put(0x2212, "－");
        m.put(0x2014, "―");
        m.put(0x00A5, "￥");
        m.put(0x203E, "￣");
        m.put(0x00A2, "￠");
        m.put(0x00A3, "￡");
        m.put(0x00AC, "￢");
        m.put(0x00AF, "￣");
        m.put(0x00B5, "μ");
        m.put(0x00B7, "・");
        m.put(0x00AB, "≪");
        m.put(0x00BB, "≫");
        m.put(0x20BB7, "吉");
        return new ReplacementPolicy(m);
    }

    /** This policy with one more substitution (replacing an existing one for the same character). */
    public ReplacementPolicy with(int codePoint, String replacement) {
        Map<Integer, String> m = new LinkedHashMap<>(table);
        m.put(codePoint, replacement);
        return new ReplacementPolicy(m);
    }

    /** The replacement for a character, if the policy has one. */
    public Optional<String> replacementFor(int codePoint) {
        return Optional.ofNullable(table.get(codePoint));
    }
}
