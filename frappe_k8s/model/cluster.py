"""The one Kubernetes cluster a platform file describes: its distribution, its cloud, the CSI drivers it runs.

A platform renders for exactly one cluster, and what that cluster ships decides what is safe to render: RKE2 and
OpenShift bring their own CSI snapshot controller (a second install fights over the CRDs), an AWS EFS volume mounts
only from inside AWS, and a StorageClass whose provisioner nothing runs leaves every claim Pending. Facts, with
where they were read:

- RKE2 installs `rke2-snapshot-controller`, `rke2-snapshot-controller-crd` and `rke2-snapshot-validation-webhook` as
  packaged components (rancher/rke2#5061, `--disable` lists them).
- OpenShift runs the CSI snapshot controller as a cluster operator (`csi-snapshot-controller`), and its
  `restricted-v2` SCC gives every pod a uid and fsGroup from the namespace's range, refusing fixed ones outside it.
- `rancher.io/local-path` (local-path-provisioner) makes `hostPath` PersistentVolumes unless a claim asks for
  `local`; Velero's file-system backup skips hostPath volumes (velero v1.18.1 pkg/podvolume/backupper.go,
  isHostPathVolume).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from frappe_k8s.errors import SpecError
from frappe_k8s.model import checks

GENERIC, RKE2, OPENSHIFT = "generic", "rke2", "openshift"
DISTRIBUTIONS = (GENERIC, RKE2, OPENSHIFT)
NO_CLOUD, AWS, GCP, AZURE = "none", "aws", "gcp", "azure"
CLOUDS = (NO_CLOUD, AWS, GCP, AZURE)
# the distributions that ship the CSI snapshot controller and the snapshot.storage.k8s.io CRDs
SHIPS_SNAPSHOT_CONTROLLER = {RKE2: "rke2-snapshot-controller", OPENSHIFT: "the csi-snapshot-controller operator"}
# provisioners that only work inside one cloud (their volumes are that cloud's services)
CLOUD_PROVISIONERS = {"efs.csi.aws.com": AWS, "ebs.csi.aws.com": AWS, "fsx.csi.aws.com": AWS,
                      "pd.csi.storage.gke.io": GCP, "filestore.csi.storage.gke.io": GCP,
                      "disk.csi.azure.com": AZURE, "file.csi.azure.com": AZURE}
# provisioners whose volumes are hostPath PersistentVolumes, which Velero's file-system backup cannot read
HOST_PATH_PROVISIONERS = ("rancher.io/local-path",)
PROVISIONER = re.compile(r"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?(/[a-zA-Z0-9]([-a-zA-Z0-9._]*[a-zA-Z0-9])?)?$")


def check_provisioner(field: str, value: str) -> None:
    """A StorageClass provisioner or CSI driver name: a DNS subdomain such as nfs.csi.k8s.io, or `vendor/name`."""
    if not isinstance(value, str) or not PROVISIONER.match(value) or len(value) > 253:
        raise SpecError(field, value, "is not a provisioner name",
                        "write the driver's name as its CSIDriver object shows it, such as nfs.csi.k8s.io")


@dataclass(frozen=True)
class Cluster:
    """What the one cluster of this platform is and runs; the render-time reality rules read it."""

    distribution: str = GENERIC          # generic, rke2 or openshift: what the distribution ships and enforces
    cloud: str = NO_CLOUD                # none (on premises, or a VPS provider such as Contabo), aws, gcp or azure
    csi_drivers: tuple[str, ...] = ()    # drivers installed out of band that volumes here use (efs.csi.aws.com, ...)

    def __post_init__(self) -> None:
        checks.one_of("distribution", self.distribution, DISTRIBUTIONS)
        checks.one_of("cloud", self.cloud, CLOUDS)
        for i, driver in enumerate(self.csi_drivers):
            check_provisioner(f"csi_drivers.{i}", driver)
            if driver in self.csi_drivers[:i]:
                raise SpecError(f"csi_drivers.{i}", driver, "is listed twice", "keep one entry")
            cloud = CLOUD_PROVISIONERS.get(driver)
            if cloud is not None and cloud != self.cloud:
                raise SpecError(f"csi_drivers.{i}", driver, f"runs only in {cloud}, and this cluster's cloud is"
                                f" {self.cloud}", f"set cluster.cloud: {cloud} if the cluster runs there, or remove it")

    @property
    def ships_snapshot_controller(self) -> Optional[str]:
        """What brings the snapshot controller with the distribution, or None."""
        return SHIPS_SNAPSHOT_CONTROLLER.get(self.distribution)

    @property
    def assigns_pod_ids(self) -> bool:
        """Whether admission assigns pods their uid and fsGroup (OpenShift's restricted-v2), refusing fixed ones."""
        return self.distribution == OPENSHIFT
