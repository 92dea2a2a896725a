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
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderTaxonomy;
import org.creddesk.domain.WorkHistory;

/** The tables of a provider file, in the order they are written (parent first). */
public final class ProviderSchema {
    public static final EntityType<Provider> PROVIDER =
            new EntityType<>("provider", Provider.class, f -> List.of(f.provider()));
    public static final EntityType<OtherName> OTHER_NAME =
            new EntityType<>("other_name", OtherName.class, ProviderFile::otherNames);
    public static final EntityType<ProviderTaxonomy> TAXONOMY =
            new EntityType<>("provider_taxonomy", ProviderTaxonomy.class, ProviderFile::taxonomies);
    public static final EntityType<License> LICENSE =
            new EntityType<>("license", License.class, ProviderFile::licenses);
    public static final EntityType<DeaRegistration> REGISTRATION =
            new EntityType<>("dea_registration", DeaRegistration.class, ProviderFile::registrations);
    public static final EntityType<BoardCertification> BOARD =
            new EntityType<>("board_certification", BoardCertification.class, ProviderFile::boardCertifications);
    public static final EntityType<Education> EDUCATION =
            new EntityType<>("education", Education.class, ProviderFile::education);
    public static final EntityType<WorkHistory> WORK =
            new EntityType<>("work_history", WorkHistory.class, ProviderFile::workHistory);
    public static final EntityType<Affiliation> AFFILIATION =
            new EntityType<>("affiliation", Affiliation.class, ProviderFile::affiliations);
    public static final EntityType<MalpracticePolicy> MALPRACTICE =
            new EntityType<>("malpractice_policy", MalpracticePolicy.class, ProviderFile::malpracticePolicies);
    public static final EntityType<MalpracticeClaim> CLAIM =
            new EntityType<>("malpractice_claim", MalpracticeClaim.class, ProviderFile::malpracticeClaims);
    public static final EntityType<PracticeLocation> LOCATION =
            new EntityType<>("practice_location", PracticeLocation.class, ProviderFile::locations);
    public static final EntityType<MedicaidId> MEDICAID =
            new EntityType<>("medicaid_id", MedicaidId.class, ProviderFile::medicaidIds);
    public static final EntityType<Document> DOCUMENT =
            new EntityType<>("document", Document.class, ProviderFile::documents);

    /** Every child table of a provider file. */
    public static final List<EntityType<?>> CHILDREN = List.of(OTHER_NAME, TAXONOMY, LICENSE, REGISTRATION, BOARD,
            EDUCATION, WORK, AFFILIATION, MALPRACTICE, CLAIM, LOCATION, MEDICAID, DOCUMENT);

    /** The provider or child table named {@code entity}, if it is part of a provider file. */
    public static java.util.Optional<EntityType<?>> byEntity(String entity) {
        if (PROVIDER.entity().equals(entity)) {
            return java.util.Optional.of(PROVIDER);
        }
        return CHILDREN.stream().filter(t -> t.entity().equals(entity)).findFirst();
    }

    private ProviderSchema() {
    }
}
