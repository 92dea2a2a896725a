package org.creddesk.packet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDChoice;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Fills an AcroForm with values by fully qualified field name. Text fields get our embedded font as their
 * default appearance (keeping each field's size) so any name renders; a hybrid form loses its XFA part so
 * viewers show the AcroForm values instead of the empty XFA ones.
 */
final class FormFiller {
    private static final Pattern DA_SIZE = Pattern.compile("/\\S+\\s+([0-9.]+)\\s+Tf");
    private static final Set<String> FALSE = Set.of("", "no", "n", "false", "off", "0");

    private final PacketFonts fonts;

    FormFiller(PacketFonts fonts) {
        this.fonts = fonts;
    }

    /** A field that could not take its value, and why. */
    record FillProblem(String field, String message) {
    }

    List<FillProblem> fill(PDDocument doc, String formName, Map<String, String> values, boolean flatten)
            throws IOException {
        PDAcroForm form = FormInspector.fillableForm(doc, formName);
        if (form.hasXFA()) {
            form.setXFA(null);
        }
        PDType0Font font = fonts.forForms();
        PDResources dr = form.getDefaultResources();
        if (dr == null) {
            dr = new PDResources();
            form.setDefaultResources(dr);
        }
        COSName fontName = dr.add(font);
        form.setDefaultAppearance("/" + fontName.getName() + " 0 Tf 0 g");
        form.setNeedAppearances(false);
        List<FillProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            PDField field = form.getField(e.getKey());
            if (field == null) {
                problems.add(new FillProblem(e.getKey(), "The form has no field '" + e.getKey() + "'."));
                continue;
            }
            try {
                set(field, e.getValue() == null ? "" : e.getValue(), fontName, problems);
            } catch (IllegalArgumentException | IOException ex) {
                problems.add(new FillProblem(e.getKey(), "Field '" + e.getKey() + "' refused '" + e.getValue()
                        + "': " + ex.getMessage()));
            }
        }
        if (flatten) {
            form.flatten();
        }
        return problems;
    }

    private static void set(PDField field, String value, COSName fontName, List<FillProblem> problems)
            throws IOException {
        if (field instanceof PDTextField t) {
            t.setDefaultAppearance("/" + fontName.getName() + " " + size(t.getDefaultAppearance()) + " Tf 0 g");
            String v = value;
            if (t.getMaxLen() > 0 && v.length() > t.getMaxLen()) {
                problems.add(new FillProblem(t.getFullyQualifiedName(), "Field '" + t.getFullyQualifiedName()
                        + "' holds at most " + t.getMaxLen() + " characters; '" + v + "' was cut."));
                v = v.substring(0, t.getMaxLen());
            }
            t.setValue(v);
        } else if (field instanceof PDCheckBox c) {
            if (c.getOnValues().contains(value)) {
                c.setValue(value);
            } else if (isTrue(value)) {
                c.check();
            } else {
                c.unCheck();
            }
        } else if (field instanceof PDRadioButton r) {
            if (value.isEmpty()) {
                return;
            }
            if (!r.getOnValues().contains(value)) {
                throw new IllegalArgumentException("choose one of " + r.getOnValues());
            }
            r.setValue(value);
        } else if (field instanceof PDChoice c) {
            if (!value.isEmpty() && !c.getOptionsDisplayValues().contains(value) && !c.getOptionsExportValues().contains(value)) {
                throw new IllegalArgumentException("choose one of " + c.getOptionsDisplayValues());
            }
            c.setValue(value);
        } else {
            problems.add(new FillProblem(field.getFullyQualifiedName(), "Field '" + field.getFullyQualifiedName()
                    + "' is a " + field.getFieldType() + " field and cannot be filled."));
        }
    }

    static boolean isTrue(String value) {
        return !FALSE.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /** The font size of a field's /DA ("0" means auto-size), so our font keeps the form's layout. */
    static String size(String da) {
        if (da != null) {
            Matcher m = DA_SIZE.matcher(da);
            if (m.find()) {
                return m.group(1);
            }
        }
        return "0";
    }
}
