package org.creddesk.ui.providers;

import java.util.List;
import org.creddesk.domain.Affiliation;
import org.creddesk.domain.BoardCertification;
import org.creddesk.domain.DeaRegistration;
import org.creddesk.domain.Education;
import org.creddesk.domain.License;
import org.creddesk.domain.MalpracticeClaim;
import org.creddesk.domain.MalpracticePolicy;
import org.creddesk.domain.MedicaidId;
import org.creddesk.domain.OtherName;
import org.creddesk.domain.PracticeLocation;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderTaxonomy;
import org.creddesk.domain.WorkHistory;

/** The editable lists of a provider file, in the order the workspace shows them. */
public final class ChildSections {
    public static final ChildSection<OtherName> OTHER_NAMES = ChildSection.of("otherNames", OtherName.class,
            ProviderFile::otherNames, ProviderFile::withOtherNames, "kind", "lastName", "firstName", "usedFrom", "usedUntil");
    public static final ChildSection<MedicaidId> MEDICAID = ChildSection.of("medicaidIds", MedicaidId.class,
            ProviderFile::medicaidIds, ProviderFile::withMedicaidIds, "state", "number");
    public static final ChildSection<ProviderTaxonomy> TAXONOMIES = ChildSection.of("taxonomies",
            ProviderTaxonomy.class, ProviderFile::taxonomies, ProviderFile::withTaxonomies,
            "code", "description", "primary");
    public static final ChildSection<License> LICENSES = ChildSection.of("licenses", License.class,
            ProviderFile::licenses, ProviderFile::withLicenses, "state", "type", "number", "issued", "expires", "status");
    public static final ChildSection<DeaRegistration> REGISTRATIONS = ChildSection.of("registrations",
            DeaRegistration.class, ProviderFile::registrations, ProviderFile::withRegistrations,
            "kind", "number", "state", "schedules", "issued", "expires");
    public static final ChildSection<BoardCertification> BOARDS = ChildSection.of("boardCertifications",
            BoardCertification.class, ProviderFile::boardCertifications, ProviderFile::withBoardCertifications,
            "board", "specialty", "initialCertified", "expires", "status");
    public static final ChildSection<Education> EDUCATION = ChildSection.of("education", Education.class,
            ProviderFile::education, ProviderFile::withEducation,
            "kind", "institution", "degree", "program", "started", "completed");
    public static final ChildSection<WorkHistory> WORK = ChildSection.of("workHistory", WorkHistory.class,
            ProviderFile::workHistory, ProviderFile::withWorkHistory, "employer", "position", "state", "started", "ended");
    public static final ChildSection<Affiliation> AFFILIATIONS = ChildSection.of("affiliations", Affiliation.class,
            ProviderFile::affiliations, ProviderFile::withAffiliations,
            "facility", "status", "appointed", "lastReappointed", "reappointmentMonths");
    public static final ChildSection<MalpracticePolicy> MALPRACTICE = ChildSection.of("malpracticePolicies",
            MalpracticePolicy.class, ProviderFile::malpracticePolicies, ProviderFile::withMalpracticePolicies,
            "carrier", "policyNumber", "perClaimLimit", "aggregateLimit", "effective", "expires");
    public static final ChildSection<MalpracticeClaim> CLAIMS = ChildSection.of("malpracticeClaims",
            MalpracticeClaim.class, ProviderFile::malpracticeClaims, ProviderFile::withMalpracticeClaims,
            "claimDate", "status", "amount", "description", "carrier");
    public static final ChildSection<PracticeLocation> LOCATIONS = ChildSection.of("locations",
            PracticeLocation.class, ProviderFile::locations, ProviderFile::withLocations,
            "name", "address", "city", "state", "zip", "phone", "primary");

    public static final List<ChildSection<?>> ALL = List.of(OTHER_NAMES, MEDICAID, TAXONOMIES, LICENSES,
            REGISTRATIONS, BOARDS, EDUCATION, WORK, AFFILIATIONS, MALPRACTICE, CLAIMS, LOCATIONS);

    private ChildSections() {
    }
}
