package org.creddesk.domain.adequacy;

/** A ZIP code's centroid (the Census ZCTA's internal point) and the county it falls in. */
public record ZipArea(String zip, double lat, double lon, String countyFips) {
}
