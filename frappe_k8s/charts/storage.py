"""The `storage` app: Ceph clusters, their filesystems and block pools, and the shared volumes on them."""
from __future__ import annotations

from constructs import Construct

from frappe_k8s.charts.app_chart import AppChart
from frappe_k8s.constructs.ceph_block_pool import CephBlockPool
from frappe_k8s.constructs.ceph_cluster import CephCluster
from frappe_k8s.constructs.ceph_filesystem import CephFilesystem
from frappe_k8s.constructs.rwx_volume import RwxVolume
from frappe_k8s.model import Platform


class StorageChart(AppChart):
    """Everything under platform.yaml `storage`, rendered into dist/storage/."""

    APP = "storage"

    def __init__(self, scope: Construct, platform: Platform):
        super().__init__(scope, self.APP, depends_on=("operators", "namespaces"))
        monitoring = platform.monitoring
        self.ceph_clusters = [CephCluster(self, f"ceph.{c.name}", c, monitoring=monitoring.enabled,
                                          monitoring_labels=dict(monitoring.labels))
                              for c in platform.storage.ceph_clusters]
        self.ceph_filesystems = [CephFilesystem(self, f"ceph.{c.name}.{fs.name}", fs)
                                 for c in platform.storage.ceph_clusters for fs in c.filesystems]
        self.ceph_block_pools = [CephBlockPool(self, f"ceph.{c.name}.block.{b.name}", b)
                                 for c in platform.storage.ceph_clusters for b in c.block_pools]
        self.volumes = [RwxVolume(self, f"volume.{v.namespace}.{v.name}", v) for v in platform.storage.volumes]
