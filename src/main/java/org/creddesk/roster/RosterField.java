package org.creddesk.roster;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The provider-file fields a roster column can carry, each with the header wordings seen in real rosters. The
 * wordings are read as words ({@link HeaderWords}) and scored against headers ({@link HeaderScorer}); exact text
 * is never required. {@link #normalizeHeader} only keys saved mappings and layout signatures.
 */
public enum RosterField {
    NPI("npi", FieldKind.NPI, "NPI", "npi", "npi number", "individual npi", "rendering npi", "provider npi",
            "type 1 npi", "npi type 1", "practitioner npi", "national provider identifier"),
    LAST_NAME("lastName", FieldKind.NAME, "Last Name", "last name", "last", "lname", "surname", "family name"),
    FIRST_NAME("firstName", FieldKind.NAME, "First Name", "first name", "first", "fname", "given name", "given"),
    MIDDLE_NAME("middleName", FieldKind.NAME, "Middle Name", "middle name", "middle initial", "mi", "middle"),
    SUFFIX("suffix", FieldKind.TEXT, "Suffix", "suffix", "name suffix", "generation"),
    DEGREE("degree", FieldKind.TEXT, "Degree", "degree", "credentials", "credential", "professional degree",
            "title credential"),
    DATE_OF_BIRTH("dateOfBirth", FieldKind.DATE, "Date of Birth", "dob", "date of birth", "birth date"),
    GENDER("gender", FieldKind.TEXT, "Gender", "gender", "sex"),
    LANGUAGES("languages", FieldKind.TEXT, "Languages", "languages", "language", "languages spoken",
            "other languages", "non english languages", "spoken language"),
    EMAIL("email", FieldKind.TEXT, "Email", "email", "e mail", "email address"),
    CAQH_ID("caqhId", FieldKind.DIGITS, "CAQH ID", "caqh", "caqh id", "caqh number", "caqh proview id"),
    TIN("tin", FieldKind.TIN, "TIN", "tin", "tax id", "tax", "group tin", "tax id number", "federal tax id", "ein",
            "taxpayer id"),
    GROUP_NPI("groupNpi", FieldKind.NPI, "Group NPI", "group npi", "organization npi", "billing npi", "type 2 npi",
            "npi type 2", "group npi number", "practice npi", "entity npi"),
    TAXONOMY("taxonomy", FieldKind.TAXONOMY, "Taxonomy", "taxonomy", "taxonomy code", "specialty taxonomy",
            "nucc taxonomy"),
    LICENSE_STATE("licenseState", FieldKind.STATE, "License State", "license state", "state of license",
            "licensing state", "license issuing state"),
    LICENSE_NUMBER("licenseNumber", FieldKind.TEXT, "License Number", "license number", "license", "state license",
            "state license number", "medical license", "professional license"),
    LICENSE_ISSUED("licenseIssued", FieldKind.DATE, "License Issue Date", "license issue date", "license issued",
            "license issue", "license effective"),
    LICENSE_EXPIRES("licenseExpires", FieldKind.DATE, "License Expiration", "license expiration",
            "license expiration date", "license exp date", "license end"),
    DEA_NUMBER("deaNumber", FieldKind.DEA, "DEA Number", "dea", "dea number", "dea registration"),
    DEA_EXPIRES("deaExpires", FieldKind.DATE, "DEA Expiration", "dea expiration", "dea exp", "dea expiration date"),
    BOARD("board", FieldKind.TEXT, "Board", "board", "board certification", "certifying board", "board name"),
    BOARD_EXPIRES("boardExpires", FieldKind.DATE, "Board Expiration", "board expiration", "board exp",
            "board certification expiration", "recertification"),
    PRACTICE_ADDRESS("practiceAddress", FieldKind.TEXT, "Practice Address", "address", "practice address",
            "street", "address 1", "address line 1", "street address", "service address", "location address"),
    PRACTICE_CITY("practiceCity", FieldKind.TEXT, "City", "city", "practice city"),
    PRACTICE_STATE("practiceState", FieldKind.STATE, "State", "state", "practice state"),
    PRACTICE_ZIP("practiceZip", FieldKind.ZIP, "ZIP", "zip", "zip code", "postal code", "practice zip", "zip5"),
    PRACTICE_PHONE("practicePhone", FieldKind.PHONE, "Phone", "phone", "practice phone", "phone number",
            "office phone", "telephone"),
    PRACTICE_FAX("practiceFax", FieldKind.PHONE, "Fax", "fax", "practice fax", "fax number", "office fax"),
    ACCEPTING_NEW_PATIENTS("acceptingNewPatients", FieldKind.FLAG, "Accepting New Patients",
            "accepting new patients", "accepting new", "new patients", "accepting patients", "panel open",
            "open panel", "panel status"),
    EFFECTIVE_DATE("effectiveDate", FieldKind.DATE, "Effective Date", "effective date", "effective", "start date",
            "network effective date", "participation start"),
    TERMINATION_DATE("terminationDate", FieldKind.DATE, "Termination Date", "termination date", "term date",
            "end date", "termed date", "participation end"),
    ACTION("action", FieldKind.ACTION, "Action", "action", "action flag", "add update term", "transaction type",
            "change type", "add change term");

    private static final Map<String, RosterField> BY_KEY = new HashMap<>();

    static {
        for (RosterField f : values()) {
            BY_KEY.put(f.key.toLowerCase(Locale.ROOT), f);
        }
    }

    private final String key;
    private final FieldKind kind;
    private final String label;
    private final List<String> synonyms;

    RosterField(String key, FieldKind kind, String label, String... synonyms) {
        this.key = key;
        this.kind = kind;
        this.label = label;
        this.synonyms = List.of(synonyms);
    }

    /** The stable name used in mapping files, templates and JSON ("licenseExpires"). */
    public String key() {
        return key;
    }

    public FieldKind kind() {
        return kind;
    }

    /** The header the generic export writes; it maps back to this field on import. */
    public String label() {
        return label;
    }

    public List<String> synonyms() {
        return synonyms;
    }

    /** Fields that belong to the roster membership (per source), not to the provider file. */
    public boolean isMembership() {
        return this == EFFECTIVE_DATE || this == TERMINATION_DATE || this == ACTION;
    }

    /** The field a header names by its words alone, when one does clearly enough (see {@link HeaderScorer}). */
    public static Optional<RosterField> forHeader(String header) {
        HeaderScorer.Match best = HeaderScorer.best(header);
        return best == null ? Optional.empty() : Optional.of(best.field());
    }

    public static Optional<RosterField> forKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        RosterField byKey = BY_KEY.get(key.strip().toLowerCase(Locale.ROOT));
        if (byKey != null) {
            return Optional.of(byKey);
        }
        try {
            return Optional.of(valueOf(key.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Lower case, '#' and "no." read as "number", punctuation as spaces: "Lic #" becomes "lic number". */
    public static String normalizeHeader(String header) {
        if (header == null) {
            return "";
        }
        String s = header.toLowerCase(Locale.ROOT).replace("#", " number ").replaceAll("\\bno\\.", " number ");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return s;
    }
}
