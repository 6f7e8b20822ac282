"""The inside of a sharing bundle: an uncompressed tar built and read in memory.

Layout (docs/FORMATS.md is the reference): `bundle.json` (what the bundle is), `data.json`
(the records) and `attachments/<sha256>` (one file per distinct content). Nothing here
touches the disk: the plaintext tar exists only in memory, between the vault and age.

Reading trusts nothing. Only the three kinds of names above are accepted (no traversal, no
links, no devices, no folders), each member and the whole are capped, compressed tars are
refused (no decompression bomb can hide in them), and every failure becomes a BundleError
that names the problem.
"""

from __future__ import annotations

import io
import json
import re
import tarfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from satchel.errors import InvalidInputError
from satchel.services.notebook.attachments import MAX_BYTES as MAX_ATTACHMENT_BYTES

FORMAT = "satchel-bundle"
VERSION = 1
MANIFEST_NAME = "bundle.json"
DATA_NAME = "data.json"
ATTACHMENT_PREFIX = "attachments/"
SCOPES = ("case", "vault")

MAX_MANIFEST_BYTES = 64 * 1024
MAX_DATA_BYTES = 256 * 1024 * 1024
MAX_BUNDLE_BYTES = 2 * 1024 * 1024 * 1024  # the encrypted file; it is held in memory
MAX_MEMBERS = 200_000
# JSON values in data.json. `[[],[],…]` turns 3 bytes into ~64 in memory (256 MiB of it would
# take ~7 GiB); 16 per record allowed is more than real records use.
MAX_DATA_VALUES = 16_000_000

_ATTACHMENT_NAME = re.compile(r"^attachments/([0-9a-f]{64})$")
# A JSON string, or an unterminated one up to the end: every '"' starts a match, so linear.
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)', re.DOTALL)


class BundleError(InvalidInputError):
    """A bundle that cannot be used; the message names why. The vault was not changed.

    `problem` says why for the window: "malformed" (its contents are not what Satchel
    writes; `reason` has the detail), "armored", "needs_passphrase", "other_key",
    "newer_format", "too_large" (`limit_mb`), "takes_record" (it would move a record of
    this vault), and for the subclasses "not_age" and "damaged".
    """

    code = "bundle_unusable"
    default_problem = "malformed"

    def __init__(self, reason: str, problem: str = "", **params: object) -> None:
        super().__init__(
            f"This bundle cannot be used: {reason}. Nothing was changed.",
            problem=problem or self.default_problem,
            reason=reason,
            **params,
        )
        self.reason = reason


class NotABundleError(BundleError):
    """The file is not age-encrypted at all: the wrong file was picked, most likely."""

    code = "bundle_not_age"
    default_problem = "not_age"


class DamagedBundleError(BundleError):
    """The bytes are cut short or altered: age's authentication or the tar failed."""

    code = "bundle_damaged"
    default_problem = "damaged"


@dataclass(frozen=True)
class Manifest:
    """`bundle.json`: what the bundle holds, before any record is read."""

    created: str
    scope: str
    case_ids: tuple[str, ...]
    identity_fields: tuple[str, ...]
    counts: Mapping[str, int] = field(default_factory=dict)
    demo: bool = False  # exported from a demo vault (services.core.demo_mark)

    @property
    def redacted(self) -> bool:
        return not self.identity_fields

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "created": self.created,
            "scope": self.scope,
            "case_ids": list(self.case_ids),
            "redacted": self.redacted,
            "identity_fields": list(self.identity_fields),
            "counts": dict(self.counts),
            "demo": self.demo,
        }


@dataclass(frozen=True)
class RawBundle:
    """A bundle's members, read and capped but not yet checked record by record."""

    manifest: Manifest
    data: dict[str, Any]
    blobs: dict[str, bytes]


def dumps(value: Any) -> bytes:
    """Canonical JSON: sorted keys, UTF-8, no NaN; the same records give the same bytes."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False).encode("utf-8")


def pack(manifest: Manifest, data: Mapping[str, Any], blobs: Mapping[str, bytes]) -> bytes:
    """The tar, in memory: manifest first, then the records, then the files by hash."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        _add(tar, MANIFEST_NAME, dumps(manifest.to_json()))
        _add(tar, DATA_NAME, dumps(data))
        for digest in sorted(blobs):
            _add(tar, ATTACHMENT_PREFIX + digest, blobs[digest])
    return buffer.getvalue()


def _add(tar: tarfile.TarFile, name: str, payload: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(payload)
    info.mode = 0o600
    info.mtime = 0  # no timestamp of when the work was done leaks through the tar
    tar.addfile(info, io.BytesIO(payload))


def unpack(plain: bytes, *, max_attachment: int = MAX_ATTACHMENT_BYTES) -> RawBundle:
    """Read the tar from memory, refusing anything but the documented members."""
    members = _read_members(plain, max_attachment)
    if MANIFEST_NAME not in members:
        raise BundleError(f"it holds no {MANIFEST_NAME} (it is not a Satchel bundle)")
    manifest = parse_manifest(members.pop(MANIFEST_NAME))
    if DATA_NAME not in members:
        raise BundleError(f"it holds no {DATA_NAME}")
    body = members.pop(DATA_NAME)
    _check_value_count(body, DATA_NAME)
    data = _load_json(body, DATA_NAME)
    if not isinstance(data, dict):
        raise BundleError(f"{DATA_NAME} is not a JSON object")
    blobs = {_ATTACHMENT_NAME.match(name).group(1): body for name, body in members.items()}  # type: ignore[union-attr]
    return RawBundle(manifest, data, blobs)


def _read_members(plain: bytes, max_attachment: int) -> dict[str, bytes]:
    members: dict[str, bytes] = {}
    total = 0
    try:
        with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
            while (info := tar.next()) is not None:
                name = info.name
                limit = _limit_for(name, max_attachment)
                if limit is None:
                    raise BundleError(f'it holds an unexpected member "{_shown(name)}"')
                if not info.isreg():
                    raise BundleError(f'its member "{name}" is not a plain file (link or device)')
                if name in members:
                    raise BundleError(f'its member "{name}" appears twice')
                if len(members) >= MAX_MEMBERS:
                    raise BundleError(f"it holds more than {MAX_MEMBERS} files")
                if info.size > limit:
                    raise BundleError(f'its member "{name}" is too large ({info.size} bytes)')
                total += info.size
                if total > MAX_BUNDLE_BYTES:
                    raise BundleError("its content is too large")
                handle = tar.extractfile(info)
                body = handle.read(info.size + 1) if handle is not None else b""
                if len(body) != info.size:
                    raise DamagedBundleError(f'its member "{name}" is cut short')
                members[name] = body
    except BundleError:
        raise
    except (tarfile.TarError, EOFError, ValueError, OverflowError, UnicodeError) as error:
        raise DamagedBundleError(f"its content is not a readable tar ({error})") from None
    return members


def _limit_for(name: str, max_attachment: int) -> int | None:
    if name == MANIFEST_NAME:
        return MAX_MANIFEST_BYTES
    if name == DATA_NAME:
        return MAX_DATA_BYTES
    if _ATTACHMENT_NAME.match(name):
        return max_attachment
    return None


def _shown(name: str) -> str:
    """A member name fit for a message: printable and short."""
    text = "".join(ch if ch.isprintable() else "?" for ch in name)
    return text if len(text) <= 80 else text[:77] + "..."


def _openings(body: bytes) -> int:
    return body.count(b",") + body.count(b"[") + body.count(b"{")


def _check_value_count(body: bytes, name: str) -> None:
    """Refuse JSON that would take many times its size in memory, before parsing it.

    Every value but the first in a list or object follows a comma, so the commas and
    openings outside strings bound the values. Counting them inside strings too is fast
    and nearly always enough; only a body over the bound is counted again without strings.
    """
    if _openings(body) <= MAX_DATA_VALUES:
        return
    if _openings(_JSON_STRING.sub(b'""', body)) > MAX_DATA_VALUES:
        raise BundleError(f"{name} holds too many values (at most {MAX_DATA_VALUES})")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f'the key "{_shown(key)}" appears twice')
        result[key] = value
    return result


def _load_json(body: bytes, name: str) -> Any:
    try:
        return json.loads(
            body.decode("utf-8"),
            parse_constant=_reject_constant,
            object_pairs_hook=_unique_keys,
        )
    except UnicodeDecodeError:
        raise BundleError(f"{name} is not UTF-8 text") from None
    except RecursionError:
        raise BundleError(f"{name} is nested too deeply") from None
    except ValueError as error:
        raise BundleError(f"{name} is not valid JSON ({error})") from None


def parse_manifest(body: bytes) -> Manifest:
    raw = _load_json(body, MANIFEST_NAME)
    if not isinstance(raw, dict):
        raise BundleError(f"{MANIFEST_NAME} is not a JSON object")
    if raw.get("format") != FORMAT:
        raise BundleError(f"{MANIFEST_NAME} does not say it is a {FORMAT}")
    version = raw.get("version")
    if version != VERSION or isinstance(version, bool):
        raise BundleError(
            f"it uses format version {_shown(str(version))}, and this Satchel reads version "
            f"{VERSION} only (a newer Satchel may read it)",
            "newer_format",
        )
    scope = raw.get("scope")
    if scope not in SCOPES:
        raise BundleError(f'its scope "{_shown(str(scope))}" is neither "case" nor "vault"')
    created = raw.get("created")
    case_ids = raw.get("case_ids", [])
    fields = raw.get("identity_fields", [])
    counts = raw.get("counts", {})
    if not isinstance(created, str) or len(created) > 64:
        raise BundleError(f"{MANIFEST_NAME} has no valid creation time")
    if not _strings(case_ids) or not _strings(fields):
        raise BundleError(f"{MANIFEST_NAME} lists case ids or identity fields wrongly")
    if not isinstance(counts, dict) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in counts.values()
    ):
        raise BundleError(f"{MANIFEST_NAME} has malformed counts")
    demo = raw.get("demo", False)  # absent in bundles from before the mark: real
    if not isinstance(demo, bool):
        raise BundleError(f"{MANIFEST_NAME} says neither demo nor not")
    if raw.get("redacted") is not (not fields):
        raise BundleError(f"{MANIFEST_NAME} says redacted but lists identity fields, or not")
    return Manifest(created, scope, tuple(case_ids), tuple(fields), counts, demo)


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and len(v) <= 64 for v in value)
