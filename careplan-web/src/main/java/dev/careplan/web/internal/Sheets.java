package dev.careplan.web.internal;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The sheets of a {@link PlanView} in each output format. */
public final class Sheets {

    /** Sheets per user, in this order: 第3表, 第6表, 第7表. */
    public static final List<String> KINDS = List.of("week", "month", "totals");

    private Sheets() {
    }

    /** PDF: one A4 landscape page per sheet. */
    public static void pdf(PlanView view, String lang, SheetPainter.Identity identity, OutputStream out)
            throws IOException {
        try (PdfCanvas canvas = new PdfCanvas(FontFiles.find(), "careplan " + view.month())) {
            new SheetPainter(canvas, lang, identity).paint(view);
            canvas.save(out);
        }
    }

    /** SVG: the sheets stacked in one document. */
    public static void svg(PlanView view, String lang, SheetPainter.Identity identity, OutputStream out)
            throws IOException {
        SvgCanvas canvas = new SvgCanvas();
        new SheetPainter(canvas, lang, identity).paint(view);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(canvas.document());
        w.flush();
    }

    /** PNG: the PDF's pages rendered at 96 dpi, stacked. */
    public static void png(PlanView view, String lang, SheetPainter.Identity identity, OutputStream out)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        try (PdfCanvas canvas = new PdfCanvas(FontFiles.find(), "careplan " + view.month())) {
            new SheetPainter(canvas, lang, identity).paint(view);
            PDDocument doc = canvas.document();
            PDFRenderer renderer = new PDFRenderer(doc);
            List<BufferedImage> pages = new ArrayList<>();
            int width = 0;
            int height = 0;
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage img = renderer.renderImageWithDPI(i, 96, ImageType.RGB);
                pages.add(img);
                width = Math.max(width, img.getWidth());
                height += img.getHeight();
            }
            BufferedImage all = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = all.createGraphics();
            try {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, all.getWidth(), all.getHeight());
                int y = 0;
                for (BufferedImage p : pages) {
                    g.drawImage(p, 0, y, null);
                    y += p.getHeight();
                }
            } finally {
                g.dispose();
            }
            ImageIO.write(all, "png", out);
        }
    }

    /** For the page: per user, the three sheets as inline SVG elements with both forms of the insured number. */
    public static List<List<String>> svgPerUser(PlanView view, String lang) {
        List<List<String>> out = new ArrayList<>();
        for (PlanView.UserView u : view.users()) {
            SvgCanvas canvas = new SvgCanvas();
            SheetPainter p = new SheetPainter(canvas, lang, SheetPainter.Identity.BOTH);
            p.week(view.month(), u);
            p.month(view.month(), u);
            p.totals(view.month(), u);
            List<String> sheets = new ArrayList<>();
            for (int i = 0; i < canvas.pages(); i++) {
                sheets.add(canvas.page(i, "sheet sheet-" + KINDS.get(i)));
            }
            out.add(sheets);
        }
        return out;
    }
}
