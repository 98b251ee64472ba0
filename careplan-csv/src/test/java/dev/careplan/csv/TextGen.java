package dev.careplan.csv;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;

/** Generators of text over a fixed alphabet, so a property states exactly which characters it draws from. */
final class TextGen {

    static final String DIGITS = range('0', '9');

    private TextGen() {
    }

    /** Strings of exactly {@code length} characters of {@code alphabet}. */
    static Gen<String> of(String alphabet, int length) {
        return of(alphabet, length, length);
    }

    /** Strings of {@code min} to {@code max} characters of {@code alphabet}. */
    static Gen<String> of(String alphabet, int min, int max) {
        List<Character> chars = alphabet.chars().distinct().mapToObj(c -> (char) c).toList();
        return lists().of(arbitrary().pick(chars)).ofSizeBetween(min, max)
                .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()))
                .describedAs(s -> '"' + s + '"');
    }

    /** Every character from {@code from} to {@code to}, both included. */
    static String range(char from, char to) {
        StringBuilder b = new StringBuilder();
        for (char c = from; c <= to; c++) {
            b.append(c);
        }
        return b.toString();
    }
}
