"""The retention rule on plain dates: the newest ten, plus the newest of each of eight weeks."""

from __future__ import annotations

import datetime as dt

from satchel.services.backup_retention import KEEP_NEWEST, KEEP_WEEKS, kept

NOW = dt.datetime(2026, 11, 25, 18, 0, tzinfo=dt.UTC)  # a Wednesday, ISO week 48


def at(day: int, month: int = 11, hour: int = 12) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, tzinfo=dt.UTC)


def keep(times: list[dt.datetime]) -> list[dt.datetime]:
    return kept(times, lambda t: t, NOW)


def test_the_numbers() -> None:
    assert (KEEP_NEWEST, KEEP_WEEKS) == (10, 8)


def test_fewer_than_ten_are_all_kept() -> None:
    times = [at(1), at(10), at(20)]
    assert keep(times) == sorted(times, reverse=True)
    assert keep([]) == []


def test_many_on_one_day_keep_the_newest_ten() -> None:
    times = [at(25, hour=h) for h in range(15)]
    assert keep(times) == [at(25, hour=h) for h in range(14, 4, -1)]


def test_the_newest_of_each_older_week_is_kept_for_eight_weeks() -> None:
    recent = [at(25, hour=h) for h in range(10)]
    # Two backups in each of twelve earlier weeks (Tuesdays and Thursdays).
    older = []
    for weeks_back in range(1, 13):
        tuesday = dt.date(2026, 11, 24) - dt.timedelta(weeks=weeks_back)
        older += [
            dt.datetime.combine(tuesday, dt.time(9), dt.UTC),
            dt.datetime.combine(tuesday + dt.timedelta(days=2), dt.time(9), dt.UTC),
        ]
    result = keep(recent + older)

    weekly = [t for t in result if t not in recent]
    assert len(weekly) == KEEP_WEEKS - 1  # this week is covered by the newest ten
    assert all(t.weekday() == 3 for t in weekly)  # the Thursday: the newest of its week
    assert min(weekly).date() == dt.date(2026, 10, 8)  # seven weeks back, not eight
    assert set(recent) <= set(result)


def test_weeks_run_monday_to_sunday() -> None:
    recent = [at(25, hour=h) for h in range(10)]
    sunday, monday = at(22, hour=23), at(16, hour=1)
    saturday = at(21)
    result = keep([*recent, sunday, saturday, monday])
    assert sunday in result  # newest of the week of 16-22 November
    assert saturday not in result
    assert monday not in result  # same week as the Sunday


def test_old_backups_beyond_the_newest_ten_and_eight_weeks_go() -> None:
    times = [at(1, month=m) for m in range(1, 12)]  # one a month, all year
    result = keep(times)
    # The newest ten stay whatever their age; January is older than eight weeks and goes.
    assert result == sorted(times, reverse=True)[:10]
