"""What the Velero constructs share: their app label and their Argo CD waves."""
from __future__ import annotations

APP_NAME = "velero"
LOCATION_WAVE = -1  # locations before the schedules that write to them
SCHEDULE_WAVE = 0
