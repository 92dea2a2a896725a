package org.creddesk.roster;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats numeric cells the way a roster needs them: date-formatted cells as ISO dates (whatever pattern the
 * sheet shows), integral numbers in "General" or scientific format as plain digits (an NPI shown as 1.23E+09),
 * everything else as Excel shows it, so "000123" formatted license numbers keep their zeros.
 */
final class CellTextFormatter extends DataFormatter {
    CellTextFormatter() {
        super(java.util.Locale.US);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, false);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDate date = DateUtil.getLocalDateTime(value, use1904).toLocalDate();
            return date.toString();
        }
        boolean general = formatString == null || "General".equalsIgnoreCase(formatString)
                || formatString.toUpperCase(java.util.Locale.ROOT).contains("E+");
        if (general && value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return super.formatRawCellContents(value, formatIndex, formatString, use1904);
    }
}
