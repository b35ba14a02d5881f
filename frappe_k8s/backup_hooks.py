"""Velero's pod annotations, as plain strings, for constructs whose pods Velero backs up.

A workload says how it wants to be backed up through annotations on its pod template: a command
to run before Velero copies the pod's volumes, and the scratch volumes not worth copying. They
are inert without Velero. Keeping them here lets FrappeBench ask for consistent backups without
importing the Velero constructs (dependencies run one way: backups know nothing of benches, and
benches nothing of Velero's objects). Keys: Velero backup-hooks.md and file-system-backup.md.
"""
from __future__ import annotations

import json
from typing import Iterable, Sequence

PRE_BACKUP_HOOK = "pre.hook.backup.velero.io"
FILE_SYSTEM_BACKUP_EXCLUDES = "backup.velero.io/backup-volumes-excludes"
ON_ERROR = ("Fail", "Continue")
# A claim's label that the Velero volume policies of this platform match (`pvcLabels`): `none` for scratch claims
# no schedule copies (the RWX check's), `no-file-copy` for a live database's files, which a file-by-file copy
# tears (its logical dumps protect it; an atomic CSI snapshot is crash-consistent and still taken).
VOLUME_BACKUP_LABEL = "frappe-k8s.io/volume-backup"
NO_BACKUP, NO_FILE_COPY = "none", "no-file-copy"


def pre_backup_hook(container: str, command: Sequence[str], timeout_seconds: int, on_error: str = "Fail") -> dict[str, str]:
    """Run `command` (exec form, no shell) in `container` before the pod's volumes are backed up.

    `Fail` marks the backup failed when the command fails; `Continue` backs up anyway.
    """
    if on_error not in ON_ERROR:
        raise ValueError(f"on_error must be one of {ON_ERROR}, not {on_error!r}")
    return {f"{PRE_BACKUP_HOOK}/container": container,
            f"{PRE_BACKUP_HOOK}/command": json.dumps(list(command)),
            f"{PRE_BACKUP_HOOK}/timeout": f"{timeout_seconds}s",
            f"{PRE_BACKUP_HOOK}/on-error": on_error}


def exclude_from_file_system_backup(volume_names: Iterable[str]) -> dict[str, str]:
    """Leave these pod volumes (scratch emptyDirs) out of Velero's file-system backups."""
    names = sorted(set(volume_names))
    return {FILE_SYSTEM_BACKUP_EXCLUDES: ",".join(names)} if names else {}


def scratch_volumes(pod_spec: dict) -> list[str]:
    """The emptyDir volumes of a pod spec: rebuilt at every start, never worth a backup."""
    return [v["name"] for v in pod_spec.get("volumes", []) if "emptyDir" in v]
