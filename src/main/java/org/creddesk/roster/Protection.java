package org.creddesk.roster;

import java.time.Instant;

/**
 * Why a stored value may not be overwritten by a roster: a person typed it ({@code manual}) or a primary-source
 * verification saw it ({@code verified}, with the verification's description).
 */
record Protection(String source, String actor, Instant at, String verification) {
}
