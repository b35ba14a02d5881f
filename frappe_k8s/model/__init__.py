"""The typed platform model: what platform.yaml means, as frozen dataclasses.

The loader builds these; charts read them. Nothing here imports cdk8s. Defaults live on
the fields; platform.schema.json repeats them for editors, and a test keeps both equal.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from frappe_k8s.model.backups import Velero
from frappe_k8s.model.bench import DEFAULT_FRAPPE_REPOSITORY, DEFAULT_REDIS_IMAGE, FrappeBenchProps
from frappe_k8s.model.ceph import CephClusterProps, RookSettings
from frappe_k8s.model.cluster import Cluster
from frappe_k8s.model.monitoring import Monitoring
from frappe_k8s.model.server import DEFAULT_MARIADB_IMAGE
from frappe_k8s.model.site import Routing
from frappe_k8s.model.volumes import DEFAULT_VERIFY_IMAGE, RwxVolumeProps


@dataclass(frozen=True)
class Images:
    """Container images the platform runs, pinned by tag or digest. A bench's own value wins."""

    verify: str = DEFAULT_VERIFY_IMAGE       # RWX verification Jobs; anything with `sh`
    frappe: str = DEFAULT_FRAPPE_REPOSITORY  # repository only: the tag comes from each bench's Frappe version
    redis: str = DEFAULT_REDIS_IMAGE
    mariadb: str = DEFAULT_MARIADB_IMAGE     # bench-owned MariaDB servers


@dataclass(frozen=True)
class Defaults:
    kubernetes_version: str = "1.33"          # schemas the output is validated against
    storage_class: Optional[str] = None       # class for volumes that name none; default: they must name one
    domain_suffix: Optional[str] = None       # a site name of one label gets ".<suffix>"
    routing: Routing = Routing()              # how sites are reached when they set no routing of their own
    labels: tuple[tuple[str, str], ...] = ()  # extra labels on every rendered object
    images: Images = field(default_factory=Images)
    cluster_apis: tuple[str, ...] = ()        # optional APIs the cluster serves (route.openshift.io/v1); default none


@dataclass(frozen=True)
class ExternalStorageClass:
    """A StorageClass that exists in the cluster but is not rendered by this platform."""

    name: str
    read_write_many: bool = True  # whether claims on it may be ReadWriteMany (CephFS, EFS, NFS: yes; RBD, EBS: no)
    provisioner: Optional[str] = None  # its provisioner, for the cloud and backup rules; default: not known here


@dataclass(frozen=True)
class Storage:
    external_storage_classes: tuple[ExternalStorageClass, ...] = ()
    volumes: tuple[RwxVolumeProps, ...] = ()
    ceph_clusters: tuple[CephClusterProps, ...] = ()        # Rook Ceph clusters and their CephFS and RBD classes
    rook: RookSettings = field(default_factory=RookSettings)
    capacity_check: str = "fail"  # fail or warn when claims exceed a Ceph class's safe capacity (frappe_k8s.capacity)


@dataclass(frozen=True)
class Unprotected:
    """A claim nothing backs up, said so on purpose: the render accepts the gap and the coverage report shows why."""

    namespace: str
    claim: str
    reason: str  # why no backup is needed, or what protects it outside this platform


@dataclass(frozen=True)
class Backups:
    velero: Optional[Velero] = None  # default: no Velero objects and no Velero install
    unprotected: tuple[Unprotected, ...] = ()  # default: every stateful claim must be protected


@dataclass(frozen=True)
class GitOps:
    """Where the rendered dist/ lives, for the Argo CD and Flux wiring."""

    repo_url: str
    revision: str = "main"
    path: str = "dist"
    tool: str = "both"  # argocd, flux or both
    argocd_namespace: str = "argocd"     # where Argo CD reads Applications (OpenShift GitOps: openshift-gitops)
    flux_namespace: str = "flux-system"  # where Flux reads its sources, Kustomizations and HelmReleases


@dataclass(frozen=True)
class Platform:
    name: str  # the app.kubernetes.io/part-of label of every object
    cluster: Cluster = field(default_factory=Cluster)  # the one cluster this file describes
    defaults: Defaults = field(default_factory=Defaults)
    storage: Storage = field(default_factory=Storage)
    benches: tuple[FrappeBenchProps, ...] = ()
    backups: Backups = field(default_factory=Backups)
    gitops: Optional[GitOps] = None
    monitoring: Monitoring = field(default_factory=Monitoring)  # alerts and scrape targets; off by default

    @property
    def snapshot_controller(self) -> bool:
        """Whether the platform installs the CSI snapshot controller: storage.rook.snapshotController, by default
        unless the distribution ships one."""
        chosen = self.storage.rook.snapshot_controller
        return self.cluster.ships_snapshot_controller is None if chosen is None else chosen
