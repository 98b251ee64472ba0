package dev.careplan.web.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A {@link Canvas} drawing A4 landscape PDF pages with PDFBox, Japanese text in an embedded subset of the font found
 * by {@link FontFiles}. Groups and CSS classes have no meaning in PDF and are ignored.
 */
final class PdfCanvas implements Canvas, AutoCloseable {

    /** The placeholder (〓, 下駄記号) printed for a character the font lacks: a picture never fails over a glyph. */
    private static final String MISSING = "〓";

    private final PDDocument doc;
    private final PDType0Font font;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private PDPageContentStream content;

    PdfCanvas(Path fontFile, String title) {
        doc = new PDDocument();
        try {
            font = PDType0Font.load(doc, fontFile.toFile());
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot load the font " + fontFile, e);
        }
        doc.getDocumentInformation().setTitle(title);
        doc.getDocumentInformation().setCreator("careplan-sdk");
    }

    @Override
    public void page(String title) {
        try {
            closeContent();
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void begin(String cssClass, String tooltip) {
        // PDF has no groups: the drawing is the same without them.
    }

    @Override
    public void end() {
        // See begin.
    }

    @Override
    public void rect(double x, double y, double w, double h, int fill, int stroke, double strokeWidth) {
        try {
            if (fill != NONE) {
                content.setNonStrokingColor(new java.awt.Color(fill));
                content.addRect((float) x, (float) (HEIGHT - y - h), (float) w, (float) h);
                content.fill();
            }
            if (stroke != NONE) {
                content.setStrokingColor(new java.awt.Color(stroke));
                content.setLineWidth((float) strokeWidth);
                content.addRect((float) x, (float) (HEIGHT - y - h), (float) w, (float) h);
                content.stroke();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int color, double width) {
        try {
            content.setStrokingColor(new java.awt.Color(color));
            content.setLineWidth((float) width);
            content.moveTo((float) x1, (float) (HEIGHT - y1));
            content.lineTo((float) x2, (float) (HEIGHT - y2));
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void text(double x, double y, double size, String text, int color, Anchor anchor, boolean bold,
            String cssClass) {
        String t = printable(text);
        if (t.isEmpty()) {
            return;
        }
        double w = width(t, size);
        double left = anchor == Anchor.START ? x : anchor == Anchor.MIDDLE ? x - w / 2 : x - w;
        try {
            content.beginText();
            content.setFont(font, (float) size);
            content.setNonStrokingColor(new java.awt.Color(color));
            if (bold) {
                // IPAex has no bold face: a stroked outline of the glyphs stands in for it.
                content.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL_STROKE);
                content.setStrokingColor(new java.awt.Color(color));
                content.setLineWidth((float) (size / 30));
            } else {
                content.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL);
            }
            content.newLineAtOffset((float) left, (float) (HEIGHT - y));
            content.showText(t);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public double width(String text, double size) {
        try {
            return font.getStringWidth(printable(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\r' || cp == '\n' || cp == '\t') {
                b.append(' ');
            } else if (glyphs.computeIfAbsent(cp, this::hasGlyph)) {
                b.appendCodePoint(cp);
            } else {
                b.append(MISSING);
            }
        });
        return b.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Writes the document. */
    void save(OutputStream out) throws IOException {
        closeContent();
        doc.save(out);
    }

    /** The document, for rendering its pages to images. */
    PDDocument document() throws IOException {
        closeContent();
        return doc;
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    @Override
    public void close() {
        try {
            closeContent();
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
