#!/usr/bin/env python3
"""Generates providers.json: fictitious providers for CredDesk's sample data.

Dates that should stay useful are written relative to the day the sample is loaded ("+45" = in 45 days,
"-10" = 10 days ago); birth dates and training dates are absolute. Deterministic: same seed, same file.
Names are fictitious combinations; NPI and DEA numbers have valid check digits but carry no adverse data beyond a
few invented malpractice claims, each described as a "fictitious sample claim".
"""
import json, random

random.seed(20261123)
FIRST = ["Anna", "Miguel", "Priya", "James", "Linh", "Sofia", "David", "Aisha", "Tomasz", "Grace", "Kenji",
         "Fatima", "Liam", "Chloé", "Omar", "Hannah", "Ravi", "Elena", "Marcus", "Yuki", "Noah", "Zoë",
         "Samuel", "Ingrid", "Mateo", "Amara", "Jonas", "Leila", "Patrick", "Mei", "Ethan", "Nadia", "Björn",
         "Camila", "Isaac", "Ngozi", "Oliver", "Renée", "Tariq", "Julia"]
LAST = ["Müller", "Nguyễn", "O'Brien", "Okafor", "Castellanos", "Whitford", "Lindqvist", "Ramírez", "Haddad",
        "Kowalczyk", "Abernathy", "Fairbanks", "Delacroix", "Sato", "Brennan-Cole", "Achterberg", "Villanueva",
        "Thornbury", "Ekwueme", "Halvorsen", "Marchetti", "Pemberton", "Quintero", "Rasmussen", "Szabo",
        "Tan", "Underwood", "Vasquez", "Wójcik", "Yilmaz", "Zelenko", "Ashdown", "Bergström", "Calloway",
        "Dunmore", "Esposito", "Fennimore", "Galloway", "Hargreave", "Ivanova"]
SPECIALTIES = [  # taxonomy, description, degree, board, board specialty
    ("207R00000X", "Internal Medicine", "MD", "American Board of Internal Medicine", "Internal Medicine"),
    ("207Q00000X", "Family Medicine", "MD", "American Board of Family Medicine", "Family Medicine"),
    ("208000000X", "Pediatrics", "MD", "American Board of Pediatrics", "Pediatrics"),
    ("207X00000X", "Orthopaedic Surgery", "MD", "American Board of Orthopaedic Surgery", "Orthopaedic Surgery"),
    ("2084P0800X", "Psychiatry", "DO", "American Board of Psychiatry and Neurology", "Psychiatry"),
    ("207V00000X", "Obstetrics & Gynecology", "MD", "American Board of Obstetrics and Gynecology", "Obstetrics and Gynecology"),
    ("207RC0000X", "Cardiovascular Disease", "MD", "American Board of Internal Medicine", "Cardiovascular Disease"),
    ("363LF0000X", "Nurse Practitioner, Family", "NP", "American Academy of Nurse Practitioners", "Family Nurse Practitioner"),
    ("363A00000X", "Physician Assistant", "PA-C", "NCCPA", "Physician Assistant"),
    ("207P00000X", "Emergency Medicine", "DO", "American Board of Emergency Medicine", "Emergency Medicine"),
]
STATES = {
    "MA": [("Boston", "02115"), ("Worcester", "01608")],
    "TX": [("Austin", "78701"), ("Houston", "77030")],
    "IL": [("Chicago", "60611"), ("Springfield", "62701")],
    "CA": [("Sacramento", "95816"), ("San Diego", "92103")],
    "NY": [("Albany", "12208"), ("Rochester", "14620")],
    "NJ": [("Newark", "07102"), ("Trenton", "08608")],
    "FL": [("Tampa", "33606"), ("Orlando", "32803")],
}
CARRIERS = ["MedPro Group", "The Doctors Company", "ProAssurance", "Coverys", "MagMutual"]
HOSPITALS = ["Riverside General Hospital", "St. Brigid Medical Center", "Lakeview Regional", "Harborview Community Hospital"]
SCHOOLS = ["Northfield School of Medicine", "Coastal University College of Medicine", "Midland Medical College",
           "Westbrook University School of Nursing", "Eastgate PA Program"]
FEMALE = {"Anna", "Priya", "Linh", "Sofia", "Aisha", "Grace", "Fatima", "Chloé", "Hannah", "Elena", "Yuki", "Zoë",
          "Ingrid", "Amara", "Leila", "Mei", "Nadia", "Camila", "Ngozi", "Renée", "Julia"}
STREETS = ["Elm St", "Harbor Ave", "Commonwealth Blvd", "Maple Dr", "Market St", "Lincoln Way", "Cedar Ln"]


CLAIM_KINDS = [("DISMISSED", None, "Alleged delay in diagnosis"),
               ("CLOSED_NO_PAYMENT", None, "Alleged post-operative infection"),
               ("CLOSED_PAID", "85000.00", "Medication dosing error"),
               ("OPEN", None, "Alleged failure to follow up on a test result")]


def sample_claims(i, carrier, policy_number):
    """A few invented claims, drawn without the random generator so the rest of the sample stays the same: one
    inside the 5-year claims-history window for every 27th provider, and one older than it for every 54th."""
    if i % 27 != 4:
        return []
    status, amount, what = CLAIM_KINDS[(i // 27) % len(CLAIM_KINDS)]
    claims = [{"claimDate": rel(-(300 + i * 5)), "status": status, "amount": amount,
               "description": what + " (fictitious sample claim)", "carrier": carrier, "policyNumber": policy_number}]
    if i % 54 == 4:
        claims.append({"claimDate": rel(-(2200 + i)), "status": "CLOSED_NO_PAYMENT", "amount": None,
                       "description": "Alleged missed fracture (fictitious sample claim)", "carrier": "ProAssurance",
                       "policyNumber": "PA-%06d" % (100000 + i)})
    return claims


def npi_check(first9):
    total = 24
    for i, ch in enumerate(reversed(first9)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def dea(prefix_letter, last):
    digits = [random.randint(0, 9) for _ in range(6)]
    check = (digits[0] + digits[2] + digits[4] + 2 * (digits[1] + digits[3] + digits[5])) % 10
    initial = last[0].upper() if last[0].upper().isascii() and last[0].isalpha() else "X"
    return prefix_letter + initial + "".join(map(str, digits)) + str(check)


def expiry_offset(i, salt):
    """Spread: some overdue, some within 30/60/90 days, most later."""
    r = (i * 37 + salt * 11) % 100
    if r < 6:
        return -random.randint(1, 60)
    if r < 16:
        return random.randint(0, 30)
    if r < 26:
        return random.randint(31, 60)
    if r < 36:
        return random.randint(61, 90)
    return random.randint(91, 1000)


def gender_of(first, _draw):
    """The gender follows the first name; the draw is kept so the random sequence (names, NPIs) stays stable."""
    return "F" if first in FEMALE else "M"


def rel(days):
    return ("+" if days >= 0 else "") + str(days)


providers = []
used = set()
for i in range(160):
    while True:
        first, last = random.choice(FIRST), random.choice(LAST)
        if (first, last) not in used:
            used.add((first, last))
            break
    tax, desc, degree, board, board_spec = SPECIALTIES[i % len(SPECIALTIES)]
    state = list(STATES)[i % len(STATES)]
    city, zipc = random.choice(STATES[state])
    first9 = "1" + "%08d" % (87000000 + i * 7919 % 9999999)
    npi = first9 + npi_check(first9)
    birth_year = random.randint(1958, 1992)
    dob = "%04d-%02d-%02d" % (birth_year, random.randint(1, 12), random.randint(1, 28))
    grad = birth_year + 26
    prescriber = degree in ("MD", "DO", "NP", "PA-C")
    p = {
        "firstName": first, "middleName": random.choice(["", "J", "Marie", "Lee", "A"]), "lastName": last,
        "degree": degree, "dateOfBirth": dob, "gender": gender_of(first, random.choice(["F", "M"])),
        "languages": random.choice(["English", "English, Spanish", "English, Vietnamese", "English, German", "English, Arabic"]),
        "email": "%s.%s@example.org" % (first.lower().encode("ascii", "ignore").decode(), "p%03d" % i),
        "phone": "(555) 01%d-%04d" % (i % 10, 1000 + i),
        "npi": npi, "caqhId": str(10400000 + i * 13),
        "caqhAttestedOn": rel(-random.randint(5, 130)),
        "medicarePtan": "" if i % 4 == 0 else "PT%06d" % (300000 + i),
        "groupNpi": "1730000001" if i % 3 == 0 else "",
        "tin": "84-%07d" % (1200000 + (i % 9)),
        "coordinator": random.choice(["jlee", "mrossi", "tokafor"]),
        "taxonomies": [{"code": tax, "description": desc, "primary": True}],
        "licenses": [{"state": state, "type": "RN/APRN" if degree == "NP" else ("PA" if degree == "PA-C" else degree),
                      "number": ("00" if i % 5 == 0 else "") + str(30000 + i * 17),
                      "issued": rel(-random.randint(900, 4000)), "expires": rel(expiry_offset(i, 1)), "status": "Active"}],
        "registrations": [], "boards": [], "education": [], "work": [], "affiliations": [], "malpractice": [],
        "locations": [],
    }
    if i % 6 == 0:
        other_state = list(STATES)[(i + 3) % len(STATES)]
        p["licenses"].append({"state": other_state, "type": p["licenses"][0]["type"], "number": "%s%06d" % (other_state, i * 29),
                              "issued": rel(-random.randint(400, 2000)), "expires": rel(expiry_offset(i, 7)), "status": "Active"})
    if prescriber:
        p["registrations"].append({"kind": "DEA", "number": dea(random.choice("ABFM") if degree in ("MD", "DO") else "M", last),
                                   "state": state, "schedules": "2,2N,3,3N,4,5", "issued": rel(-random.randint(300, 1000)),
                                   "expires": rel(expiry_offset(i, 3))})
        if state in ("MA", "TX", "IL", "NJ"):
            p["registrations"].append({"kind": "CDS", "number": "CS-%05d" % (i * 3 + 101), "state": state, "schedules": "2-5",
                                       "issued": rel(-random.randint(300, 1000)), "expires": rel(expiry_offset(i, 5))})
    p["boards"].append({"board": board, "specialty": board_spec, "initialCertified": "%04d-07-01" % (grad + 4),
                        "expires": rel(expiry_offset(i, 4)), "status": "Certified"})
    school = SCHOOLS[4] if degree == "PA-C" else (SCHOOLS[3] if degree == "NP" else random.choice(SCHOOLS[:3]))
    p["education"].append({"kind": "Professional school", "institution": school, "degree": degree,
                           "program": "", "started": "%04d-08-15" % (grad - 4), "completed": "%04d-05-20" % grad})
    if degree in ("MD", "DO"):
        p["education"].append({"kind": "Residency", "institution": random.choice(HOSPITALS), "degree": "",
                               "program": desc, "started": "%04d-07-01" % grad, "completed": "%04d-06-30" % (grad + 3)})
    start = grad + 3
    p["work"].append({"employer": "Summit Valley Medical Group", "position": "Staff " + desc, "city": city, "state": state,
                      "started": "%04d-08-01" % start, "ended": "%04d-12-01" % (start + 4), "gapExplanation": ""})
    gap_months = 8 if i % 11 == 0 else 1
    p["work"].append({"employer": "Beacon Health Partners", "position": desc, "city": city, "state": state,
                      "started": "%04d-%02d-01" % (start + 5, min(12, gap_months)), "ended": None,
                      "gapExplanation": "Parental leave" if gap_months > 6 and i % 2 == 0 else ""})
    p["affiliations"].append({"facility": random.choice(HOSPITALS), "status": "Active",
                              "appointed": rel(-random.randint(800, 3000)), "lastReappointed": rel(-random.randint(30, 700)),
                              "reappointmentMonths": random.choice([24, 36])})
    carrier = random.choice(CARRIERS)
    effective = -random.randint(30, 330)
    expires = expiry_offset(i, 9)
    if expires <= effective:
        effective = expires - 365  # an overdue policy still ran for a year before it lapsed
    p["malpractice"].append({"carrier": carrier, "policyNumber": "PL-%07d" % (5000000 + i * 31),
                             "perClaimLimit": "1,000,000", "aggregateLimit": "3,000,000",
                             "effective": rel(effective), "expires": rel(expires)})
    # No malpractice claims in the sample: its NPIs pass the check digit and could belong to real people, and
    # DOMAIN.md forbids invented adverse data on a real person's NPI (sample_claims stays for local experiments).
    p["locations"].append({"name": "Summit Valley " + city, "address": "%d %s" % (100 + i * 3, random.choice(STREETS)),
                           "city": city, "state": state, "zip": zipc, "phone": "(555) 02%d-%04d" % (i % 10, 2000 + i),
                           "fax": "(555) 03%d-%04d" % (i % 10, 3000 + i), "hours": "Mon-Fri 8:00-17:00",
                           "acceptingNewPatients": i % 4 != 0, "primary": True})
    if i % 9 == 0:
        maiden = random.choice(LAST)  # drawn for every ninth provider so the random sequence stays stable
        if first in FEMALE:
            p["otherNames"] = [{"kind": "Maiden", "lastName": maiden, "firstName": first}]
    if i % 5 == 0:
        p["medicaidIds"] = [{"state": state, "number": "MCD%07d" % (i * 101)}]
    if i < 12:
        p["documents"] = [{"file": "license-certificate.pdf", "type": "License", "credential": "licenses[0]"},
                          {"file": "malpractice-face-sheet.pdf", "type": "Malpractice face sheet", "credential": "malpractice[0]"},
                          {"file": "board-certificate.png", "type": "Board certificate", "credential": "boards[0]"}]
        if prescriber:
            p["documents"].append({"file": "dea-certificate.jpg", "type": "DEA certificate", "credential": "registrations[0]"})
    providers.append(p)

with open("providers.json", "w", encoding="utf-8") as f:
    json.dump({"comment": "Fictitious providers. Relative dates: +N/-N days from the day the sample is loaded.",
               "providers": providers}, f, ensure_ascii=False, indent=1)
print(len(providers), "providers")
