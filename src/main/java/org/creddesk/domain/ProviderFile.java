package org.creddesk.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A whole provider file: the provider and every credential and record that belongs to it. */
public record ProviderFile(
        Provider provider,
        List<OtherName> otherNames,
        List<ProviderTaxonomy> taxonomies,
        List<License> licenses,
        List<DeaRegistration> registrations,
        List<BoardCertification> boardCertifications,
        List<Education> education,
        List<WorkHistory> workHistory,
        List<Affiliation> affiliations,
        List<MalpracticePolicy> malpracticePolicies,
        List<MalpracticeClaim> malpracticeClaims,
        List<PracticeLocation> locations,
        List<MedicaidId> medicaidIds,
        List<Document> documents) {

    public ProviderFile {
        Objects.requireNonNull(provider, "provider");
        otherNames = List.copyOf(otherNames);
        taxonomies = List.copyOf(taxonomies);
        licenses = List.copyOf(licenses);
        registrations = List.copyOf(registrations);
        boardCertifications = List.copyOf(boardCertifications);
        education = List.copyOf(education);
        workHistory = List.copyOf(workHistory);
        affiliations = List.copyOf(affiliations);
        malpracticePolicies = List.copyOf(malpracticePolicies);
        malpracticeClaims = List.copyOf(malpracticeClaims);
        locations = List.copyOf(locations);
        medicaidIds = List.copyOf(medicaidIds);
        documents = List.copyOf(documents);
    }

    public static ProviderFile of(Provider provider) {
        return new ProviderFile(provider, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public String id() {
        return provider.id();
    }

    public ProviderFile withProvider(Provider p) {
        return new ProviderFile(p, otherNames, taxonomies, licenses, registrations, boardCertifications, education,
                workHistory, affiliations, malpracticePolicies, malpracticeClaims, locations, medicaidIds, documents);
    }

    public ProviderFile withOtherNames(List<OtherName> v) {
        return new ProviderFile(provider, v, taxonomies, licenses, registrations, boardCertifications, education,
                workHistory, affiliations, malpracticePolicies, malpracticeClaims, locations, medicaidIds, documents);
    }

    public ProviderFile withTaxonomies(List<ProviderTaxonomy> v) {
        return new ProviderFile(provider, otherNames, v, licenses, registrations, boardCertifications, education,
                workHistory, affiliations, malpracticePolicies, malpracticeClaims, locations, medicaidIds, documents);
    }

    public ProviderFile withLicenses(List<License> v) {
        return new ProviderFile(provider, otherNames, taxonomies, v, registrations, boardCertifications, education,
                workHistory, affiliations, malpracticePolicies, malpracticeClaims, locations, medicaidIds, documents);
    }

    public ProviderFile withRegistrations(List<DeaRegistration> v) {
        return new ProviderFile(provider, otherNames, taxonomies, licenses, v, boardCertifications, education,
                workHistory, affiliations, malpracticePolicies, malpracticeClaims, locations, medicaidIds, documents);
    }

    public ProviderFile withBoardCertifications(List<BoardCertification> v) {
        return new ProviderFile(provider, otherNames, taxonomies, licenses, registrations, v, education,
                workHistory, affiliations, malpracticePolicies, malpracticeClaims, locations, medicaidIds, documents);
    }

    public ProviderFile withEducation(List<Education> v) {
        return new ProviderFile(provider, otherNames, taxonomies, licenses, registrations, boardCertifications, v,
                workHistory, affiliations, malpracticePolicies, malpracticeClaims, locations, medicaidIds, documents);
    }

    public ProviderFile withWorkHistory(List<WorkHistory> v) {
        return new ProviderFile(provider, otherNames, taxonomies, licenses, registrations, boardCertifications,
                education, v, affiliations, malpracticePolicies, malpracticeClaims, locations, medicaidIds, documents);
    }

    public ProviderFile withAffiliations(List<Affiliation> v) {
        return new ProviderFile(provider, otherNames, taxonomies, licenses, registrations, boardCertifications,
                education, workHistory, v, malpracticePolicies, malpracticeClaims, locations, medicaidIds, documents);
    }

    public ProviderFile withMalpracticePolicies(List<MalpracticePolicy> v) {
        return new ProviderFile(provider, otherNames, taxonomies, licenses, registrations, boardCertifications,
                education, workHistory, affiliations, v, malpracticeClaims, locations, medicaidIds, documents);
    }

    public ProviderFile withMalpracticeClaims(List<MalpracticeClaim> v) {
        return new ProviderFile(provider, otherNames, taxonomies, licenses, registrations, boardCertifications,
                education, workHistory, affiliations, malpracticePolicies, v, locations, medicaidIds, documents);
    }

    public ProviderFile withLocations(List<PracticeLocation> v) {
        return new ProviderFile(provider, otherNames, taxonomies, licenses, registrations, boardCertifications,
                education, workHistory, affiliations, malpracticePolicies, malpracticeClaims, v, medicaidIds, documents);
    }

    public ProviderFile withMedicaidIds(List<MedicaidId> v) {
        return new ProviderFile(provider, otherNames, taxonomies, licenses, registrations, boardCertifications,
                education, workHistory, affiliations, malpracticePolicies, malpracticeClaims, locations, v,
                documents);
    }

    public ProviderFile withDocuments(List<Document> v) {
        return new ProviderFile(provider, otherNames, taxonomies, licenses, registrations, boardCertifications,
                education, workHistory, affiliations, malpracticePolicies, malpracticeClaims, locations, medicaidIds,
                v);
    }

    /** The primary taxonomy code, or the first one when none is marked primary. */
    public Optional<ProviderTaxonomy> primaryTaxonomy() {
        return taxonomies.stream().filter(ProviderTaxonomy::primary).findFirst()
                .or(() -> taxonomies.stream().findFirst());
    }

    public Optional<PracticeLocation> primaryLocation() {
        return locations.stream().filter(PracticeLocation::primary).findFirst()
                .or(() -> locations.stream().findFirst());
    }
}
