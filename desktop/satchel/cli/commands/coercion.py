"""Commands for coercion: duress (set or remove the duress passphrase), travel, and the
erase after failed unlocks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from satchel.cli.exit_codes import EXIT_OK
from satchel.cli.secrets_input import SecretReader
from satchel.errors import InvalidInputError
from satchel.languages import system_language
from satchel.services.coercion.duress import duress_state, remove_duress, set_duress
from satchel.services.coercion.failed_unlocks import FailedUnlockPolicy, load_policy, save_policy
from satchel.services.coercion.travel import prepare_for_travel
from satchel.services.coercion.travel_bundle import prepare_for_travel_to
from satchel.services.coercion.travel_return import cover_to_keep, finish_return, stage_return
from satchel.services.core import session as vault_session
from satchel.services.sharing.identity import parse_recipient

TRADE_OFFS = {
    "erase": (
        "Erase: typing the duress passphrase destroys this vault's keys at that moment. Nobody "
        "can open it afterwards, not you either: only a backup kept elsewhere brings it back. "
        "An examiner who copied the laptop's disk before you typed it can still see that the "
        "header changed; one who did not finds one ordinary vault."
    ),
    "hide": (
        "Hide: the duress passphrase opens the cover and leaves this vault as it is. Nothing in "
        "the files tells that a second vault exists, but it is still there: someone who keeps "
        "asking, or who images the disk twice, may learn that one of the two database files "
        "changed when the cover did not."
    ),
}


def cmd_failed_unlocks(args: argparse.Namespace, secrets: SecretReader) -> int:
    with vault_session.unlock(Path(args.vault), secrets.read("Passphrase")) as vs:
        policy = load_policy(vs)
        if args.erase_after is not None or args.show_remaining is not None:
            limit = policy.limit
            if args.erase_after is not None:
                limit = None if args.erase_after == "never" else int(args.erase_after)
            show = policy.show_remaining if args.show_remaining is None else args.show_remaining
            policy = FailedUnlockPolicy(limit, show and limit is not None)
            save_policy(vs, policy)
    print(f"erase-after: {policy.limit or 'never'}")
    print(f"show-remaining: {'yes' if policy.show_remaining else 'no'}")
    if policy.limit is not None:
        print(
            "Counted on this computer, for this vault's folder; a copy taken elsewhere is not. "
            "See docs/COERCION.md.",
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_travel(args: argparse.Namespace, secrets: SecretReader) -> int:
    if args.recipient is not None:
        parse_recipient(args.recipient)  # a mistyped key is named before any passphrase
    passphrase = secrets.read("Passphrase")
    with vault_session.unlock(Path(args.vault), passphrase) as vs:
        cover = None if duress_state(vs).is_set else secrets.read("Cover passphrase", confirm=True)
        if args.recipient is not None:
            bundle = prepare_for_travel_to(vs, passphrase, Path(args.to), args.recipient, cover)
            print(bundle.path)
            print(
                "The bundle above holds your backup, checked (it opens with your passphrase), "
                "sealed to your colleague's sharing key: give it to them. The vault on this "
                "laptop is now only the cover. To come back: your colleague runs satchel "
                "import THEIR_VAULT BUNDLE --save-travel-backup DIR (or Vault ▸ Import a "
                "colleague's bundle… in their window) and gives you the backup file it saves; "
                f"then satchel return {args.vault} --from BACKUP_FILE.",
                file=sys.stderr,
            )
            return EXIT_OK
        made = prepare_for_travel(vs, passphrase, Path(args.to), cover)
    print(made)
    print(
        "The backup above was checked: it opens with your passphrase. The vault on this "
        "laptop is now only the cover; your passphrase no longer opens anything here. To "
        f"come back: satchel return {args.vault} --from BACKUP_FILE.",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_return(args: argparse.Namespace, secrets: SecretReader) -> int:
    folder, backup = Path(args.vault), Path(args.backup)
    vs = vault_session.unlock(folder, secrets.read("Passphrase"))
    try:
        keep = None if args.drop_cover else cover_to_keep(vs)
        if keep is None and not args.drop_cover:
            raise InvalidInputError(
                f"{folder} does not hold a cover vault, so returning would erase what it "
                "holds. Nothing was changed; add --drop-cover if that is what you want."
            )
        staged = stage_return(folder, backup, secrets.read("Backup passphrase"), keep=keep)
    except BaseException:
        vs.close()
        raise
    vs.close()
    kept = finish_return(staged, folder, keep)
    print(
        "Your vault is back; it opens with the backup's passphrase. "
        + (
            "The passphrase you travelled with is your duress passphrase again."
            if kept
            else "What was here is erased; set a duress passphrase again if you use one."
        ),
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_duress(args: argparse.Namespace, secrets: SecretReader) -> int:
    with vault_session.unlock(Path(args.vault), secrets.read("Passphrase")) as vs:
        if args.remove:
            removed = remove_duress(vs)
            print(
                "Duress passphrase removed; the cover vault is gone."
                if removed
                else "This vault has no duress passphrase.",
                file=sys.stderr,
            )
            return EXIT_OK
        print(TRADE_OFFS[args.mode], file=sys.stderr)
        duress = secrets.read("Duress passphrase", confirm=True)
        set_duress(
            vs,
            duress,
            mode=args.mode,
            sample_content=not args.empty,
            language=system_language(),  # the cover's notes in the user's own language
        )
    print(
        f"Duress passphrase set ({args.mode} mode). It opens the cover vault wherever the "
        "passphrase is asked. Add to the cover what you want it to show.",
        file=sys.stderr,
    )
    return EXIT_OK
