package dev.careplan.web.internal;

/**
 * Where a sheet is drawn: the same drawing code makes the SVG of the page and the PDF of {@code careplan render}.
 * Coordinates are points (1/72 inch) from the top left of an A4 landscape page; colours are {@code 0xRRGGBB}.
 */
interface Canvas {

    /** Page width in points (A4 landscape). */
    double WIDTH = 842;
    /** Page height in points (A4 landscape). */
    double HEIGHT = 595;

    /** No colour: the shape is not filled, or not stroked. */
    int NONE = -1;

    /** How a text is placed relative to its x. */
    enum Anchor { START, MIDDLE, END }

    /** Starts a new page (a new sheet). */
    void page(String title);

    /** Starts a group of shapes that belong together (one service block, one difference), with a tooltip. */
    void begin(String cssClass, String tooltip);

    /** Ends the group begun last. */
    void end();

    void rect(double x, double y, double w, double h, int fill, int stroke, double strokeWidth);

    void line(double x1, double y1, double x2, double y2, int color, double width);

    /** Text whose baseline starts (or centres, or ends) at x, y; {@code cssClass} may be empty. */
    void text(double x, double y, double size, String text, int color, Anchor anchor, boolean bold, String cssClass);

    /** The width of {@code text} at {@code size} points. */
    double width(String text, double size);

    /** {@code text} cut (with an ellipsis) to fit {@code max} points. */
    default String fit(String text, double size, double max) {
        if (width(text, size) <= max) {
            return text;
        }
        String t = text;
        while (!t.isEmpty() && width(t + "…", size) > max) {
            t = t.substring(0, t.offsetByCodePoints(t.length(), -1));
        }
        return t.isEmpty() ? "" : t + "…";
    }
}
