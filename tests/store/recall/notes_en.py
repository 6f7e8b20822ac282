"""English case notes, with Russian and Ukrainian names in the spellings people use."""

from __future__ import annotations

from tests.store.recall.note import RecallNote

NOTES = [
    RecallNote(
        key="en-border-georgia",
        title="Crossing into Georgia at Upper Lars",
        body=(
            "Pyotr Volkov drove to the Upper Lars checkpoint and waited nine hours in the "
            "queue. Border guards checked his military ID against the registry but let him "
            "through. He is staying with volunteers in Tbilisi and needs a cheap SIM card."
        ),
        exact=["checkpoint", "Tbilisi", "registry"],
        inflection=["checkpoints", "guard", "volunteer", "queues", "stays"],
        transliteration=["Пётр Волков", "Петр", "Волков"],
        compound=["check point", "Upper Lars crossing"],
    ),
    RecallNote(
        key="en-embassy-appointment",
        title="Embassy appointment for the visa interview",
        body=(
            "Olga Smirnova booked the visa interview at the German embassy in Astana for "
            "the fourteenth. She needs two biometric photographs, bank statements for three "
            "months and proof of accommodation."
        ),
        exact=["biometric", "accommodation", "fourteenth"],
        inflection=["embassies", "interviews", "photograph", "statement", "appointments"],
        transliteration=["Ольга Смирнова", "Ольга", "Смирнова", "Астана"],
        compound=["bank statement"],
    ),
    RecallNote(
        key="en-deserter-statement",
        title="Written statement for the asylum file",
        body=(
            "Andrei Kozlov wrote his statement about leaving the unit after the mobilisation "
            "order. We checked the dates against his enlistment office summons. The "
            "statement mentions his commander by rank only, never by name."
        ),
        exact=["mobilisation", "commander", "enlistment"],
        inflection=["statements", "orders", "summonses", "leaves", "checking"],
        transliteration=["Андрей Козлов", "Андрей", "Козлов"],
        compound=["enlistment office"],
    ),
    RecallNote(
        key="en-safe-contact",
        title="Safe contact with the family",
        body=(
            "Tatiana Popova calls her parents only through Signal with disappearing "
            "messages. Her brother Nikolai was questioned by the police in Samara. We agreed "
            "a code word for emergencies."
        ),
        exact=["disappearing", "emergencies", "Samara"],
        inflection=["contacts", "message", "questioning", "emergency", "parent"],
        transliteration=["Татьяна Попова", "Татьяна", "Николай", "Самара"],
        compound=["codeword"],
    ),
    RecallNote(
        key="en-medical-needs",
        title="Medical needs after arrival",
        body=(
            "Yevgeny Lebedev has diabetes and brought insulin for one month only. The clinic "
            "run by the refugee council will see him on Thursday. Prescription from Russia "
            "needs a translation."
        ),
        exact=["insulin", "diabetes", "prescription"],
        inflection=["clinics", "refugees", "translations", "months", "needed"],
        transliteration=["Евгений Лебедев", "Евгений", "Лебедев"],
        compound=["refugee council"],
    ),
    RecallNote(
        key="en-ukrainian-reservist",
        title="Reservist from Zaporizhzhia",
        body=(
            "Serhii Bondarenko, a reservist from Zaporizhzhia, left through Moldova. His "
            "wife Kateryna and their daughter are still in Zaporizhzhia. He asks whether "
            "Germany accepts a TCC deferral letter as evidence."
        ),
        exact=["reservist", "deferral", "Moldova"],
        inflection=["reservists", "daughters", "letters", "accepted", "evidences"],
        transliteration=["Сергій Бондаренко", "Сергій", "Катерина", "Запоріжжя"],
        compound=["deferral letter"],
    ),
    RecallNote(
        key="en-money-transfer",
        title="Money transfer options",
        body=(
            "Maxim Orlov cannot receive transfers to a Russian card abroad. Options discussed: "
            "a Kazakh bank account opened in Almaty, or cash through a trusted friend. He "
            "keeps receipts for every transfer."
        ),
        exact=["receipts", "trusted", "Kazakh"],
        inflection=["transfer", "cards", "options", "accounts", "receipt"],
        transliteration=["Максим Орлов", "Максим", "Орлов", "Алматы"],
        compound=["bank account"],
    ),
    RecallNote(
        key="en-kyiv-lawyer",
        title="Lawyer in Kyiv for the court case",
        body=(
            "Dmytro Ivanenko hired a lawyer in Kyiv to appeal the conviction in absentia. "
            "The hearing is in June. Power of attorney signed at the consulate in Berlin; "
            "original kept by Oksana Ivanenko."
        ),
        exact=["conviction", "absentia", "attorney"],
        inflection=["lawyers", "appeals", "hearings", "consulates", "signing"],
        transliteration=["Дмитро Іваненко", "Дмитро", "Київ", "Оксана"],
        compound=["power attorney"],
    ),
]
