"""Which backups to keep: the newest ten, plus the newest one of each of the last eight weeks.

A pure rule on creation times, so it is tested with plain dates. Weeks are ISO weeks
(Monday to Sunday) in UTC, counted back from the week of `now`: that week and the seven
before it. Ten recent backups cover a busy day; the weekly ones reach back two months, so
damage found late still has a good copy to go back to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TypeVar

KEEP_NEWEST = 10
KEEP_WEEKS = 8

T = TypeVar("T")


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def kept(items: Sequence[T], created: Callable[[T], dt.datetime], now: dt.datetime) -> list[T]:
    """The items to keep, newest first; every other one may be deleted."""
    newest_first = sorted(items, key=created, reverse=True)
    keep = newest_first[:KEEP_NEWEST]
    this_week = _monday(now.astimezone(dt.UTC).date())
    first_week = this_week - dt.timedelta(weeks=KEEP_WEEKS - 1)
    weeks_seen: set[dt.date] = set()
    for item in newest_first:
        week = _monday(created(item).astimezone(dt.UTC).date())
        if first_week <= week <= this_week and week not in weeks_seen:
            weeks_seen.add(week)
            if item not in keep:
                keep.append(item)
    return sorted(keep, key=created, reverse=True)
