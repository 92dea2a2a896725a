package org.creddesk.domain.monitoring;

import java.util.HashMap;
import java.util.Map;

/**
 * Common English nicknames whose formal name is clear. A nickname that belongs to several formal names (PAT,
 * ALEX, SAM, CHRIS for Christine) is left out on purpose: it would turn a guess into a hit.
 */
public final class Nicknames {
    private static final String[][] GROUPS = {
        {"WILLIAM", "BILL", "BILLY", "WILL", "WILLIE", "WILLY"},
        {"ROBERT", "BOB", "BOBBY", "ROB", "ROBBIE"},
        {"ELIZABETH", "LIZ", "LIZZIE", "BETH", "BETSY", "BETTY", "ELIZA", "LIZA"},
        {"KATHERINE", "CATHERINE", "KATHRYN", "KATHLEEN", "KATHY", "KATE", "KATIE", "CATHY", "KAT"},
        {"JAMES", "JIM", "JIMMY", "JAMIE"},
        {"MARGARET", "PEGGY", "MEG", "MAGGIE", "MARGE", "MADGE"},
        {"RICHARD", "RICK", "RICKY", "RICH", "DICK"},
        {"JOHN", "JACK", "JOHNNY"},
        {"JOSEPH", "JOE", "JOEY"},
        {"MICHAEL", "MIKE", "MIKEY", "MICKEY"},
        {"THOMAS", "TOM", "TOMMY"},
        {"CHARLES", "CHARLIE", "CHUCK"},
        {"EDWARD", "ED", "EDDIE", "TED", "NED"},
        {"ANTHONY", "TONY"},
        {"CHRISTOPHER", "KRIS"},
        {"DANIEL", "DAN", "DANNY"},
        {"DAVID", "DAVE"},
        {"STEVEN", "STEPHEN", "STEVE"},
        {"MATTHEW", "MATT"},
        {"PATRICIA", "PATTY", "TRISH", "TRICIA"},
        {"JENNIFER", "JENNY", "JEN"},
        {"SUSAN", "SUE", "SUSIE"},
        {"DEBORAH", "DEBRA", "DEBBIE", "DEB"},
        {"BARBARA", "BARB"},
        {"REBECCA", "BECKY"},
        {"BENJAMIN", "BEN"},
        {"GREGORY", "GREG"},
        {"JEFFREY", "JEFF"},
        {"KENNETH", "KEN", "KENNY"},
        {"TIMOTHY", "TIM"},
        {"NICHOLAS", "NICK"},
        {"LAWRENCE", "LARRY"},
        {"RAYMOND", "RAY"},
        {"DOUGLAS", "DOUG"},
        {"PHILIP", "PHILLIP", "PHIL"},
        {"VICTORIA", "VICKY", "VICKI", "TORI"},
        {"CYNTHIA", "CINDY"},
        {"JUDITH", "JUDY"},
        {"DOROTHY", "DOT", "DOTTIE"},
        {"ABIGAIL", "ABBY"},
    };
    private static final Map<String, String> FORMAL = new HashMap<>();

    static {
        for (String[] group : GROUPS) {
            for (String name : group) {
                FORMAL.put(name, group[0]);
            }
        }
    }

    private Nicknames() {
    }

    /** The formal name a (normalized) first name stands for; the name itself when it is not in the table. */
    public static String formal(String normalizedFirstName) {
        return FORMAL.getOrDefault(normalizedFirstName, normalizedFirstName);
    }
}
