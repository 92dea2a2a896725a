package org.creddesk.domain.monitoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One row of an exclusion list, cleaned of the file's quirks (trailing spaces, all-zero NPIs and dates).
 * {@code identityKey} says which exclusion the row is about (a reinstatement names the same one);
 * {@code fingerprint} changes whenever anything in the row changes, so a cleared hit reopens on a changed row.
 */
public record ExclusionRecord(
        ListSource source,
        String lastName,
        String firstName,
        String middleName,
        String businessName,
        boolean business,
        String npi,
        LocalDate dateOfBirth,
        String address,
        String city,
        String state,
        String zip,
        String general,
        String specialty,
        String exclusionType,
        LocalDate exclusionDate,
        LocalDate reinstatedOn,
        LocalDate terminationDate) {

    /** The name as the list shows it: the business name, or "LAST, FIRST MIDDLE". */
    public String displayName() {
        if (business && businessName != null) {
            return businessName;
        }
        String first = Stream.of(firstName, middleName).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
        return (lastName == null ? "" : lastName) + (first.isEmpty() ? "" : ", " + first);
    }

    /** Whether the exclusion still applies on {@code day} (not reinstated, not terminated before it). */
    public boolean activeOn(LocalDate day) {
        if (reinstatedOn != null && !reinstatedOn.isAfter(day)) {
            return false;
        }
        return terminationDate == null || terminationDate.isAfter(day);
    }

    public String identityKey() {
        return digest(source.name(), upper(lastName), upper(firstName), upper(middleName), upper(businessName),
                npi, String.valueOf(dateOfBirth), String.valueOf(exclusionDate));
    }

    public String fingerprint() {
        return digest(source.name(), lastName, firstName, middleName, businessName, String.valueOf(business), npi,
                String.valueOf(dateOfBirth), address, city, state, zip, general, specialty, exclusionType,
                String.valueOf(exclusionDate), String.valueOf(reinstatedOn), String.valueOf(terminationDate));
    }

    public ExclusionRecord withReinstatedOn(LocalDate day) {
        return new ExclusionRecord(source, lastName, firstName, middleName, businessName, business, npi, dateOfBirth,
                address, city, state, zip, general, specialty, exclusionType, exclusionDate, day, terminationDate);
    }

    private static String upper(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private static String digest(String... parts) {
        MessageDigest md = SHA256.get();
        md.reset();
        for (String p : parts) {
            md.update((p == null ? "" : p).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0x1f);
        }
        return HexFormat.of().formatHex(md.digest(), 0, 16);
    }
}
