"""Bad template files: every problem named with file, line and field; nothing imported."""

from __future__ import annotations

import random
import re
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.factories import count_rows
from tests.services.template_samples import shipped_files, template_text

from satchel.errors import InvalidInputError
from satchel.services.core.session import VaultSession
from satchel.services.templates import user_templates
from satchel.services.templates.checks import check_document
from satchel.services.templates.lines import SourceLines, text_lines
from satchel.services.templates.rules import MAX_TEMPLATE_BYTES, InvalidTemplateError, field_name
from satchel.services.templates.schema import validate_template_bytes
from satchel.services.templates.toml_writer import dump_template
from satchel.store.models import ChecklistTemplate

NAME = "de-work-visa.toml"
ITEM_LINE = {1: 28, 2: 41, 3: 54}  # the [[items]] headers of template_text()
LANGS = ("en", "ru", "uk", "de")


def problems(text: str | bytes, name: str = NAME) -> list[str]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    with pytest.raises(InvalidTemplateError) as refused:
        validate_template_bytes(data, name)
    return [str(p) for p in refused.value.problems]


def replace_line(text: str, number: int, new: str) -> str:
    lines = text.splitlines()
    lines[number - 1] = new
    return "\n".join(lines) + "\n"


def delete_line(text: str, number: int) -> str:
    lines = text.splitlines()
    del lines[number - 1]
    return "\n".join(lines) + "\n"


def test_the_sample_template_is_valid_and_its_lines_are_as_documented() -> None:
    text = template_text()
    document = validate_template_bytes(text.encode(), NAME)
    assert [i["id"] for i in document["items"]] == ["passport", "visa", "contract"]
    lines = text.splitlines()
    assert [lines[n - 1] for n in ITEM_LINE.values()] == ["[[items]]"] * 3
    assert lines[ITEM_LINE[2] + 5] == 'title.uk = "Title of visa (uk)"'
    assert document["sources"][0]["last_reviewed"] == "2026-11-25"


def test_a_missing_translation_names_file_line_and_field() -> None:
    text = delete_line(template_text(), ITEM_LINE[2] + 6)  # title.uk of the second item
    assert problems(text) == [f"{NAME}:{ITEM_LINE[2]}: items[2].title.uk: missing"]


def test_every_problem_is_reported_not_only_the_first() -> None:
    text = template_text()
    text = replace_line(text, 2, 'version = "two"')
    text = replace_line(text, 17, "[disclaimers]")
    text = replace_line(text, ITEM_LINE[1] + 2, 'category = "paperwork"')
    text = replace_line(text, ITEM_LINE[2] + 3, 'required = "yes"')
    text = replace_line(text, ITEM_LINE[3] + 1, 'id = "passport"')

    assert set(problems(text)) == {
        f"{NAME}:1: disclaimer: missing",
        f"{NAME}:2: version: must be a whole number of 1 or more, not text",
        f"{NAME}:17: disclaimers: unknown field; expected one of: id, version, title, "
        "description, jurisdiction, sources, disclaimer, last_reviewed, items",
        f'{NAME}:30: items[1].category: "paperwork" is not one of: identity, travel, legal, '
        "work, housing, money, evidence, safety",
        f"{NAME}:44: items[2].required: must be true or false, not text",
        f'{NAME}:55: items[3].id: duplicate id "passport" (already used by items[1])',
    }


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda t: replace_line(t, 1, 'id = "Work Visa!"'),
            '1: id: "Work Visa!" is not a slug: use lower-case letters, digits and single '
            "hyphens, at most 64 characters",
        ),
        (lambda t: delete_line(t, 1), "1: id: missing"),
        (lambda t: replace_line(t, 2, "version = 0"), "2: version: must be between 1 and 1000000"),
        (
            lambda t: replace_line(t, 2, "version = true"),
            "2: version: must be a whole number of 1 or more, not true/false",
        ),
        (
            lambda t: replace_line(t, 3, 'jurisdiction = "Germany"'),
            '3: jurisdiction: "Germany" is not "any" or a comma-separated list',
        ),
        (lambda t: replace_line(t, 6, 'fr = "Titre"'), '6: title.fr: unknown language "fr"'),
        (lambda t: replace_line(t, 6, "en = 42"), "6: title.en: must be text, not a whole number"),
        (lambda t: replace_line(t, 6, 'en = "   "'), "6: title.en: is empty"),
        (lambda t: replace_line(t, 25, 'url = "ftp://x"'), '25: sources[1].url: "ftp://x" is not'),
        (
            lambda t: replace_line(t, 26, 'last_reviewed = "25.11.2026"'),
            '26: sources[1].last_reviewed: "25.11.2026" is not a date like 2026-11-25',
        ),
        (
            lambda t: replace_line(t, 26, 'last_reviewed = "2026-02-30"'),
            '26: sources[1].last_reviewed: "2026-02-30" is not a date',
        ),
        (
            lambda t: replace_line(t, 26, "last_reviewed = 2026-11-25T10:00:00"),
            "26: sources[1].last_reviewed: must be a date like 2026-11-25, not a date with a time",
        ),
        (
            lambda t: replace_line(t, ITEM_LINE[1] + 1, 'id = "pass port"'),
            f'{ITEM_LINE[1] + 1}: items[1].id: "pass port" is not a slug',
        ),
        (
            lambda t: replace_line(t, ITEM_LINE[1] + 3, 'typical_validity = "6 months"'),
            f'{ITEM_LINE[1] + 3}: items[1].typical_validity: "6 months" is not an ISO 8601 '
            "duration",
        ),
        (
            lambda t: replace_line(t, ITEM_LINE[1] + 3, 'typical_validity = "P"'),
            f'{ITEM_LINE[1] + 3}: items[1].typical_validity: "P" is not an ISO 8601 duration',
        ),
        (
            lambda t: replace_line(t, ITEM_LINE[1] + 3, 'expires = "P1Y"'),
            f"{ITEM_LINE[1] + 3}: items[1].expires: unknown field; expected one of: id, title",
        ),
        (
            lambda t: t.replace(
                "\n".join(f'title.{lang} = "Title of passport ({lang})"' for lang in LANGS),
                'title = "Passport"',
            ),
            f"{ITEM_LINE[1] + 4}: items[1].title: must be a table of en, ru, uk, de texts, not "
            "text",
        ),
        (
            lambda t: t + 'tip.en = "only English"\n',
            f"{ITEM_LINE[3]}: items[3].tip.ru: missing",
        ),
        (
            lambda t: replace_line(t, 3, 'jurisdiction = "DE"\nlast_reviewed = "yesterday"'),
            '4: last_reviewed: "yesterday" is not a date like 2026-11-25',
        ),
        (
            lambda t: replace_line(t, ITEM_LINE[1] + 3, 'last_reviewed = "2026-13-01"'),
            f'{ITEM_LINE[1] + 3}: items[1].last_reviewed: "2026-13-01" is not a date',
        ),
        (lambda t: t.replace("[[items]]", "[items]", 1), "41: toml: not valid TOML"),
        (lambda t: t.split("[[items]]")[0], "1: items: missing"),
        (lambda t: "items = []\n" + t.split("[[items]]")[0], "1: items: a template needs at least"),
    ],
)
def test_a_bad_field_is_named_with_its_line(edit: Callable[[str], str], expected: str) -> None:
    found = problems(edit(template_text()))
    assert any(p.startswith(f"{NAME}:{expected}") for p in found), found


def test_review_dates_of_the_template_and_of_an_item_are_kept_and_written_back() -> None:
    text = replace_line(
        template_text(), ITEM_LINE[1] + 3, "required = true\nlast_reviewed = 2026-12-01"
    )
    text = replace_line(text, 3, 'jurisdiction = "DE"\nlast_reviewed = 2026-12-06')
    document = validate_template_bytes(text.encode(), NAME)

    assert document["last_reviewed"] == "2026-12-06"
    assert document["items"][0]["last_reviewed"] == "2026-12-01"
    assert "last_reviewed" not in document["items"][1]  # optional, left out when absent
    written = dump_template(document)
    assert validate_template_bytes(written.encode(), NAME) == document


def test_a_toml_syntax_error_gives_the_parser_s_line_and_column() -> None:
    text = replace_line(template_text(), 30, 'category = "identity" "again"')
    (found,) = problems(text)
    assert found.startswith(f"{NAME}:30: toml: not valid TOML: ")
    assert "column" in found


def test_an_unterminated_string_points_at_a_real_line() -> None:
    text = template_text() + 'tip.en = "never closed\n'
    (found,) = problems(text)
    line = int(found.split(":")[1])
    assert 1 <= line <= len(text.splitlines())


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "huge.toml"
    with big.open("wb") as handle:  # sparse: 50 MB on paper, nothing written
        handle.truncate(50 * 1024 * 1024)

    with pytest.raises(InvalidTemplateError) as refused:
        user_templates.read_template_file(big)

    (problem,) = refused.value.problems
    assert str(problem) == (
        "huge.toml:1: (file): is 50.0 MB; a checklist template may be at most 1 MB, so it was "
        "not read. Is this the right file?"
    )


def test_too_many_bytes_are_refused_before_parsing() -> None:
    data = b"# " + b"x" * MAX_TEMPLATE_BYTES
    (found,) = problems(data)
    assert found.startswith(f"{NAME}:1: (file): is 1.0 MB; a checklist template may be at most")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tomllib needs memory quadratic in a dotted key's parts: refused before parsing
        ("a" + ".a" * 400_000 + " = 1\n", "1: toml: has more than 40 dots outside strings"),
        ("[a" + ".a" * 400_000 + "]\n", "1: toml: has more than 40 dots outside strings"),
        ("x = {a" + ".a" * 400_000 + " = 1}\n", "1: toml: has more than 40 dots outside"),
        ("x = " + "[" * 400_000, "1: toml: not valid TOML: nested too deeply"),
        ("x = [\n[1," + " " * 900_000 + "2],\n]\n", "1: id: missing"),
        ('url = "https://' + "a." * 400_000 + ' x"\n', "1: url: unknown field"),
    ],
    ids=["dotted-key", "dotted-header", "dotted-inline", "nested", "spaces", "long-url"],
)
def test_crafted_files_near_the_size_limit_are_handled_quickly(text: str, expected: str) -> None:
    started = time.perf_counter()
    found = problems(text)
    assert time.perf_counter() - started < 10
    assert any(p.startswith(f"{NAME}:{expected}") for p in found), found[:3]


def test_dots_inside_strings_do_not_count() -> None:
    text = template_text().replace("Check with a lawyer (en)", "Check. " * 200)
    assert validate_template_bytes(text.encode(), NAME)["disclaimer"]["en"].startswith("Check.")


def test_binary_garbage_is_refused_as_binary_with_its_line() -> None:
    noise = random.Random(5).randbytes(4096)
    data = b"id = 1\n\n" + noise.replace(b"\x00", b"\x01") + b"\x00"
    (found,) = problems(data)
    assert re.fullmatch(rf"{NAME}:\d+: \(file\): holds binary data, not a TOML text file", found)


def test_non_utf8_text_names_the_line_of_the_bad_byte() -> None:
    data = template_text().replace("Sample (de)", "Beispiel für Länder (de)").encode("latin-1")
    (found,) = problems(data)
    assert found == f"{NAME}:9: (file): is not UTF-8 text (byte 0xfc); save it as UTF-8"


def test_a_byte_order_mark_is_accepted() -> None:
    document = validate_template_bytes(b"\xef\xbb\xbf" + template_text().encode(), NAME)
    assert document["id"] == "sample-template"


def test_the_error_message_lists_the_problems_and_is_bounded() -> None:
    items = tuple(f"item-{n}" for n in range(80))
    text = template_text(items=items).replace('category = "identity"', 'category = "nope"')
    with pytest.raises(InvalidTemplateError) as refused:
        validate_template_bytes(text.encode(), NAME)
    error = refused.value
    assert isinstance(error, InvalidInputError)
    assert len(error.problems) == 80
    message = str(error)
    assert message.startswith(f"The checklist template {NAME} cannot be used (80 problems)")
    assert "... and 30 more" in message
    assert message.count("\n") == 51


# --- Where fields are written -----------------------------------------------------------


def test_source_lines_follow_headers_dotted_keys_inline_tables_and_sub_tables() -> None:
    text = "\n".join(
        [
            'id = "x"',  # 1
            "[title]",  # 2
            'en = "a"',  # 3
            "[[items]]",  # 4
            'id = "one"',  # 5
            'title = { en = "a", ru = "b" }',  # 6
            "[[items]]",  # 7
            'help.de = """',  # 8
            'id = "inside a string"',  # 9
            '"""',  # 10
            "[items.title]",  # 11
            'uk = "c"',  # 12
            '"quoted key" = 1',  # 13
        ]
    )
    lines = SourceLines(text)
    assert lines.line(("id",)) == 1
    assert lines.line(("title", "en")) == 3
    assert lines.line(("items", 0)) == 4
    assert lines.line(("items", 0, "title", "ru")) == 6
    assert lines.line(("items", 1)) == 7
    assert lines.line(("items", 1, "help", "de")) == 8
    assert lines.line(("items", 1, "id")) == 7  # line 9 is inside a multi-line string
    assert lines.line(("items", 1, "title", "uk")) == 12
    assert lines.line(("items", 1, "title", "quoted key")) == 13
    assert lines.line(("items", 5, "title")) == 1  # never written: the first line
    assert lines.line(("nowhere",)) == 1


def test_field_names_count_items_from_one() -> None:
    assert field_name(("items", 2, "title", "uk")) == "items[3].title.uk"
    assert field_name(("sources", 0)) == "sources[1]"
    assert field_name(()) == "(file)"


# --- Nothing is imported on error --------------------------------------------------------

BAD_FILES: dict[str, bytes] = {
    "missing.toml": delete_line(template_text(), 2).encode(),
    "wrong-type.toml": replace_line(template_text(), 2, 'version = "1"').encode(),
    "unknown-language.toml": replace_line(template_text(), 6, 'fr = "x"').encode(),
    "duplicate.toml": template_text(items=("passport", "passport")).encode(),
    "syntax.toml": b"id = \n",
    "garbage.bin": random.Random(7).randbytes(2048),
    "latin1.toml": "titre = 'é'".encode("latin-1"),
    "empty.toml": b"",
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_imports_nothing(vs: VaultSession, name: str) -> None:
    before = count_rows(vs, ChecklistTemplate)
    with pytest.raises(InvalidTemplateError) as refused:
        user_templates.import_template(vs, BAD_FILES[name], f"/some/folder/{name}")
    assert count_rows(vs, ChecklistTemplate) == before
    assert refused.value.problems
    for problem in refused.value.problems:
        assert str(problem).startswith(f"{name}:")
        assert problem.line >= 1


def test_a_50_mb_file_imports_nothing(vs: VaultSession, tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(InvalidTemplateError, match=r"big\.toml:1: \(file\): is 50\.0 MB"):
        user_templates.import_template_file(vs, big)
    assert count_rows(vs, ChecklistTemplate) == 0


# --- Property tests -----------------------------------------------------------------------

VALID = template_text().encode()


def _only_template_errors(data: bytes) -> None:
    try:
        validate_template_bytes(data, "fuzz.toml")
    except InvalidTemplateError as error:
        last = len(text_lines(data.decode("utf-8", errors="replace"))) or 1
        assert error.problems
        for problem in error.problems:
            assert problem.file == "fuzz.toml"
            assert 1 <= problem.line <= last, (problem, last)
            assert problem.field and problem.message


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_gives_a_template_or_template_errors(text: str) -> None:
    _only_template_errors(text.encode("utf-8", errors="surrogatepass"))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_give_a_template_or_template_errors(data: bytes) -> None:
    _only_template_errors(data)


_MUTATIONS = st.one_of(
    st.tuples(st.just("delete"), st.integers(0, 10_000)),
    st.tuples(st.just("duplicate"), st.integers(0, 10_000)),
    st.tuples(st.just("swap"), st.integers(0, 10_000), st.integers(0, 10_000)),
    st.tuples(st.just("insert"), st.integers(0, 100_000), st.text(max_size=20)),
    st.tuples(st.just("replace"), st.integers(0, 100_000), st.characters()),
    st.tuples(st.just("truncate"), st.integers(0, 100_000)),
)


def _mutate(text: str, mutation: tuple[Any, ...]) -> str:
    kind, *args = mutation
    lines = text.splitlines(keepends=True)
    if kind == "delete":
        del lines[args[0] % len(lines)]
    elif kind == "duplicate":
        index = args[0] % len(lines)
        lines.insert(index, lines[index])
    elif kind == "swap":
        i, j = args[0] % len(lines), args[1] % len(lines)
        lines[i], lines[j] = lines[j], lines[i]
    else:
        at = args[0] % (len(text) + 1)
        if kind == "insert":
            return text[:at] + args[1] + text[at:]
        if kind == "replace":
            return text[:at] + args[1] + text[at + 1 :]
        return text[:at]
    return "".join(lines)


@settings(max_examples=300, deadline=None)
@given(st.lists(_MUTATIONS, min_size=1, max_size=4))
def test_mutated_valid_templates_give_a_template_or_template_errors(
    mutations: list[tuple[Any, ...]],
) -> None:
    text = template_text()
    for mutation in mutations:
        text = _mutate(text, mutation) or "\n"
    _only_template_errors(text.encode("utf-8", errors="surrogatepass"))


_TOML_VALUES = st.recursive(
    st.one_of(
        st.booleans(),
        st.integers(-(2**63), 2**63 - 1),
        st.floats(allow_nan=False),
        st.text(max_size=10),
        st.dates(),
        st.datetimes(),
        st.times(),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*prefix, index))
    return found


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_documents_with_any_value_anywhere_give_only_problems(data: st.DataObject) -> None:
    document = tomllib.loads(template_text())
    paths = [p for p in _paths(document) if p]
    path = data.draw(st.sampled_from(paths))
    value = data.draw(_TOML_VALUES)
    target = document
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    text = template_text()
    clean, found = check_document(document, "fuzz.toml", SourceLines(text))
    assert (clean is None) == bool(found)
    for problem in found:
        assert 1 <= problem.line <= len(text_lines(text))


def test_every_shipped_file_survives_its_own_mutations() -> None:
    """A quick deterministic pass over the real files: no crash on any single-line deletion."""
    for path in shipped_files()[:3]:
        text = path.read_text("utf-8")
        for number in range(1, len(text.splitlines()) + 1, 7):
            _only_template_errors(delete_line(text, number).encode())
