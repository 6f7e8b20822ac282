"""Sharing with another advocate: `identity`, `export` and `import` of age-encrypted bundles.

Secrets come in the usual order: the vault passphrase first, then (with --passphrase, or
for a passphrase-protected bundle) the bundle passphrase on the next line of standard input.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from satchel.cli.exit_codes import EXIT_OK
from satchel.cli.output import print_json, print_table
from satchel.cli.secrets_input import SecretReader
from satchel.services.coercion.travel_keeping import holds_travel_backup, save_travel_backup
from satchel.services.core import session as vault_session
from satchel.services.sharing.age_streams import TravelBackupGivenError
from satchel.services.sharing.bundle_format import BundleError
from satchel.services.sharing.export import ExportRequest, all_identity_fields, export_bundle
from satchel.services.sharing.identity import public_key
from satchel.services.sharing.importing import (
    ImportReport,
    bundle_needs_passphrase,
    import_bundle,
    open_bundle,
    read_bundle_file,
)


def cmd_identity(args: argparse.Namespace, secrets: SecretReader) -> int:
    with vault_session.unlock(Path(args.vault), secrets.read("Passphrase")) as vs:
        print(public_key(vs))
    return EXIT_OK


def cmd_export(args: argparse.Namespace, secrets: SecretReader) -> int:
    vault_passphrase = secrets.read("Passphrase")
    bundle_passphrase = secrets.read("Bundle passphrase", confirm=True) if args.passphrase else None
    fields = all_identity_fields() if args.with_identities else ()
    if fields:
        print(
            "Warning: this bundle will hold identity fields in clear for whoever can decrypt "
            f"it: {', '.join(name.replace('_', ' ') for name in fields)}.",
            file=sys.stderr,
        )
    request = ExportRequest(
        destination=Path(args.to),
        case_id=args.case,
        recipients=tuple(args.recipient),
        passphrase=bundle_passphrase,
        identity_fields=fields,
    )
    with vault_session.unlock(Path(args.vault), vault_passphrase) as vs:
        if bundle_passphrase is not None and secrets.interactive:
            print("Encrypting (a few seconds)…", file=sys.stderr)
        report = export_bundle(vs, request)
    counted = ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in report.counts.items() if n)
    what = "identity fields included" if report.identity_fields else "pseudonyms only"
    print(f"Exported the {report.scope} to {report.path} ({counted}; {what}).", file=sys.stderr)
    return EXIT_OK


def cmd_import(args: argparse.Namespace, secrets: SecretReader) -> int:
    vault_passphrase = secrets.read("Passphrase")
    path = Path(args.file)
    if args.save_travel_backup is not None:
        return _save_travel_backup(args, path, vault_passphrase)
    try:
        cipher = read_bundle_file(path)
    except BundleError as error:
        if error.params.get("problem") == "too_large":  # a travel backup may be that large
            with vault_session.unlock(Path(args.vault), vault_passphrase) as vs:
                if holds_travel_backup(vs, path):
                    raise TravelBackupGivenError() from None
        raise
    bundle_passphrase = (
        secrets.read("Bundle passphrase") if bundle_needs_passphrase(cipher) else None
    )
    with vault_session.unlock(Path(args.vault), vault_passphrase) as vs:
        report = import_bundle(vs, open_bundle(vs, cipher, bundle_passphrase))
    _print_report(report, as_json=args.json)
    return EXIT_OK


def _save_travel_backup(args: argparse.Namespace, path: Path, vault_passphrase: str) -> int:
    with vault_session.unlock(Path(args.vault), vault_passphrase) as vs:
        saved = save_travel_backup(vs, path, Path(args.save_travel_backup))
    print(saved)
    print(
        "This is your colleague's travel backup. You cannot read it: it opens only with their "
        "passphrase. Keep the file above for them and give it back when they return (on a "
        "USB stick, for example); nothing was imported into your vault.",
        file=sys.stderr,
    )
    return EXIT_OK


def _print_report(report: ImportReport, *, as_json: bool) -> None:
    conflicts = [
        {"kind": c.kind, "id": c.id, "title": c.title, "older_copy_id": c.copy_id}
        for c in report.conflicts
    ]
    if as_json:
        print_json(
            {
                "new": report.new,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "kept": report.kept,
                "conflicts": conflicts,
            }
        )
        return
    totals = report.totals
    print(
        f"{totals['new']} new, {totals['updated']} updated, {totals['unchanged']} unchanged, "
        f"{totals['kept']} kept (newer here), {totals['conflict']} conflicts."
    )
    if conflicts:
        print("Conflicts (both versions kept, tagged import-conflict; the newer keeps the id):")
        print_table(
            ["KIND", "ID", "TITLE", "OLDER COPY"],
            [(c["kind"], c["id"], c["title"], c["older_copy_id"] or "-") for c in conflicts],
        )
