package dev.careplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careplan.examples.DemoMonth;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetRendererTest {

    @TempDir
    static Path dir;

    static Path target;

    @BeforeAll
    static void demo() throws Exception {
        DemoFiles.write(dir);
        target = Path.of("target", "render");
        Files.createDirectories(target);
    }

    private static byte[] render(SheetRenderer renderer, RenderFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderSummary s = renderer.render(List.of(dir), Optional.empty(), format, out);
        assertThat(s.month()).isEqualTo(DemoFiles.MONTH);
        assertThat(s.users()).isEqualTo(DemoMonth.USERS.size());
        assertThat(s.pages()).isEqualTo(3 * DemoMonth.USERS.size());
        return out.toByteArray();
    }

    @Test
    void pdfHasOneA4LandscapePagePerSheetWithJapaneseTextAndMaskedNumbers() throws Exception {
        byte[] pdf = render(SheetRenderer.builder().build(), RenderFormat.PDF);
        Files.write(target.resolve("demo-2028-02.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3 * DemoMonth.USERS.size());
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("週間サービス計画表（第3表）", "サービス利用票（第6表）予定・実績",
                    "サービス利用票別表（第7表）集計", "主な日常生活上の活動", "区分支給限度基準額");
            for (DemoMonth.User u : DemoMonth.USERS) {
                assertThat(text).contains(u.insured().toString()).doesNotContain(u.insured().value())
                        .doesNotContain(u.name());
            }
            // The font is embedded (as a subset), so the PDF prints the same anywhere.
            assertThat(doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames()
                    .iterator().next()).isEmbedded()).isTrue();
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(1, 72);
            assertThat(page.getWidth()).isGreaterThan(page.getHeight());
            assertThat(inkShare(page)).as("share of non-white pixels of the month page").isBetween(0.02, 0.6);
            ImageIO.write(page, "png", target.resolve("demo-2028-02-month.png").toFile());
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 72), "png",
                    target.resolve("demo-2028-02-week.png").toFile());
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(2, 72), "png",
                    target.resolve("demo-2028-02-totals.png").toFile());
        }
    }

    @Test
    void shownNumbersPrintTheFullNumberAndName() throws Exception {
        byte[] pdf = render(SheetRenderer.builder().insuredNumbers(InsuredNumbers.SHOWN).build(), RenderFormat.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(DemoMonth.USERS.get(0).insured().value());
        }
    }

    @Test
    void englishHeadings() throws Exception {
        byte[] pdf = render(SheetRenderer.builder().lang("en").build(), RenderFormat.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Weekly service plan (sheet 3)", "Benefit limit");
        }
    }

    @Test
    void svgDrawsEachWeeklyServiceAsABlockAndMarksEachDifference() throws Exception {
        String svg = new String(render(SheetRenderer.builder().build(), RenderFormat.SVG), StandardCharsets.UTF_8);
        Files.writeString(target.resolve("demo-2028-02.svg"), svg);
        assertThat(svg).startsWith("<?xml").contains("<svg");
        int blocks = DemoFiles.weeklyServices().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(count(svg, "<g class=\"block\">")).isEqualTo(blocks);
        int differences = DemoFiles.differences(dir).values().stream().mapToInt(Integer::intValue).sum();
        assertThat(differences).as("the demo's 実績 differ from the plan").isPositive();
        assertThat(count(svg, "<g class=\"diff ")).isEqualTo(differences);
        assertThat(svg).doesNotContain(DemoMonth.USERS.get(0).insured().value());
    }

    @Test
    void pngStacksThePages() throws Exception {
        byte[] png = render(SheetRenderer.builder().build(), RenderFormat.PNG);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img.getWidth()).isBetween(1120, 1124);
        assertThat(img.getHeight()).isBetween(3 * DemoMonth.USERS.size() * 790, 3 * DemoMonth.USERS.size() * 796);
        assertThat(inkShare(img)).isBetween(0.02, 0.6);
    }

    @Test
    void aMissingFontIsNamedWithTheWayToInstallOne() {
        assertThatThrownBy(() -> dev.careplan.web.internal.FontFiles.find(Optional.of("/no/such/font.ttf"),
                List.of("/no/such/other.ttf")))
                .isInstanceOf(FontNotFoundException.class)
                .hasMessageContaining("fonts-ipaexfont").hasMessageContaining("/no/such/font.ttf");
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static double inkShare(BufferedImage img) {
        long ink = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return ink / (double) ((img.getHeight() + 1) / 2 * (long) ((img.getWidth() + 1) / 2));
    }
}
