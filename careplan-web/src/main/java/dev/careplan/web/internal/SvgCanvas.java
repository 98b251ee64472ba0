package dev.careplan.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link Canvas} writing SVG: one {@code <svg>} per page, or all pages stacked in one document. Shapes that belong
 * together are {@code <g class=…>} with a {@code <title>}, so that a browser test (and a screen reader) finds each
 * service block and each difference.
 */
final class SvgCanvas implements Canvas {

    private final List<StringBuilder> pages = new ArrayList<>();
    private StringBuilder current;

    @Override
    public void page(String title) {
        current = new StringBuilder();
        pages.add(current);
        current.append("<title>").append(Html.esc(title)).append("</title>\n");
        rect(0, 0, WIDTH, HEIGHT, 0xFFFFFF, NONE, 0);
    }

    @Override
    public void begin(String cssClass, String tooltip) {
        current.append("<g class=\"").append(Html.esc(cssClass)).append("\"><title>").append(Html.esc(tooltip))
                .append("</title>\n");
    }

    @Override
    public void end() {
        current.append("</g>\n");
    }

    @Override
    public void rect(double x, double y, double w, double h, int fill, int stroke, double strokeWidth) {
        current.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                + " fill=\"%s\"", x, y, w, h, color(fill)));
        if (stroke != NONE) {
            current.append(String.format(Locale.ROOT, " stroke=\"%s\" stroke-width=\"%.2f\"", color(stroke),
                    strokeWidth));
        }
        current.append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int color, double width) {
        current.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                + " stroke=\"%s\" stroke-width=\"%.2f\"/>\n", x1, y1, x2, y2, color(color), width));
    }

    @Override
    public void text(double x, double y, double size, String text, int color, Anchor anchor, boolean bold,
            String cssClass) {
        current.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" fill=\"%s\"", x, y,
                size, color(color)));
        if (anchor != Anchor.START) {
            current.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        if (bold) {
            current.append(" font-weight=\"bold\"");
        }
        if (!cssClass.isEmpty()) {
            current.append(" class=\"").append(Html.esc(cssClass)).append('"');
        }
        current.append('>').append(Html.esc(text)).append("</text>\n");
    }

    /** Wide (CJK) characters take one em, others about half: close enough to cut labels before they overflow. */
    @Override
    public double width(String text, double size) {
        double w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += cp < 0x2E80 || (cp >= 0xFF61 && cp <= 0xFF9F) ? 0.56 : 1.0;
            i += Character.charCount(cp);
        }
        return w * size;
    }

    /** Page {@code index} as a standalone SVG element. */
    String page(int index, String cssClass) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"" + Html.esc(cssClass) + "\" viewBox=\"0 0 "
                + (int) WIDTH + " " + (int) HEIGHT + "\" role=\"img\" font-family=\"" + FONT_FAMILY + "\">\n"
                + pages.get(index) + "</svg>\n";
    }

    /** All pages stacked top to bottom in one SVG document. */
    String document() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " width=\"" + (int) WIDTH + "\" height=\"" + (int) (HEIGHT * pages.size()) + "\" viewBox=\"0 0 "
                + (int) WIDTH + " " + (int) (HEIGHT * pages.size()) + "\" font-family=\"" + FONT_FAMILY + "\">\n");
        for (int i = 0; i < pages.size(); i++) {
            s.append("<g transform=\"translate(0 ").append((int) (HEIGHT * i)).append(")\">\n").append(pages.get(i))
                    .append("</g>\n");
        }
        return s.append("</svg>\n").toString();
    }

    int pages() {
        return pages.size();
    }

    private static final String FONT_FAMILY = "IPAexGothic, 'IPAex Gothic', 'Noto Sans CJK JP', 'Hiragino Sans',"
            + " 'Yu Gothic', sans-serif";

    private static String color(int rgb) {
        return rgb == NONE ? "none" : String.format(Locale.ROOT, "#%06x", rgb);
    }
}
