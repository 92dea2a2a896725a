package org.creddesk.store;

import java.util.List;
import org.creddesk.domain.Affiliation;
import org.creddesk.domain.BoardCertification;
import org.creddesk.domain.DeaRegistration;
import org.creddesk.domain.Document;
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

/** Puts loaded child rows into the matching list of a provider file. */
final class ChildLists {
    private ChildLists() {
    }

    @SuppressWarnings("unchecked")
    static ProviderFile with(EntityType<?> type, ProviderFile f, List<?> rows) {
        Class<?> c = type.type();
        if (c == OtherName.class) {
            return f.withOtherNames((List<OtherName>) rows);
        } else if (c == ProviderTaxonomy.class) {
            return f.withTaxonomies((List<ProviderTaxonomy>) rows);
        } else if (c == License.class) {
            return f.withLicenses((List<License>) rows);
        } else if (c == DeaRegistration.class) {
            return f.withRegistrations((List<DeaRegistration>) rows);
        } else if (c == BoardCertification.class) {
            return f.withBoardCertifications((List<BoardCertification>) rows);
        } else if (c == Education.class) {
            return f.withEducation((List<Education>) rows);
        } else if (c == WorkHistory.class) {
            return f.withWorkHistory((List<WorkHistory>) rows);
        } else if (c == Affiliation.class) {
            return f.withAffiliations((List<Affiliation>) rows);
        } else if (c == MalpracticePolicy.class) {
            return f.withMalpracticePolicies((List<MalpracticePolicy>) rows);
        } else if (c == MalpracticeClaim.class) {
            return f.withMalpracticeClaims((List<MalpracticeClaim>) rows);
        } else if (c == PracticeLocation.class) {
            return f.withLocations((List<PracticeLocation>) rows);
        } else if (c == MedicaidId.class) {
            return f.withMedicaidIds((List<MedicaidId>) rows);
        } else if (c == Document.class) {
            return f.withDocuments((List<Document>) rows);
        }
        throw new IllegalArgumentException("not a provider file part: " + c);
    }
}
