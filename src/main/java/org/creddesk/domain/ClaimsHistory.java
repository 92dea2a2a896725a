package org.creddesk.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which malpractice claims the claims-history review covers (DOMAIN.md: the last 5 years, a setting): those made
 * on or after the same calendar day {@code years} years before {@code today}, up to today. Newest first.
 */
public final class ClaimsHistory {
    private ClaimsHistory() {
    }

    /** The first day inside the window. */
    public static LocalDate windowStart(LocalDate today, int years) {
        return today.minusYears(years);
    }

    public static boolean inWindow(MalpracticeClaim claim, LocalDate today, int years) {
        LocalDate d = claim.claimDate();
        return d != null && !d.isBefore(windowStart(today, years)) && !d.isAfter(today);
    }

    /** The claims inside the window, newest first. */
    public static List<MalpracticeClaim> inWindow(List<MalpracticeClaim> claims, LocalDate today, int years) {
        return claims.stream().filter(c -> inWindow(c, today, years))
                .sorted(Comparator.comparing(MalpracticeClaim::claimDate).reversed()).toList();
    }

    /** "03/14/2023 Closed, paid, $150,000.00, MedPro Group policy PL-1: Delayed diagnosis" (the CLI, the window). */
    public static String describe(MalpracticeClaim c) {
        return (c.claimDate() == null ? "-" : ShownDates.format(c.claimDate())) + " " + details(c);
    }

    /** The claim without its date: "Closed, paid, $150,000.00, MedPro Group policy PL-1: Delayed diagnosis". */
    public static String details(MalpracticeClaim c) {
        StringBuilder sb = new StringBuilder(c.status() == null ? "" : c.status().label());
        if (c.amount() != null) {
            sb.append(", ").append(amount(c.amount()));
        }
        String carrier = join(c.carrier(), c.policyNumber() == null || c.policyNumber().isBlank() ? null
                : "policy " + c.policyNumber().strip());
        if (!carrier.isEmpty()) {
            sb.append(", ").append(carrier);
        }
        if (c.description() != null && !c.description().isBlank()) {
            sb.append(": ").append(c.description().strip());
        }
        return sb.toString();
    }

    /** How many claims were made before the window began (on file, not reviewed). */
    public static long olderThanWindow(List<MalpracticeClaim> claims, LocalDate today, int years) {
        LocalDate start = windowStart(today, years);
        return claims.stream().filter(c -> c.claimDate() != null && c.claimDate().isBefore(start)).count();
    }

    /** "$150,000.00": US dollars as a coordinator reads them. */
    public static String amount(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return f.format(amount);
    }

    private static String join(String a, String b) {
        String x = a == null ? "" : a.strip();
        String y = b == null ? "" : b.strip();
        return x.isEmpty() ? y : y.isEmpty() ? x : x + " " + y;
    }
}
