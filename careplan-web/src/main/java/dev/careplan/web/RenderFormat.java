package dev.careplan.web;

/** The picture formats of the care-plan sheets (帳票): PDF (A4 landscape, one page per sheet), SVG and PNG. */
public enum RenderFormat {
    /** One A4 landscape page per sheet, Japanese text in an embedded font subset. */
    PDF,
    /** One SVG document, the sheets stacked top to bottom. */
    SVG,
    /** One PNG image, the PDF's pages rendered at 96 dpi and stacked top to bottom. */
    PNG
}
