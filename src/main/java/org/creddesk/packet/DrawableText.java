package org.creddesk.packet;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text as one font can draw it: control characters become spaces and glyphs the font lacks become '?', since
 * either would abort the whole document. Remembers which code points the font has.
 */
final class DrawableText {
    private final PDType0Font font;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();

    DrawableText(PDType0Font font) {
        this.font = font;
    }

    String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                sb.append(' ');
            } else if (hasGlyph(cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    private boolean hasGlyph(int codePoint) {
        return glyphs.computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
