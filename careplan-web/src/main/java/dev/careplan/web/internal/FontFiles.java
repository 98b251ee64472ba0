package dev.careplan.web.internal;

import dev.careplan.web.FontNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the Japanese font embedded in PDFs at run time. The SDK ships no font: IPAex Gothic (Debian's
 * {@code fonts-ipaexfont-gothic}, IPA Font License) is the first choice; other TrueType Japanese fonts of Debian's
 * packages follow. CFF-based OpenType fonts (Noto CJK) are not listed because PDFBox cannot subset them.
 */
public final class FontFiles {

    /** Debian's locations, in order of preference. */
    static final List<String> KNOWN = List.of(
            "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf",
            "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
            "/usr/share/fonts/truetype/vlgothic/VL-PGothic-Regular.ttf",
            "/usr/share/fonts/truetype/takao-gothic/TakaoPGothic.ttf",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private FontFiles() {
    }

    /**
     * The font file: {@code -Dcareplan.font}, else {@code CAREPLAN_FONT}, else the first of {@link #KNOWN} that exists.
     *
     * @throws FontNotFoundException when none exists
     */
    public static Path find() {
        return find(Optional.ofNullable(System.getProperty("careplan.font"))
                .or(() -> Optional.ofNullable(System.getenv("CAREPLAN_FONT"))), KNOWN);
    }

    /** As {@link #find()} with the configured file and the list of known places given. */
    public static Path find(Optional<String> configured, List<String> known) {
        List<String> searched = new ArrayList<>();
        if (configured.isPresent() && !configured.get().isBlank()) {
            Path p = Path.of(configured.get());
            if (Files.isReadable(p)) {
                return p;
            }
            searched.add(configured.get());
        }
        for (String k : known) {
            Path p = Path.of(k);
            if (Files.isReadable(p)) {
                return p;
            }
            searched.add(k);
        }
        throw new FontNotFoundException(searched);
    }
}
