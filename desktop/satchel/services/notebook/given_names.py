"""Given names common among people born 1975-2005, per language, for pseudonyms and demo
identities: a trainer's audience should meet an Ольга or a Дмитро, not a Прасковья.

Faker's own lists reach back centuries (Онуфрий, Ферапонт, Мефодий); these are drawn from
the most frequent names given in those years in Russia, Ukraine, Germany and the English-
speaking countries. Patronymics are formed from fathers' names common a generation earlier.
"""

# ruff: noqa: RUF001  (Cyrillic names are the point here, not a confusable)

from __future__ import annotations

import random

GIVEN_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # (male, female)
    "ru": (
        (
            "Александр",
            "Сергей",
            "Дмитрий",
            "Андрей",
            "Алексей",
            "Максим",
            "Евгений",
            "Иван",
            "Михаил",
            "Артём",
            "Денис",
            "Никита",
            "Владимир",
            "Павел",
            "Роман",
            "Антон",
            "Игорь",
            "Кирилл",
            "Илья",
            "Олег",
        ),
        (
            "Анна",
            "Елена",
            "Ольга",
            "Наталья",
            "Екатерина",
            "Татьяна",
            "Мария",
            "Анастасия",
            "Юлия",
            "Ирина",
            "Светлана",
            "Дарья",
            "Ксения",
            "Марина",
            "Виктория",
            "Алина",
            "Полина",
            "Евгения",
            "Кристина",
            "Валерия",
        ),
    ),
    "uk": (
        (
            "Олександр",
            "Сергій",
            "Андрій",
            "Дмитро",
            "Максим",
            "Володимир",
            "Олег",
            "Віталій",
            "Юрій",
            "Богдан",
            "Тарас",
            "Іван",
            "Артем",
            "Денис",
            "Віктор",
            "Роман",
            "Назар",
            "Ігор",
            "Павло",
            "Євген",
        ),
        (
            "Олена",
            "Наталія",
            "Тетяна",
            "Ірина",
            "Юлія",
            "Оксана",
            "Анна",
            "Марія",
            "Катерина",
            "Світлана",
            "Вікторія",
            "Анастасія",
            "Дарина",
            "Христина",
            "Інна",
            "Аліна",
            "Ольга",
            "Софія",
            "Яна",
            "Людмила",
        ),
    ),
    "de": (
        (
            "Michael",
            "Thomas",
            "Andreas",
            "Stefan",
            "Christian",
            "Daniel",
            "Alexander",
            "Sebastian",
            "Jan",
            "Tobias",
            "Florian",
            "Lukas",
            "Felix",
            "Jonas",
            "Markus",
            "Philipp",
            "Tim",
            "Niklas",
            "Dennis",
            "Kevin",
        ),
        (
            "Sandra",
            "Nicole",
            "Katrin",
            "Julia",
            "Anna",
            "Lisa",
            "Laura",
            "Sarah",
            "Christina",
            "Melanie",
            "Stefanie",
            "Jennifer",
            "Katharina",
            "Lena",
            "Hannah",
            "Lea",
            "Sophie",
            "Vanessa",
            "Jessica",
            "Franziska",
        ),
    ),
    "en": (
        (
            "James",
            "John",
            "Michael",
            "David",
            "Christopher",
            "Daniel",
            "Matthew",
            "Andrew",
            "Joshua",
            "Ryan",
            "Brian",
            "Kevin",
            "Jason",
            "Justin",
            "Tyler",
            "Eric",
            "Brandon",
            "Jacob",
            "Kyle",
            "Adam",
        ),
        (
            "Jennifer",
            "Jessica",
            "Sarah",
            "Ashley",
            "Emily",
            "Amanda",
            "Melissa",
            "Nicole",
            "Stephanie",
            "Elizabeth",
            "Megan",
            "Rachel",
            "Lauren",
            "Hannah",
            "Samantha",
            "Laura",
            "Rebecca",
            "Emma",
            "Olivia",
            "Katie",
        ),
    ),
}

PATRONYMICS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # (male, female)
    "ru": (
        (
            "Александрович",
            "Сергеевич",
            "Владимирович",
            "Николаевич",
            "Викторович",
            "Юрьевич",
            "Андреевич",
            "Михайлович",
            "Игоревич",
            "Олегович",
        ),
        (
            "Александровна",
            "Сергеевна",
            "Владимировна",
            "Николаевна",
            "Викторовна",
            "Юрьевна",
            "Андреевна",
            "Михайловна",
            "Игоревна",
            "Олеговна",
        ),
    ),
    "uk": (
        (
            "Олександрович",
            "Сергійович",
            "Володимирович",
            "Миколайович",
            "Вікторович",
            "Юрійович",
            "Андрійович",
            "Михайлович",
            "Ігорович",
            "Олегович",
        ),
        (
            "Олександрівна",
            "Сергіївна",
            "Володимирівна",
            "Миколаївна",
            "Вікторівна",
            "Юріївна",
            "Андріївна",
            "Михайлівна",
            "Ігорівна",
            "Олегівна",
        ),
    ),
}


def language_of(faker_locale: str) -> str:
    """The language of a Faker locale ("ru" for "ru_RU"); English without its own list."""
    language = faker_locale.split("_", maxsplit=1)[0].lower()
    return language if language in GIVEN_NAMES else "en"


def given_name(rng: random.Random, language: str, *, female: bool | None = None) -> str:
    male, women = GIVEN_NAMES[language if language in GIVEN_NAMES else "en"]
    if female is None:
        female = rng.random() < 0.5
    return rng.choice(women if female else male)


def patronymic(rng: random.Random, language: str, *, female: bool) -> str:
    """A common patronymic (ru, uk); "" where the language has none."""
    if language not in PATRONYMICS:
        return ""
    male, women = PATRONYMICS[language]
    return rng.choice(women if female else male)
