package org.creddesk.packet;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDChoice;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDPushButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.creddesk.domain.packet.FormDescription;
import org.creddesk.domain.packet.FormField;

/** Lists the fields of a payer's fillable PDF, and refuses forms CredDesk cannot fill. */
public final class FormInspector {

    public FormDescription describe(byte[] pdf, String name) {
        PDDocument doc = PdfInput.open(pdf, name, true);
        try {
            return describe(doc, name);
        } finally {
            PdfInput.closeQuietly(doc);
        }
    }

    static FormDescription describe(PDDocument doc, String name) {
        PDAcroForm form = fillableForm(doc, name);
        List<FormField> fields = new ArrayList<>();
        for (PDField f : form.getFieldTree()) {
            FormField.Kind kind = kind(f);
            if (kind != null) {
                fields.add(new FormField(f.getFullyQualifiedName(), kind, options(f), maxLength(f)));
            }
        }
        return new FormDescription(doc.getNumberOfPages(), form.hasXFA(), fields);
    }

    /** The AcroForm to fill; XFA-only forms and PDFs without fields are refused with a reason. */
    static PDAcroForm fillableForm(PDDocument doc, String name) {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            throw new PdfInputException(name + " has no fillable fields (it is not a form).");
        }
        boolean noFields = !form.getFieldTree().iterator().hasNext();
        if (form.hasXFA() && noFields) {
            throw new PdfInputException(name + " is an XFA-only (LiveCycle) form: its fields exist only as XFA, which "
                    + "CredDesk cannot fill. Ask the payer for an AcroForm version, or fill it in Adobe Reader.");
        }
        if (noFields) {
            throw new PdfInputException(name + " has a form dictionary but no fields to fill.");
        }
        return form;
    }

    static FormField.Kind kind(PDField f) {
        if (f instanceof PDTextField) {
            return FormField.Kind.TEXT;
        }
        if (f instanceof PDCheckBox) {
            return FormField.Kind.CHECKBOX;
        }
        if (f instanceof PDRadioButton) {
            return FormField.Kind.RADIO;
        }
        if (f instanceof PDChoice) {
            return FormField.Kind.CHOICE;
        }
        if (f instanceof PDSignatureField) {
            return FormField.Kind.SIGNATURE;
        }
        if (f instanceof PDPushButton) {
            return FormField.Kind.BUTTON;
        }
        return null; // non-terminal fields carry no value
    }

    private static List<String> options(PDField f) {
        try {
            if (f instanceof PDChoice c) {
                return c.getOptionsDisplayValues();
            }
            if (f instanceof PDCheckBox c) {
                return List.copyOf(c.getOnValues());
            }
            if (f instanceof PDRadioButton r) {
                return List.copyOf(r.getOnValues());
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        return List.of();
    }

    private static int maxLength(PDField f) {
        return f instanceof PDTextField t ? t.getMaxLen() : -1;
    }
}
