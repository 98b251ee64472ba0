package dev.careplan.web;

import dev.careplan.benefit.RegionGrade;
import dev.careplan.benefit.ServiceCodeMaster;
import dev.careplan.web.internal.PlanView;
import dev.careplan.web.internal.PlanViewReader;
import dev.careplan.web.internal.SheetPainter;
import dev.careplan.web.internal.Sheets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Draws the care-plan sheets (帳票) of one month from the standard's files: for each user the 週間サービス計画表 (第3表)
 * as a week grid, the サービス利用票 (第6表) as a month calendar with 予定 against 実績 and the differences marked, and
 * the 第7表 totals recomputed with a service-code master. Thread-safe; build once and reuse.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("month.pdf"))) {
 *     SheetRenderer.builder().build().render(List.of(Path.of("inbox")), Optional.empty(), RenderFormat.PDF, out);
 * }
 * }</pre>
 */
public final class SheetRenderer {

    private final ServiceCodeMaster master;
    private final RegionGrade region;
    private final String lang;
    private final InsuredNumbers insuredNumbers;

    private SheetRenderer(Builder b) {
        this.master = b.master;
        this.region = b.region;
        this.lang = b.lang;
        this.insuredNumbers = b.insuredNumbers;
    }

    /** A builder: the bundled sample master, 地域区分 その他, Japanese, numbers masked. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the folders (searched recursively) or files and writes the sheets in {@code format}.
     *
     * @param month the month to draw; when empty the files must hold exactly one month
     * @throws dev.careplan.benefit.BenefitInputException when no month, several months or an untypable record is
     *                                                    found (the message names the file and record)
     * @throws FontNotFoundException                      for PDF or PNG when no Japanese font is installed
     * @throws IOException                                when a file cannot be read or {@code out} written
     */
    public RenderSummary render(List<Path> paths, Optional<YearMonth> month, RenderFormat format, OutputStream out)
            throws IOException {
        PlanView view = new PlanViewReader(master, region).read(paths, month);
        SheetPainter.Identity identity = insuredNumbers == InsuredNumbers.SHOWN ? SheetPainter.Identity.SHOWN
                : SheetPainter.Identity.MASKED;
        switch (format) {
            case PDF -> Sheets.pdf(view, lang, identity, out);
            case SVG -> Sheets.svg(view, lang, identity, out);
            case PNG -> Sheets.png(view, lang, identity, out);
            default -> throw new IllegalArgumentException("unknown format " + format);
        }
        return new RenderSummary(view.month(), view.users().size(), 3 * view.users().size());
    }

    /** Settings of a {@link SheetRenderer}. */
    public static final class Builder {
        private ServiceCodeMaster master = ServiceCodeMaster.sample();
        private RegionGrade region = RegionGrade.OTHER;
        private String lang = "ja";
        private InsuredNumbers insuredNumbers = InsuredNumbers.MASKED;

        private Builder() {
        }

        /** The service-code master (サービスコード表) pricing the 第7表; default: the bundled illustrative sample. */
        public Builder master(ServiceCodeMaster value) {
            this.master = Objects.requireNonNull(value, "master");
            return this;
        }

        /** The 地域区分 of every provider, for the 単位数単価; default その他. */
        public Builder region(RegionGrade value) {
            this.region = Objects.requireNonNull(value, "region");
            return this;
        }

        /** The language of headings and legends: {@code ja} (default) or {@code en}. */
        public Builder lang(String value) {
            if (!"ja".equals(value) && !"en".equals(value)) {
                throw new IllegalArgumentException("lang must be ja or en");
            }
            this.lang = value;
            return this;
        }

        /** Whether the 被保険者番号 is printed in full; default masked. */
        public Builder insuredNumbers(InsuredNumbers value) {
            this.insuredNumbers = Objects.requireNonNull(value, "insuredNumbers");
            return this;
        }

        /** The renderer. */
        public SheetRenderer build() {
            return new SheetRenderer(this);
        }
    }
}
