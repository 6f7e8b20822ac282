"""A whole session leaves no readable trace anywhere on disk.

A child process with a fresh HOME, TMPDIR and XDG folders (all under tmp_path) creates a
vault, a case, a person with an identity, a note, a checklist, an attachment, and builds the
real window once: the workspace, the case editor, the person editor with the identity
revealed, a search typed into the search box; then it locks and exits. Every field holds a
sentinel of its own. Afterwards every file under tmp_path — HOME, TMPDIR, the XDG folders and
the vault folder — is searched for every sentinel, in UTF-8 and UTF-16 of either byte order,
as written and case-folded: no hit is allowed.

The sentinels are random per run and reach the child only through its stdin, so they are in
no command line, environment or file the test writes. The child script is passed with `-c`
and never written to disk. The child checks that each value really went through (the
identity was revealed in the panel, the search found the note), so an empty session could
not pass.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

FOLDERS = {
    "HOME": "home",
    "TMPDIR": "tmp",
    "XDG_CONFIG_HOME": "xdg-config",
    "XDG_DATA_HOME": "xdg-data",
    "XDG_CACHE_HOME": "xdg-cache",
    "XDG_STATE_HOME": "xdg-state",
    "XDG_RUNTIME_DIR": "xdg-runtime",
}

CHILD = r"""
import json, sys
from pathlib import Path

S = json.loads(sys.stdin.read())
vault_folder = Path(sys.argv[1])

from PySide6.QtWidgets import QApplication

from satchel.services.checklists import case_checklists as checklists
from satchel.services.core import search
from satchel.services.core import session as vault_session
from satchel.services.notebook import attachments, cases, identity, notes, people
from satchel.ui.base.theme import apply_theme
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.window import ShellWindow
from satchel.vault import FAST_TEST_KDF

app = QApplication(sys.argv[:1])
app.setApplicationName("Satchel")
app.setOrganizationName("Satchel")
apply_theme(app)

vs, _phrase = vault_session.create(
    vault_folder, "sturdy lantern orbit meadow", kdf_for_tests=FAST_TEST_KDF
)
case_id = cases.create_case(
    vs, title=S["case title"], summary=S["case summary"], tags=[S["case tag"]]
)
person_id = people.create_person(
    vs,
    pseudonym=S["pseudonym"],
    identity={"legal_name": S["legal name"], "phone": S["phone"]},
    case_id=case_id,
)
people.update_person(vs, person_id, notes=S["person notes"])
identity.set_identity(
    vs, person_id, {"document_numbers": S["document number"], "address": S["address"]}
)
note_id = notes.create_note(vs, title=S["note title"], body=S["note body"], case_id=case_id)
checklist_id = checklists.add_checklist(vs, case_id, "personal-documents")
item = checklists.get_checklist(vs, checklist_id).items[1]
checklists.set_item(
    vs, item.id, note=S["checklist item note"], original_location=S["original location"]
)
attachment_id = attachments.add_attachment(
    vs,
    filename=S["attachment filename"] + ".txt",
    data=("Scanned text: " + S["attachment bytes"] + "\n").encode(),
    case_id=case_id,
)
assert S["attachment bytes"].encode() in attachments.read_attachment(vs, attachment_id)

settings = AppSettings()
controller = VaultController()
window = ShellWindow(controller, settings)
window.resize(1280, 800)
controller.adopt(vs, vault_folder)  # shows the workspace
window.show()
app.processEvents()
workspace = window.workspace
assert workspace is not None

workspace.open_item("case", case_id)
app.processEvents()
workspace.open_item("person", person_id)
app.processEvents()
panel = workspace._editor.identity
assert panel.reveal()
shown = {name: edit.text() for name, edit in panel.value_edits.items()}
assert shown["legal_name"] == S["legal name"], shown
assert shown["address"] == S["address"], shown
app.processEvents()

workspace.search_box.setText(S["note body"])
workspace.search_panel.run_search()
assert any(r.kind == "note" for r in workspace.search_panel.results)
workspace.search_box.setText(S["search text"])
workspace.search_panel.run_search()
assert workspace.search_panel.results == []
app.processEvents()

controller.lock()
assert not controller.is_unlocked
window.close()
app.processEvents()
print("session done")
"""


def _sentinels() -> dict[str, str]:
    """One random token per field, letters and digits only so the search index keeps it
    whole; the phone is digits only so it looks like a phone number."""

    def token(word: str) -> str:
        return f"{word}Q{secrets.token_hex(8)}"

    fields = [
        "case title",
        "case summary",
        "case tag",
        "pseudonym",
        "person notes",
        "legal name",
        "document number",
        "address",
        "note title",
        "note body",
        "checklist item note",
        "original location",
        "attachment bytes",
        "attachment filename",
        "search text",
    ]
    values = {name: token(name.title().replace(" ", "")) for name in fields}
    values["phone"] = "+7 " + "".join(str(secrets.randbelow(10)) for _ in range(14))
    return values


def _needles(sentinel: str) -> list[bytes]:
    forms = {sentinel, sentinel.casefold()}
    return [form.encode(codec) for form in forms for codec in ("utf-8", "utf-16-le", "utf-16-be")]


@pytest.mark.slow
def test_a_full_session_leaves_no_sentinel_in_any_file(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    for key, name in FOLDERS.items():
        folder = tmp_path / name
        folder.mkdir(mode=0o700)
        env[key] = str(folder)
    env["QT_QPA_PLATFORM"] = "offscreen"
    vault_folder = tmp_path / "vault"
    sentinels = _sentinels()

    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(vault_folder)],
        input=json.dumps(sentinels),
        env=env,
        cwd=tmp_path / "home",
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "session done" in result.stdout
    # the database: vault.db in format 1, files "2" and "3" (one of them the other side's)
    # in format 2, which new vaults use
    databases = [vault_folder / name for name in ("vault.db", "2", "3")]
    databases = [path for path in databases if path.is_file()]
    assert databases

    files = [path for path in sorted(tmp_path.rglob("*")) if path.is_file()]
    assert all(path in files for path in databases)
    hits = {}
    for path in files:
        data = path.read_bytes()
        leaked = [
            name for name, value in sentinels.items() if any(n in data for n in _needles(value))
        ]
        if leaked:
            hits[str(path.relative_to(tmp_path))] = leaked
    assert hits == {}
