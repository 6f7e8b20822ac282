"""The retention rule on plain dates: the newest ten, plus the newest of each of eight weeks."""

from __future__ import annotations

import datetime as dt

from satchel.services.backups.retention import KEEP_NEWEST, KEEP_WEEKS, kept

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


def test_a_week_that_spans_new_year_is_one_week() -> None:
    """ISO week 53 of 2026 runs from Monday 28 December to Sunday 3 January 2027."""
    now = dt.datetime(2027, 1, 6, 12, tzinfo=dt.UTC)
    recent = [dt.datetime(2027, 1, 6, h, tzinfo=dt.UTC) for h in range(10)]
    thursday = dt.datetime(2026, 12, 31, 12, tzinfo=dt.UTC)
    sunday = dt.datetime(2027, 1, 3, 12, tzinfo=dt.UTC)
    result = kept([*recent, thursday, sunday], lambda t: t, now)
    assert sunday in result
    assert thursday not in result


def test_weeks_are_counted_in_utc_whatever_zone_a_time_carries() -> None:
    """Monday 02:00 in UTC+5 is still Sunday in UTC: it belongs to the week before."""
    plus_five = dt.timezone(dt.timedelta(hours=5))
    recent = [at(25, hour=h) for h in range(10)]
    monday_local = dt.datetime(2026, 11, 16, 2, tzinfo=plus_five)  # Sunday 15th, 21:00 UTC
    saturday = at(14)
    result = keep([*recent, monday_local, saturday])
    assert monday_local in result
    assert saturday not in result  # the same UTC week as the "Monday" above, and older
