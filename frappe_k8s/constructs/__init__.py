"""The typed constructs. Each takes a frozen props dataclass and knows nothing of platform.yaml."""
from frappe_k8s.constructs.ceph_block_pool import CephBlockPool
from frappe_k8s.constructs.ceph_cluster import CephCluster
from frappe_k8s.constructs.ceph_filesystem import CephFilesystem
from frappe_k8s.constructs.frappe_bench import FrappeBench
from frappe_k8s.constructs.frappe_site import FrappeSite
from frappe_k8s.constructs.helm_operator import HelmOperator
from frappe_k8s.constructs.redis_server import RedisServer, RedisServerProps
from frappe_k8s.constructs.rwx_volume import RwxVolume
from frappe_k8s.model.bench import FrappeBenchProps
from frappe_k8s.model.site import FrappeSiteProps
from frappe_k8s.model.volumes import (CephfsStatic, EfsDynamic, EfsStatic, ExistingStorageClass, NfsDynamic,
                                      NfsStatic, RwxVolumeProps)

__all__ = ["RwxVolume", "RwxVolumeProps", "ExistingStorageClass", "EfsDynamic", "EfsStatic", "NfsDynamic",
           "NfsStatic", "CephfsStatic", "CephBlockPool", "FrappeBench", "FrappeBenchProps", "FrappeSite", "FrappeSiteProps", "RedisServer", "RedisServerProps", "CephCluster",
           "CephFilesystem", "HelmOperator"]
