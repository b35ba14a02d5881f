"""CephCluster: a Rook Ceph cluster, in cluster mode (OSDs on listed devices) or external mode."""
from __future__ import annotations

from typing import Mapping

from constructs import Construct

from frappe_k8s.constructs.ceph_common import pool_spec
from frappe_k8s.constructs.k8s_object import k8s_object, inherit_recorder
from frappe_k8s.labels import standard_labels
from frappe_k8s.model.ceph import MGR_POOL, MGR_POOL_OBJECT, CephClusterProps
from frappe_k8s.sync import protected_wave

APP_NAME = "ceph-cluster"
CLUSTER_WAVE = -3  # before the filesystems (-2) and classes (-1); claims stay in wave 0


class CephCluster(Construct):
    """One `ceph.rook.io/v1` CephCluster named `props.name` in `props.namespace`.

    Cluster mode: only the listed nodes and devices (`useAllNodes`/`useAllDevices: false`), pinned
    Ceph image, mons and mgrs, dashboard, crash collector, the full ratios, a cleanup policy
    that never wipes data, and with `monitoring` the mgr's ServiceMonitor; beside it the CephBlockPool
    `builtin-mgr` that gives Ceph's own `.mgr` pool its failure domain and device class (Rook's
    deploy/examples/pool-builtin-mgr.yaml: created with the cluster, before Ceph makes the pool with
    defaults that span every OSD). External mode:
    `external.enable: true` and nothing Rook would ignore;
    the connection Secret and ConfigMap are imported out of band (README), never rendered.
    """

    def __init__(self, scope: Construct, construct_id: str, props: CephClusterProps, monitoring: bool = False,
                 monitoring_labels: Mapping[str, str] = {}):
        super().__init__(scope, construct_id)
        inherit_recorder(self, scope)
        self.props = props
        self.monitoring = monitoring
        self.monitoring_labels = dict(monitoring_labels)
        annotations = protected_wave(CLUSTER_WAVE, custom_resource=True)
        self.cluster = k8s_object(self, "cluster", api_version="ceph.rook.io/v1", kind="CephCluster", name=props.name,
                                  namespace=props.namespace, labels=standard_labels(APP_NAME, props.name, "storage"),
                                  annotations=annotations, spec=self._external() if props.external else self._spec())
        self.mgr_pool = None if props.external else k8s_object(
            self, "mgr-pool", api_version="ceph.rook.io/v1", kind="CephBlockPool", name=MGR_POOL_OBJECT,
            namespace=props.namespace, labels=standard_labels(APP_NAME, props.name, "storage"), annotations=annotations,
            spec={**pool_spec(props.effective_mgr_pool), "name": MGR_POOL})

    @staticmethod
    def _external() -> dict:
        return {"external": {"enable": True}, "crashCollector": {"disable": True},
                "healthCheck": {"daemonHealth": {"mon": {"disabled": False, "interval": "45s"}}}}

    def _spec(self) -> dict:
        p = self.props
        nodes = [{"name": node.name, "devices": [
                     {"name": d.name, "config": {"deviceClass": d.device_class} if d.device_class else None}
                     for d in node.devices]}
                 for node in p.nodes]
        return {
            "cephVersion": {"image": p.ceph_image, "allowUnsupported": False},
            "dataDirHostPath": p.data_dir_host_path,
            "mon": {"count": p.mon.count, "allowMultiplePerNode": p.mon.allow_multiple_per_node},
            "mgr": {"count": p.mgr.count, "allowMultiplePerNode": p.mgr.allow_multiple_per_node},
            "dashboard": {"enabled": p.dashboard, "ssl": True},
            "crashCollector": {"disable": not p.crash_collector},
            # Rook then creates a ServiceMonitor for the mgr's Prometheus module (mgr.go EnableServiceMonitor), whose
            # ceph_* metrics Rook's own alert rules and our capacity alert read; it needs the Prometheus
            # Operator's CRDs. Rook v1.20 creates no PrometheusRule itself (README, "Operating").
            "monitoring": {"enabled": True} if self.monitoring else None,
            # the mgr's ServiceMonitor carries spec.labels.monitoring (k8sutil/prometheus.go): the user's
            # Prometheus selects it by the same labels as our rules and monitors
            "labels": {"monitoring": self.monitoring_labels} if self.monitoring and self.monitoring_labels else None,
            # Never "yes-really-destroy-data": deleting the CR must not wipe hosts or disks.
            "cleanupPolicy": {"confirmation": "", "allowUninstallWithVolumes": False},
            "disruptionManagement": {"managePodBudgets": True},
            # Rook v1.20's cluster.yaml: the CSI users' keys stay of type aes, which kernel CephFS mounts
            # before Linux 7.0 need (Ceph 20 would otherwise issue aes256k keys).
            "security": {"cephx": {"csi": {"keyType": "aes"}}},
            "priorityClassNames": {"mon": "system-node-critical", "osd": "system-node-critical",
                                   "mgr": "system-cluster-critical"},
            "storage": {"useAllNodes": False, "useAllDevices": False, "nodes": nodes,
                        "fullRatio": p.full_ratio, "backfillFullRatio": p.backfill_full_ratio,
                        "nearFullRatio": p.near_full_ratio},
        }
