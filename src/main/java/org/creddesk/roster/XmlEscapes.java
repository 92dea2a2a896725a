package org.creddesk.roster;

/**
 * Excel writes characters XML cannot hold (control characters, a lone CR) into cell text as {@code _xHHHH_}
 * (ECMA-376 ST_Xstring), and a literal "_x" followed by four hex digits as {@code _x005F_x...}. Text read from
 * the XML parts is decoded here, so "Smith_x000D_" is read as the CR it stands for, which the value rules then
 * fold or refuse, instead of being stored as eight letters.
 */
final class XmlEscapes {
    private XmlEscapes() {
    }

    static String decode(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (at >= 0) {
            if (at + 7 <= text.length() && text.charAt(at + 6) == '_' && isHex(text, at + 2, at + 6)) {
                sb.append(text, i, at).append((char) Integer.parseInt(text.substring(at + 2, at + 6), 16));
                i = at + 7;
                at = text.indexOf("_x", i);
            } else {
                at = text.indexOf("_x", at + 1);
            }
        }
        return sb.append(text, i, text.length()).toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
