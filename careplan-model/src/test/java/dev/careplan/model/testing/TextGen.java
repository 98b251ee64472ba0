package dev.careplan.model.testing;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;

/**
 * Generators of text over a fixed alphabet, so a property states exactly which characters it draws from. Shared with
 * the tests of the modules above careplan-model through its test jar.
 */
public final class TextGen {

    /** The ten ASCII digits. */
    public static final String DIGITS = range('0', '9');
    /** The ASCII capital letters. */
    public static final String UPPER = range('A', 'Z');
    /** The ASCII letters. */
    public static final String ALPHA = range('a', 'z') + UPPER;

    private TextGen() {
    }

    /** Strings of exactly {@code length} characters of {@code alphabet}. */
    public static Gen<String> of(String alphabet, int length) {
        return of(alphabet, length, length);
    }

    /** Strings of {@code min} to {@code max} characters of {@code alphabet}. */
    public static Gen<String> of(String alphabet, int min, int max) {
        List<Character> chars = alphabet.chars().distinct().mapToObj(c -> (char) c).toList();
        return lists().of(arbitrary().pick(chars)).ofSizeBetween(min, max)
                .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()))
                .describedAs(s -> '"' + s + '"');
    }

    /** Every character from {@code from} to {@code to}, both included. */
    public static String range(char from, char to) {
        StringBuilder b = new StringBuilder();
        for (char c = from; c <= to; c++) {
            b.append(c);
        }
        return b.toString();
    }
}
