"""Commands on the vault itself: init, info, check, passwd, recover, wipe."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from zxcvbn import zxcvbn

from satchel.cli.exit_codes import EXIT_DAMAGED, EXIT_OK
from satchel.cli.output import print_fields, print_json
from satchel.cli.secrets_input import SecretReader
from satchel.errors import InvalidInputError
from satchel.services import access
from satchel.services.core.integrity import check_integrity

STRONG_ENOUGH = 3  # zxcvbn score out of 4


def _new_passphrase(secrets: SecretReader, prompt: str) -> str:
    passphrase = secrets.read(prompt, confirm=True)
    if not passphrase:
        raise InvalidInputError("The passphrase cannot be empty. Nothing was changed.")
    verdict = zxcvbn(passphrase[:100])
    if verdict["score"] < STRONG_ENOUGH:
        hint = verdict["feedback"].get("warning") or "it is easy to guess"
        print(
            f"Warning: this passphrase is weak ({hint}). Six random words are far stronger.",
            file=sys.stderr,
        )
    return passphrase


def cmd_init(args: argparse.Namespace, secrets: SecretReader) -> int:
    passphrase = _new_passphrase(secrets, "New passphrase")
    if secrets.interactive:
        print("Deriving keys (a second or two)…", file=sys.stderr)
    vs, phrase = access.create(Path(args.vault), passphrase)
    vs.close()
    print(
        "Vault created. Below is its recovery phrase, shown this once: write it on paper and "
        "keep it apart from the laptop. It opens the vault if the passphrase is lost.",
        file=sys.stderr,
    )
    print(phrase)
    return EXIT_OK


def cmd_info(args: argparse.Namespace, secrets: SecretReader) -> int:
    info = access.read_info(Path(args.vault))
    if info.kdf is not None:  # format 2: the cost is all a locked vault tells
        return _info_format2(info.kdf.memory_kib, info.kdf.iterations, info.kdf.lanes, args.json)
    if args.json:
        print_json(
            {
                "format_version": info.format_version,
                "vault_id": info.vault_id,
                "slots": [
                    {
                        "id": s.slot_id,
                        "kind": s.kind,
                        "kdf": s.kdf,
                        "memory_kib": s.memory_kib,
                        "iterations": s.iterations,
                        "lanes": s.lanes,
                    }
                    for s in info.slots
                ],
            }
        )
        return EXIT_OK
    print_fields([("format version", info.format_version), ("vault id", info.vault_id)])
    for s in info.slots:
        print(
            f"slot {s.slot_id}: {s.kind}, {s.kdf}, memory {s.memory_kib} KiB, "
            f"{s.iterations} iterations, {s.lanes} lanes"
        )
    return EXIT_OK


def _info_format2(memory_kib: int, iterations: int, lanes: int, as_json: bool) -> int:
    kdf = {"kdf": "argon2id", "memory_kib": memory_kib, "iterations": iterations, "lanes": lanes}
    if as_json:
        print_json({"format_version": 2, **kdf})
        return EXIT_OK
    print_fields(
        [
            ("format version", 2),
            ("key derivation", f"argon2id, memory {memory_kib} KiB, {iterations} iterations"),
        ]
    )
    print(
        "Nothing else can be read without a passphrase: not the vault id, not how many "
        "passphrases open it, not even whether these files are a vault.",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace, secrets: SecretReader) -> int:
    with access.unlock(Path(args.vault), secrets.read("Passphrase")) as vs:
        report = check_integrity(vs)
        repaired = [notice for notice in vs.vault.notices if notice.is_repair]
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "repaired": [notice.name for notice in repaired],
                "structure": report.structure,
                "pages": report.pages,
                "foreign_key_problems": report.foreign_keys,
                "search_index_ok": report.search_index_ok,
            }
        )
    else:
        print_fields(
            [
                (
                    "header and commit record",
                    "ok"
                    if not repaired
                    else "repaired: " + ", ".join(notice.name for notice in repaired),
                ),
                ("structure", "ok" if not report.structure else "; ".join(report.structure[:5])),
                (
                    "page authentication",
                    "ok" if not report.pages else f"{len(report.pages)} pages failed",
                ),
                (
                    "references",
                    "ok" if not report.foreign_keys else f"{report.foreign_keys} broken",
                ),
                ("search index", "ok" if report.search_index_ok else "damaged"),
            ]
        )
    if not report.ok:
        print("satchel: the vault is damaged. Restore it from a backup.", file=sys.stderr)
        return EXIT_DAMAGED
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, secrets: SecretReader) -> int:
    access.change_passphrase(
        Path(args.vault),
        secrets.read("Current passphrase"),
        lambda: _new_passphrase(secrets, "New passphrase"),
    )
    print("Passphrase changed. The recovery phrase still works.", file=sys.stderr)
    return EXIT_OK


def cmd_recover(args: argparse.Namespace, secrets: SecretReader) -> int:
    access.recover(
        Path(args.vault),
        secrets.read("Recovery phrase"),
        lambda: _new_passphrase(secrets, "New passphrase"),
    )
    print("New passphrase set. The recovery phrase still works.", file=sys.stderr)
    return EXIT_OK


def cmd_wipe(args: argparse.Namespace, secrets: SecretReader) -> int:
    left = access.wipe(Path(args.vault))
    if left:
        print(
            "satchel: these entries are links or not plain files, so they were left alone "
            f"(nothing they point at was touched): {', '.join(left)}. Someone may have "
            "planted them; delete them yourself.",
            file=sys.stderr,
        )
    print(
        "The vault's keyslots were overwritten and its files deleted, with the backups in its "
        "backups folder. Backups kept in a folder you chose elsewhere (a USB stick) still open "
        "with the passphrase of their day: destroy them separately.",
        file=sys.stderr,
    )
    return EXIT_OK
