"""German case notes, with the compounds German builds and Russian names as Germans spell
them."""

from __future__ import annotations

from tests.store.recall.note import RecallNote

NOTES = [
    RecallNote(
        key="de-residence-title",
        title="Verlängerung des Aufenthaltstitels",
        body=(
            "Wassili Tschernow braucht die Verlängerung seines Aufenthaltstitels bis Ende "
            "März. Die Ausländerbehörde verlangt einen gültigen Reisepass oder einen "
            "Nachweis, dass die Passbeschaffung unzumutbar ist. Termin beim Bürgeramt "
            "ist gebucht."
        ),
        exact=["Ausländerbehörde", "unzumutbar", "Bürgeramt"],
        inflection=["Aufenthaltstitel", "Verlängerungen", "Nachweise", "gültige Reisepässe"],
        transliteration=["Василий Чернов", "Василий", "Чернов"],
        compound=["Titel Aufenthalt", "Behörde", "Passbeschaffung Pass", "Beschaffung"],
    ),
    RecallNote(
        key="de-asylum-hearing",
        title="Anhörung beim Bundesamt",
        body=(
            "Die Anhörung von Sergej Kusnezow beim Bundesamt für Migration ist am Dienstag. "
            "Er hat die Einberufung und den Haftbefehl als Kopien dabei. Die Dolmetscherin "
            "spricht Russisch. Wir üben die Schilderung der Fahnenflucht vorher zweimal."
        ),
        exact=["Haftbefehl", "Dolmetscherin", "Fahnenflucht"],
        inflection=[
            "Anhörungen",
            "Einberufungen",
            "Kopie Einberufung",
            "Schilderungen",
            "Dolmetscher",
        ],
        transliteration=["Сергей Кузнецов", "Сергей", "Кузнецов"],
        compound=["Flucht", "Befehl Haft", "Amt"],
    ),
    RecallNote(
        key="de-health-insurance",
        title="Krankenversicherung klären",
        body=(
            "Für Dmitri Sokolow ist die Krankenversicherung noch nicht geklärt. Die "
            "Krankenkasse fordert eine Meldebescheinigung. Bis dahin übernimmt das "
            "Sozialamt die Behandlungskosten nach dem Asylbewerberleistungsgesetz."
        ),
        exact=["Meldebescheinigung", "Sozialamt", "Asylbewerberleistungsgesetz"],
        inflection=["Krankenversicherungen", "Krankenkassen", "Behandlungskosten", "geklärte"],
        transliteration=["Дмитрий Соколов", "Дмитрий", "Соколов"],
        compound=["Versicherung", "Kosten", "Bescheinigung"],
    ),
    RecallNote(
        key="de-housing-search",
        title="Wohnungssuche in Leipzig",
        body=(
            "Natalja und Alexej suchen eine Wohnung in Leipzig. Das Jobcenter übernimmt die "
            "Miete bis zur Angemessenheitsgrenze. Der Vermieter will eine Schufa-Auskunft, "
            "die sie noch nicht haben. Wohnberechtigungsschein beantragt."
        ),
        exact=["Jobcenter", "Vermieter", "Wohnberechtigungsschein"],
        inflection=["Wohnungen", "Mieten", "Vermietern", "Auskünfte", "beantragte"],
        transliteration=["Наталья", "Алексей", "Лейпциг"],
        compound=["Suche Wohnung", "Grenze", "Schein"],
    ),
    RecallNote(
        key="de-language-course",
        title="Integrationskurs anmelden",
        body=(
            "Jewgeni Morosow möchte einen Integrationskurs besuchen. Die "
            "Berechtigung vom Bundesamt liegt vor; die Sprachschule in Köln hat ab April "
            "einen Platz im Abendkurs. Kinderbetreuung ist noch offen."
        ),
        exact=["Integrationskurs", "Sprachschule", "Kinderbetreuung"],
        inflection=["Integrationskurse", "Berechtigungen", "Plätze", "Abendkursen"],
        transliteration=["Евгений Морозов", "Евгений", "Морозов"],
        compound=["Kurs", "Schule", "Betreuung"],
    ),
    RecallNote(
        key="de-work-permit",
        title="Arbeitserlaubnis für die Pflege",
        body=(
            "Julia Lysenko hat ein Jobangebot als Pflegefachkraft in Dresden. Die "
            "Beschäftigungserlaubnis hängt an der Anerkennung ihres Diploms. Die "
            "Anerkennungsstelle braucht beglaubigte Übersetzungen."
        ),
        exact=["Pflegefachkraft", "Anerkennungsstelle", "Jobangebot"],
        inflection=["Arbeitserlaubnisse", "Diplome", "Übersetzung", "beglaubigten"],
        transliteration=["Юлия Лысенко", "Юлия", "Лысенко"],
        compound=["Erlaubnis", "Fachkraft", "Angebot"],
    ),
    RecallNote(
        key="de-travel-document",
        title="Reiseausweis für Ausländer",
        body=(
            "Juri Pawlow hat keinen russischen Reisepass mehr. Wir beantragen einen "
            "Reiseausweis für Ausländer, weil die Botschaft ihn zum Wehrdienst vorladen "
            "würde. Passfotos und die Geburtsurkunde sind vorhanden."
        ),
        exact=["Reiseausweis", "Wehrdienst", "Geburtsurkunde"],
        inflection=["Reiseausweise", "Botschaften", "Passfoto", "Geburtsurkunden"],
        transliteration=["Юрий Павлов", "Юрий", "Павлов"],
        compound=["Ausweis", "Urkunde", "Dienst"],
    ),
    RecallNote(
        key="de-court-appeal",
        title="Klage gegen den Ablehnungsbescheid",
        body=(
            "Der Ablehnungsbescheid für Michail Schukow kam am Freitag. Die Klagefrist "
            "beträgt zwei Wochen. Die Rechtsanwältin reicht die Klage beim "
            "Verwaltungsgericht ein und beantragt aufschiebende Wirkung."
        ),
        exact=["Ablehnungsbescheid", "Klagefrist", "Verwaltungsgericht"],
        inflection=["Klagen", "Rechtsanwältinnen", "Ablehnungsbescheide", "aufschiebenden"],
        transliteration=["Михаил Жуков", "Михаил", "Жуков"],
        compound=["Frist", "Gericht", "Bescheid"],
    ),
]
