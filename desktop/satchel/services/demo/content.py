"""Phrase banks for the demo vault, one per language: short, plausible and entirely made up.

Placeholders: {client} a pseudonym, {city} a city, {action} a next action, {date} an ISO
date, {contact} another person's pseudonym, {doc} a document, {place} where it is kept.
English and German live here, Russian and Ukrainian in demo_content_cyrillic.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Bank:
    situations: tuple[str, ...]
    next_actions: tuple[str, ...]
    summaries: tuple[str, ...]
    note_titles: tuple[str, ...]
    note_bodies: tuple[str, ...]
    documents: tuple[str, ...]
    places: tuple[str, ...]  # where an original is kept
    item_notes: tuple[str, ...]
    cities: tuple[str, ...]
    nationalities: tuple[str, ...]
    tags: tuple[str, ...]
    contact_methods: tuple[str, ...]
    organisations: dict[str, tuple[str, ...]]  # by person role
    roles_in_case: dict[str, str]  # by person role
    person_notes: tuple[str, ...]
    files: tuple[str, str, str, str]  # scan.png, letter.pdf, photo.png, notes.txt
    text_file: str


EN = Bank(
    situations=(
        "Travel document at the embassy",
        "Residence permit renewal",
        "Humanitarian visa application",
        "Asylum interview preparation",
        "Exit through a third country",
        "Replacing a lost passport",
        "Family reunification papers",
        "Work permit application",
        "Appeal against a refusal",
        "Safe housing on arrival",
        "Registration with the local authorities",
        "Translation of court documents",
    ),
    next_actions=(
        "Call the lawyer about the hearing date",
        "Book an appointment at the consulate",
        "Collect the translated birth certificate",
        "Send copies of the passport to the NGO",
        "Check the status of the visa application",
        "Prepare questions for the interview",
        "Pay the application fee",
        "Find a notary for the power of attorney",
        "Ask the family for the school certificate",
        "Confirm the train tickets",
    ),
    summaries=(
        "{client} left home in a hurry and is now in {city}. The travel passport expires soon; "
        "the internal passport is with a relative.",
        "{client} is waiting for a decision in {city}. Original documents are safe; copies are "
        "encrypted. Next step: {action}.",
        "{client} reached {city} through a third country. Needs help with paperwork and a "
        "place to stay for two weeks.",
        "Referred by a partner organisation. {client} speaks little English; meetings go "
        "through an interpreter.",
    ),
    note_titles=(
        "First meeting",
        "Call with the lawyer",
        "Documents received",
        "Visit to the consulate",
        "Interview preparation",
        "Travel plan",
        "Follow-up call",
        "Questions for the hearing",
        "Housing options",
        "Translation checklist",
    ),
    note_bodies=(
        "## Meeting in {city}\n\n{client} brought the {doc}. We agreed:\n\n"
        "- keep the original at {place}\n- scan every page\n- {action}\n\n"
        "Next meeting: **{date}**.",
        "## Call with {contact}\n\n1. The hearing is planned for {date}.\n"
        "2. The {doc} must be translated and certified.\n3. {action}.\n\n"
        "> {contact} asked not to use regular SMS.",
        "### What is still missing\n\n- [ ] {doc}\n- [ ] proof of address in {city}\n"
        "- [x] photos for the application\n\nAsk {contact} about the fee.",
        "## Travel plan\n\n- Day 1: bus to {city}\n- Day 2: appointment at 10:30, "
        "bring the {doc}\n- Day 3: back, report to {contact}\n\n*Keep the phone off at the "
        "border.*",
        "Short call with {client}. Feeling better, staying with friends in {city}. "
        "Reminded about {action}. Follow up on {date}.",
    ),
    documents=(
        "travel passport",
        "internal passport",
        "birth certificate",
        "military ID",
        "registration certificate",
        "court summons",
        "diploma",
    ),
    places=(
        "the lawyer's office safe",
        "a relative's home",
        "the NGO office",
        "the person's own bag",
        "the consulate (submitted)",
        "scanned copy only",
    ),
    item_notes=(
        "Original seen and scanned.",
        "Expires soon: renewal needed.",
        "Only a photocopy so far.",
        "Translation ordered.",
        "Submitted with the application.",
    ),
    cities=("Almaty", "Astana", "Tbilisi", "Yerevan", "Istanbul", "Berlin", "Vilnius", "Warsaw"),
    nationalities=("Russian", "Ukrainian", "Kazakh", "Belarusian", "Georgian"),
    tags=("visa", "asylum", "urgent-docs", "family", "legal-aid", "transit", "housing", "appeal"),
    contact_methods=(
        "Signal, evenings only",
        "Through the NGO office",
        "Meets in person on Tuesdays",
        "Email through the lawyer",
        "Voice calls only, not before noon",
        "Via a trusted relative",
    ),
    organisations={
        "client": ("",),
        "lawyer": ("Legal aid clinic", "Independent law office", "Migration law practice"),
        "ngo": ("Refugee support network", "Safe passage volunteers", "Human rights centre"),
        "embassy": ("Consular section", "Visa department"),
        "family": ("",),
        "other": ("Shelter", "Interpreters' group", "Community centre"),
    },
    roles_in_case={
        "client": "client",
        "lawyer": "lawyer",
        "ngo": "caseworker",
        "embassy": "consular contact",
        "family": "relative",
        "other": "helper",
    },
    person_notes=(
        "Reliable; answers within a day.",
        "Prefers short messages.",
        "Knows the consulate's procedures well.",
        "Available only on weekdays.",
        "",
    ),
    files=(
        "passport-scan.png",
        "appointment-letter.pdf",
        "photo-for-application.png",
        "contacts.txt",
    ),
    text_file="DEMO DATA - NOT REAL\n\nInterpreter: {contact}\nMeeting point: {city}, "
    "main library\nAsk for: {client}\n",
)

DE = Bank(
    situations=(
        "Reisedokument bei der Botschaft",
        "Verlängerung des Aufenthaltstitels",
        "Antrag auf humanitäres Visum",
        "Vorbereitung auf die Asylanhörung",
        "Ausreise über ein Drittland",
        "Ersatz für einen verlorenen Pass",
        "Unterlagen für den Familiennachzug",
        "Antrag auf Arbeitserlaubnis",
        "Widerspruch gegen eine Ablehnung",
        "Sichere Unterkunft nach der Ankunft",
        "Anmeldung bei den Behörden",
        "Übersetzung von Gerichtsunterlagen",
    ),
    next_actions=(
        "Anwältin wegen des Anhörungstermins anrufen",
        "Termin beim Konsulat buchen",
        "Übersetzte Geburtsurkunde abholen",
        "Passkopien an die NGO schicken",
        "Stand des Visumantrags prüfen",
        "Fragen für die Anhörung vorbereiten",
        "Antragsgebühr bezahlen",
        "Notar für die Vollmacht finden",
        "Familie um das Schulzeugnis bitten",
        "Zugtickets bestätigen",
    ),
    summaries=(
        "{client} musste überstürzt ausreisen und ist jetzt in {city}. Der Reisepass läuft "
        "bald ab; der Inlandspass liegt bei Verwandten.",
        "{client} wartet in {city} auf eine Entscheidung. Die Originale sind sicher, die "
        "Kopien verschlüsselt. Nächster Schritt: {action}.",
        "{client} kam über ein Drittland nach {city}. Braucht Hilfe mit den Unterlagen und "
        "eine Unterkunft für zwei Wochen.",
        "Von einer Partnerorganisation vermittelt. {client} spricht kaum Deutsch; Treffen "
        "laufen über eine Dolmetscherin.",
    ),
    note_titles=(
        "Erstes Treffen",
        "Telefonat mit der Anwältin",
        "Unterlagen erhalten",
        "Besuch im Konsulat",
        "Vorbereitung der Anhörung",
        "Reiseplan",
        "Rückruf",
        "Fragen für die Verhandlung",
        "Wohnmöglichkeiten",
        "Was übersetzt werden muss",
    ),
    note_bodies=(
        "## Treffen in {city}\n\nDokument: {doc}. Vereinbart:\n\n"
        "- Original aufbewahren: {place}\n- jede Seite scannen\n- {action}\n\n"
        "Nächstes Treffen: **{date}**.",
        "## Telefonat mit {contact}\n\n1. Die Anhörung ist für {date} geplant.\n"
        "2. Beglaubigte Übersetzung nötig: {doc}.\n3. {action}.\n\n"
        "> {contact} bittet, keine normalen SMS zu schicken.",
        "### Was noch fehlt\n\n- [ ] {doc}\n- [ ] Adressnachweis in {city}\n"
        "- [x] Fotos für den Antrag\n\n{contact} nach der Gebühr fragen.",
        "## Reiseplan\n\n- Tag 1: Bus nach {city}\n- Tag 2: Termin um 10:30, mitbringen: {doc}\n"
        "- Tag 3: zurück, {contact} Bescheid geben\n\n*An der Grenze das Handy ausschalten.*",
        "Kurzes Telefonat mit {client}. Geht besser, wohnt bei Freunden in {city}. "
        "Erinnert an: {action}. Wieder melden am {date}.",
    ),
    documents=(
        "Reisepass",
        "Inlandspass",
        "Geburtsurkunde",
        "Wehrpass",
        "Meldebescheinigung",
        "Ladung zum Gericht",
        "Zeugnis",
    ),
    places=(
        "Tresor in der Kanzlei",
        "bei Verwandten",
        "NGO-Büro",
        "bei der Person selbst",
        "beim Konsulat eingereicht",
        "nur als Scan",
    ),
    item_notes=(
        "Original gesehen und gescannt.",
        "Läuft bald ab: Verlängerung nötig.",
        "Bisher nur eine Fotokopie.",
        "Übersetzung beauftragt.",
        "Mit dem Antrag eingereicht.",
    ),
    cities=("Almaty", "Astana", "Tiflis", "Jerewan", "Istanbul", "Berlin", "Vilnius", "Warschau"),
    nationalities=("Russland", "Ukraine", "Kasachstan", "Belarus", "Georgien"),
    tags=(
        "visum",
        "asyl",
        "dringend",
        "familie",
        "rechtshilfe",
        "transit",
        "wohnung",
        "widerspruch",
    ),
    contact_methods=(
        "Signal, nur abends",
        "Über das NGO-Büro",
        "Persönlich dienstags",
        "E-Mail über die Anwältin",
        "Nur Anrufe, nicht vor Mittag",
        "Über eine Verwandte",
    ),
    organisations={
        "client": ("",),
        "lawyer": ("Rechtsberatung", "Kanzlei für Migrationsrecht", "Anwaltsbüro"),
        "ngo": (
            "Flüchtlingshilfe-Netzwerk",
            "Freiwillige für sichere Wege",
            "Menschenrechtszentrum",
        ),
        "embassy": ("Konsularabteilung", "Visastelle"),
        "family": ("",),
        "other": ("Notunterkunft", "Dolmetschergruppe", "Nachbarschaftszentrum"),
    },
    roles_in_case={
        "client": "Klient",
        "lawyer": "Anwalt",
        "ngo": "Betreuung",
        "embassy": "Kontakt im Konsulat",
        "family": "Angehörige",
        "other": "Unterstützung",
    },
    person_notes=(
        "Zuverlässig; antwortet innerhalb eines Tages.",
        "Bevorzugt kurze Nachrichten.",
        "Kennt die Abläufe im Konsulat gut.",
        "Nur werktags erreichbar.",
        "",
    ),
    files=("passscan.png", "terminbestaetigung.pdf", "antragsfoto.png", "kontakte.txt"),
    text_file="DEMODATEN - NICHT ECHT\n\nDolmetscherin: {contact}\nTreffpunkt: {city}, "
    "Stadtbibliothek\nFragen nach: {client}\n",
)

# The one-page PDF's lines: Latin script only, as the PDF's built-in font has no Cyrillic.
PDF_LINES = (
    "DEMO DOCUMENT - NOT REAL",
    "Appointment confirmation",
    "Consular section, window 4, 10:30",
    "Please bring your passport and two photos.",
)
