"""The activity log: what was created, changed, revealed or exported, never the content."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from satchel.services.core.records import utc_now
from satchel.services.core.session import VaultSession
from satchel.store.models import ActivityEvent


@dataclass(frozen=True)
class ActivityView:
    at: datetime
    action: str
    kind: str
    ref_id: uuid.UUID | None
    detail: str


def record(
    session: Session, action: str, kind: str, ref_id: uuid.UUID | None, detail: str = ""
) -> None:
    """Log an event; `detail` names fields or counts, never what they hold."""
    session.add(ActivityEvent(at=utc_now(), action=action, kind=kind, ref_id=ref_id, detail=detail))


def list_activity(vs: VaultSession, *, limit: int = 200, offset: int = 0) -> list[ActivityView]:
    with vs.reading() as session:
        rows = session.scalars(
            select(ActivityEvent).order_by(ActivityEvent.at.desc()).offset(offset).limit(limit)
        )
        return [ActivityView(e.at, e.action, e.kind, e.ref_id, e.detail) for e in rows]
