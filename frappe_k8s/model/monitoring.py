"""Typed props of `monitoring`: alerts, scrape targets and their Prometheus selector labels (no cdk8s).

Also the one piece of arithmetic the alerts need from a cron expression: the longest gap between two
runs, so that "no successful backup for 1.5 periods" is a number the rule can compare with.
"""
from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from frappe_k8s.errors import SpecError
from frappe_k8s.model.backups import CRON_NAMES, CRON_RANGES, GO_DURATION, check_cron

RUNBOOK_URL = re.compile(r"^https?://\S+$")
ALERT = "{alert}"  # in runbookBaseUrl: where each alert's name goes
LABEL_KEY = re.compile(r"^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$")
# "1.5 x each schedule's period" from the issue: one missed run is tolerated only up to half a period late.
FRESHNESS_FACTOR = 1.5


@dataclass(frozen=True)
class Monitoring:
    """Alerts (PrometheusRule), scrape targets (ServiceMonitor, PodMonitor) and Rook's mgr ServiceMonitor."""

    enabled: bool = False                      # off: none of the monitoring objects render
    labels: tuple[tuple[str, str], ...] = ()   # on every PrometheusRule/ServiceMonitor/PodMonitor, for the
                                               # Prometheus selectors (kube-prometheus-stack: release: <name>)
    runbook_base_url: Optional[str] = None     # default: dist/runbooks/ in an https gitops.repoURL (runbook_template)

    def __post_init__(self) -> None:
        if self.runbook_base_url is not None and not RUNBOOK_URL.match(str(self.runbook_base_url)):
            raise SpecError("runbook_base_url", self.runbook_base_url, "is not an http(s) URL",
                            "give the address of this README as your Git host shows it, such as"
                            " https://github.com/example/platform/blob/main/README.md")
        for key, _ in self.labels:
            if not isinstance(key, str) or not LABEL_KEY.match(key):
                raise SpecError("labels", key, "is not a label key", "use a key such as release or example.com/team")


def runbook_template(monitoring: Monitoring, gitops) -> Optional[str]:
    """Where each alert's runbook is read, as a URL with `{alert}` where the alert's name (lower case) goes:
    `runbookBaseUrl`, else the runbook pages rendered into `<gitops.path>/runbooks/` as the Git host of an https
    `gitops.repoURL` shows them (`<repo>/blob/<revision>/<path>/runbooks/{alert}.md`, the address GitHub, Gitea and
    Forgejo use; GitLab redirects /blob/ to /-/blob/). None when neither is known: the loader then asks for
    runbookBaseUrl."""
    if monitoring.runbook_base_url:
        return monitoring.runbook_base_url
    repo_url = gitops.repo_url if gitops else None
    if repo_url and repo_url.startswith("https://"):
        return (f"{repo_url.removesuffix('.git').rstrip('/')}/blob/{gitops.revision}/{gitops.path.strip('/')}"
                f"/runbooks/{ALERT}.md")
    return None


def runbook_url(template: str, alert: str) -> str:
    """One alert's runbook: `{alert}` replaced by its name in lower case; a URL without `{alert}` is one page with
    an anchor per alert (`<url>#<alert>`)."""
    name = alert.lower()
    return template.replace(ALERT, name) if ALERT in template else f"{template}#{name}"


# --- the longest gap between two runs of a cron schedule ------------------------------------------------------

DESCRIPTORS = {"@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *", "@weekly": "0 0 * * 0",
               "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *"}
GO_UNITS = {"ns": 1e-9, "us": 1e-6, "µs": 1e-6, "ms": 1e-3, "s": 1, "m": 60, "h": 3600}
# A fixed window of five years (a leap year inside it, with the years on both sides) makes the answer
# deterministic and covers every calendar case; a schedule that runs once in it (29 February) gets the window.
WINDOW_START, WINDOW_DAYS = dt.date(2025, 1, 1), 5 * 365 + 1


def _field(part: str, low: int, high: int, names: dict) -> tuple[set[int], bool]:
    """The values one cron field matches, and whether it is restricted (not `*`/`?`), robfig/cron's way:
    `a/n` without an end runs to the field's maximum."""
    values: set[int] = set()
    star = True
    for atom in part.split(","):
        span, _, step = atom.partition("/")
        if span in ("*", "?"):
            start, end = low, high
        else:
            star = False
            bounds = [int(b) if b.isdigit() else names[b.lower()] for b in span.split("-")]
            start, end = bounds[0], bounds[-1] if len(bounds) == 2 else (high if step else bounds[0])
        if step and span in ("*", "?") and int(step) > 1:  # robfig keeps the star bit of `*/1`
            star = False
        values.update(range(start, end + 1, int(step) if step else 1))
    return values, not star


def _skips_a_run(zone: str, expression: str) -> bool:
    """Whether a run time of the schedule falls into the hour a daylight-saving change skips in the zone: that
    day robfig/cron's Next() finds no such time and the run is lost."""
    if expression.startswith("@every "):
        return False
    parts = expression.split()
    (minutes, _), (hours, _) = (_field(part, low, high, names) for part, (low, high), names in
                                zip(parts[:2], CRON_RANGES[:2], CRON_NAMES[:2]))
    tz = zoneinfo.ZoneInfo(zone)
    for offset in range(366):
        day = WINDOW_START + dt.timedelta(days=offset)
        start, end = (dt.datetime.combine(d, dt.time(), tzinfo=tz) for d in (day, day + dt.timedelta(days=1)))
        if end.utcoffset() <= start.utcoffset():
            continue  # no clock moved forward during this day
        for hour in hours:
            for minute in minutes:
                local = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=tz)
                if local.astimezone(dt.timezone.utc).astimezone(tz).replace(tzinfo=None) != local.replace(tzinfo=None):
                    return True
    return False


@lru_cache(maxsize=None)
def max_interval_seconds(schedule: str, time_zone: Optional[str] = None) -> int:
    """The longest time between two consecutive runs of a cron schedule (the forms check_cron accepts), in
    seconds: `0 2 * * *` is 86400, `0 3 * * 1-5` 259200 (Friday to Monday). Day of month and day of week,
    when both are restricted, match either (cron's rule). In a zone with daylight saving (a CRON_TZ prefix, or
    a CronJob's `time_zone`) a run inside the skipped hour is skipped that day (robfig/cron's Next()), so a
    day is added: a gap can be that much longer once a year. Only then: 01:30 in Berlin is never skipped."""
    check_cron("schedule", schedule)
    if schedule.startswith(("CRON_TZ=", "TZ=")):
        prefix, _, schedule = schedule.partition(" ")
        time_zone = prefix.partition("=")[2]
    expression = DESCRIPTORS.get(schedule, schedule)
    return _interval_seconds(expression) + (86400 if time_zone and _skips_a_run(time_zone, expression) else 0)


def _interval_seconds(expression: str) -> int:
    expression = DESCRIPTORS.get(expression, expression)
    if expression.startswith("@every "):
        total = 0.0
        for amount, _, unit in re.findall(r"([0-9]+(\.[0-9]+)?)(ns|us|µs|ms|s|m|h)", expression[7:]):
            total += float(amount) * GO_UNITS[unit]
        assert GO_DURATION.match(expression[7:])
        return max(1, int(total))
    fields = [_field(part, low, high, names) for part, (low, high), names in
              zip(expression.split(), CRON_RANGES, CRON_NAMES)]
    (minutes, _), (hours, _), (days, days_set), (months, _), (weekdays, weekdays_set) = fields
    times = sorted(h * 60 + m for h in hours for m in minutes)  # minutes of a day when it runs
    within = max((b - a for a, b in zip(times, times[1:])), default=0)
    longest, previous_last = within, None
    for offset in range(WINDOW_DAYS):
        day = WINDOW_START + dt.timedelta(days=offset)
        cron_weekday = (day.weekday() + 1) % 7  # cron: 0 is Sunday
        in_days, in_weekdays = day.day in days, cron_weekday in weekdays
        matches = (in_days or in_weekdays) if (days_set and weekdays_set) else (in_days and in_weekdays)
        if not matches or day.month not in months:
            continue
        first = offset * 1440 + times[0]
        if previous_last is not None:
            longest = max(longest, first - previous_last)
        previous_last = offset * 1440 + times[-1]
    return (longest or WINDOW_DAYS * 1440) * 60
