"""The `storage` app: shared volumes (and, later, the Ceph clusters under them)."""
from __future__ import annotations

from cdk8s import Chart
from constructs import Construct

from frappe_k8s.constructs.rwx_volume import RwxVolume
from frappe_k8s.model import Platform


class StorageChart(Chart):
    """Everything under platform.yaml `storage`, rendered into dist/storage/."""

    APP = "storage"

    def __init__(self, scope: Construct, platform: Platform):
        super().__init__(scope, self.APP, disable_resource_name_hashes=True)
        self.volumes = [RwxVolume(self, f"volume.{v.namespace}.{v.name}", v) for v in platform.storage.volumes]
