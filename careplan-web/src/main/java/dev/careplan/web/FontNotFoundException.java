package dev.careplan.web;

import java.util.List;

/**
 * No Japanese TrueType font (日本語フォント) was found to embed in a PDF or PNG: the message names the places looked at
 * and how to provide one ({@code apt-get install fonts-ipaexfont}, or the {@code CAREPLAN_FONT} variable).
 */
public final class FontNotFoundException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final List<String> searched;

    /** @param searched the files looked for, in order */
    public FontNotFoundException(List<String> searched) {
        super("no Japanese TrueType font found for PDF/PNG output; install Debian's fonts-ipaexfont"
                + " (apt-get install fonts-ipaexfont) or set CAREPLAN_FONT (or -Dcareplan.font) to a .ttf file."
                + " Looked for: " + String.join(", ", searched));
        this.searched = List.copyOf(searched);
    }

    /** The files looked for, in order. */
    public List<String> searched() {
        return searched;
    }
}
