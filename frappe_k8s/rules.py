"""Post-synth rules, applied to every rendered object before validation.

Constructs decide what an object is; these rules decide what every object must carry, in one
place: the standard labels, prune/delete protection for every stateful kind, and Job names that change with
their spec (frappe_k8s.sync).
"""
from __future__ import annotations

from typing import Iterable, Mapping

from frappe_k8s import TOOL_NAME
from frappe_k8s.canonical import spec_hash
from frappe_k8s.labels import COMPONENT, INSTANCE, MANAGED_BY, NAME, PART_OF

ARGOCD_SYNC_OPTIONS = "argocd.argoproj.io/sync-options"
ARGOCD_COMPARE_OPTIONS = "argocd.argoproj.io/compare-options"
FLUX_PRUNE = "kustomize.toolkit.fluxcd.io/prune"
KEEP_OPTIONS = ("Prune=false", "Delete=false")
# A kept object that left Git stays in the cluster; without this Argo CD shows its app OutOfSync for good ("The app
# will be out of sync if Argo CD expects a resource to be pruned", argo-cd docs user-guide/sync-options.md), and
# the state comparison leaves out only such objects that carry it (controller/state.go, `needsPruning`).
IGNORE_EXTRANEOUS = "IgnoreExtraneous"

# (API group, kind) of objects whose deletion loses data or cuts off what depends on them.
STATEFUL_KINDS = frozenset({
    ("", "Namespace"), ("", "PersistentVolumeClaim"), ("", "PersistentVolume"),
    ("storage.k8s.io", "StorageClass"), ("snapshot.storage.k8s.io", "VolumeSnapshotClass"),
    ("ceph.rook.io", "CephCluster"), ("ceph.rook.io", "CephFilesystem"),
    ("ceph.rook.io", "CephFilesystemSubVolumeGroup"), ("ceph.rook.io", "CephBlockPool"),
    ("k8s.mariadb.com", "MariaDB"), ("k8s.mariadb.com", "Database"), ("k8s.mariadb.com", "User"),
    ("k8s.mariadb.com", "Grant"),
    ("velero.io", "BackupStorageLocation"), ("velero.io", "VolumeSnapshotLocation"),
    # a pruned ExternalSecret deletes the Secret it owns: a generated password would be generated anew, and no
    # longer match the database user it was set on; a pruned SealedSecret takes its Secret along likewise
    ("external-secrets.io", "ExternalSecret"), ("bitnami.com", "SealedSecret"),
    # an operator's release: Flux uninstalls a pruned HelmRelease (its CRDs, and what depends on them, go too)
    ("helm.toolkit.fluxcd.io", "HelmRelease"),
})


def group_of(manifest: Mapping) -> str:
    api_version = manifest["apiVersion"]
    return api_version.split("/")[0] if "/" in api_version else ""


def is_stateful(manifest: Mapping) -> bool:
    return (group_of(manifest), manifest["kind"]) in STATEFUL_KINDS


def apply(manifests: Iterable[dict], part_of: str, extra_labels: Mapping[str, str] = {}) -> None:
    """Add labels and protection in place. A missing construct label is a bug, so it raises."""
    for manifest in manifests:
        metadata = manifest.setdefault("metadata", {})
        labels = metadata.setdefault("labels", {})
        missing = [key for key in (NAME, INSTANCE, COMPONENT) if key not in labels]
        if missing:
            raise AssertionError(f"{manifest['kind']}/{metadata.get('name')} lacks labels {missing}; "
                                 "its construct must set them with standard_labels()")
        common = {PART_OF: part_of, MANAGED_BY: TOOL_NAME, **{k: v for k, v in extra_labels.items() if k not in labels}}
        labels.update(common)
        # pods carry them too, for cost and log queries; a Job's pod template is named by its hash: left as hashed
        if manifest["kind"] != "Job":
            for template in pod_templates(manifest):
                template.setdefault("metadata", {}).setdefault("labels", {}).update(common)
        else:
            check_job_name(manifest)
        if is_stateful(manifest):
            protect(metadata)


def check_job_name(manifest: Mapping) -> None:
    """A Job is immutable: a spec changed under the same name could not be applied, and re-applying the same one
    must be a no-op. So every Job is named after its whole spec (frappe_k8s.sync.job_name); another name is a bug."""
    name, digest = manifest["metadata"]["name"], spec_hash(manifest["spec"])
    if not name.endswith(f"-{digest}"):
        raise AssertionError(f"Job {name} does not end in the hash of its spec ({digest}); name it with "
                             "frappe_k8s.sync.job_name")


def pod_templates(manifest: Mapping) -> list[dict]:
    """The pod templates of workloads (spec.template) and CronJobs (spec.jobTemplate.spec.template)."""
    spec = manifest.get("spec") or {}
    template = spec.get("template") or (spec.get("jobTemplate") or {}).get("spec", {}).get("template")
    return [template] if isinstance(template, dict) and "spec" in template else []


def options_of(annotations: Mapping[str, str], key: str) -> list[str]:
    """The comma-separated options of an Argo CD annotation, spaces trimmed (gitops-engine resource/annotations.go)."""
    return [o.strip() for o in annotations.get(key, "").split(",") if o.strip()]


def unprotected(manifest: Mapping) -> bool:
    """A stateful object that Argo CD or Flux could still prune or delete, or that would keep Argo CD OutOfSync
    once it left Git."""
    if not is_stateful(manifest):
        return False
    annotations = manifest.get("metadata", {}).get("annotations") or {}
    return not (set(KEEP_OPTIONS) <= set(options_of(annotations, ARGOCD_SYNC_OPTIONS))
                and IGNORE_EXTRANEOUS in options_of(annotations, ARGOCD_COMPARE_OPTIONS)
                and annotations.get(FLUX_PRUNE) == "disabled")


def protection_annotations() -> dict[str, str]:
    """What a stateful object carries so that neither Argo CD nor Flux ever deletes it."""
    metadata: dict = {}
    protect(metadata)
    return metadata["annotations"]


def protect(metadata: dict) -> None:
    """Argo CD never prunes or deletes it, and stays Synced once it left Git; Flux never prunes it. Existing
    options are kept."""
    annotations = metadata.setdefault("annotations", {})
    options = [o for o in options_of(annotations, ARGOCD_SYNC_OPTIONS) if o.split("=")[0] not in ("Prune", "Delete")]
    annotations[ARGOCD_SYNC_OPTIONS] = ",".join(options + list(KEEP_OPTIONS))
    compare = [o for o in options_of(annotations, ARGOCD_COMPARE_OPTIONS) if o != IGNORE_EXTRANEOUS]
    annotations[ARGOCD_COMPARE_OPTIONS] = ",".join(compare + [IGNORE_EXTRANEOUS])
    annotations[FLUX_PRUNE] = "disabled"
