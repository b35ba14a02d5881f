"""Typed props of the Velero backups: storage and snapshot locations, schedules, and Velero itself.

Frozen dataclasses with no cdk8s import. Facts (field names, config keys, cron grammar, Go
durations) follow Velero 1.18 and its aws/gcp/azure plugins (vmware-tanzu/velero v1.18.1 site/content/docs and the plugins' backupstoragelocation.md and
volumesnapshotlocation.md).
"""
from __future__ import annotations

import re
import zoneinfo
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence, Union

from frappe_k8s.errors import SpecError
from frappe_k8s.model import checks

PLUGIN_IMAGES = {  # the provider plugins paired with Velero 1.18 (frappe_k8s.upstream.VELERO), one init container each
    # v1.14.3: with checksumAlgorithm "" the AWS SDK v2 uploader still added trailing checksums, which Ceph RGW and
    # Swift refuse (400 InvalidArgument, velero#9804) and other S3-compatible stores kept inside the object (v1.14.2:
    # "gzip: invalid header", velero#9951); fixed by velero-plugin-for-aws#313 (#308 on release-1.14)
    "aws": "docker.io/velero/velero-plugin-for-aws:v1.14.3",
    "gcp": "docker.io/velero/velero-plugin-for-gcp:v1.14.2",
    "azure": "docker.io/velero/velero-plugin-for-microsoft-azure:v1.14.2",
}
PROVIDERS = tuple(PLUGIN_IMAGES)
FILE_SYSTEM, SNAPSHOT = "fileSystem", "snapshot"
STRATEGIES = (FILE_SYSTEM, SNAPSHOT)
# Velero's volume policy actions (internal/resourcepolicies/resource_policies.go)
SKIP, FS_BACKUP, SNAPSHOT_ACTION = "skip", "fs-backup", "snapshot"

# Go's time.ParseDuration, which Velero uses for ttl and timeouts: no days, at least one unit.
GO_DURATION = re.compile(r"^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")
CRON_DESCRIPTORS = ("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly")
# One field of robfig/cron's standard parser: *, ?, numbers or names, ranges, steps, comma lists.
_CRON_ATOM = r"(\*|\?|[0-9A-Za-z]+(-[0-9A-Za-z]+)?)(/[0-9]+)?"
CRON_FIELD = re.compile(rf"^{_CRON_ATOM}(,{_CRON_ATOM})*$")
CRON_RANGES = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 6))  # minute, hour, day of month, month, day of week
CRON_NAMES = ({}, {}, {}, {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())},
              {d: i for i, d in enumerate("sun mon tue wed thu fri sat".split())})
RESOURCE = re.compile(r"^(\*|[a-z0-9]([-a-z0-9.]*[a-z0-9])?)$")  # `pods`, `deployments.apps`, `*`


@lru_cache(maxsize=1)
def _time_zones() -> frozenset:
    return frozenset(zoneinfo.available_timezones())


def check_time_zone(field: str, value: str) -> None:
    """An IANA zone the tz database knows (Kubernetes CronJobs and Velero load zones by name)."""
    if not isinstance(value, str) or (_time_zones() and value not in _time_zones()):
        raise SpecError(field, value, "is not a known time zone", "use an IANA zone such as Europe/Berlin or UTC")


def check_cron(field: str, value: str) -> None:
    """Velero's cron (robfig/cron v3 ParseStandard): five fields, a descriptor, or `@every <Go duration>`,
    optionally after `CRON_TZ=<zone> `. Day of week is 0-6; steps are positive; ranges run forwards."""
    fix = 'write five fields such as "0 2 * * *" (02:00 daily), "@daily", or "@every 6h"'
    if not isinstance(value, str):
        raise SpecError(field, value, "is not a cron expression", fix)
    expression = value
    if expression.startswith(("CRON_TZ=", "TZ=")):
        prefix, _, expression = expression.partition(" ")
        zone = prefix.partition("=")[2]
        if _time_zones() and zone not in _time_zones():  # no tz database on this machine: syntax only
            raise SpecError(field, value, f"has an unknown time zone {zone!r}",
                            "use an IANA zone such as CRON_TZ=Europe/Berlin or CRON_TZ=UTC")
    if expression in CRON_DESCRIPTORS:
        return
    if expression.startswith("@every "):
        if GO_DURATION.match(expression.removeprefix("@every ")):
            return
        raise SpecError(field, value, "@every needs a Go duration", 'write "@every 6h" or "@every 90m"')
    parts = expression.split()
    if len(parts) != 5:
        raise SpecError(field, value, f"has {len(parts)} fields; Velero's cron takes exactly 5 (no seconds)", fix)
    for part, (low, high), names in zip(parts, CRON_RANGES, CRON_NAMES):
        if not CRON_FIELD.match(part):
            raise SpecError(field, value, f"field {part!r} is not cron syntax", fix)
        for atom in part.split(","):
            span, _, step = atom.partition("/")
            if step and int(step) == 0:
                raise SpecError(field, value, f"field {part!r} has a step of 0", "use a step of 1 or more, such as */15")
            bounds = [_cron_number(field, value, part, bound, names) for bound in span.split("-") if bound not in "*?"]
            for n in bounds:
                if not low <= n <= high:
                    raise SpecError(field, value, f"field {part!r} is outside {low}-{high}", fix)
            if len(bounds) == 2 and bounds[0] > bounds[1]:
                raise SpecError(field, value, f"field {part!r} is a range that runs backwards", "write the smaller bound first")


def _cron_number(field: str, value: str, part: str, bound: str, names: dict) -> int:
    if bound.isdigit():
        return int(bound)
    if bound.lower() in names:
        return names[bound.lower()]
    raise SpecError(field, value, f"field {part!r} has the unknown name {bound!r}",
                    "use numbers, or JAN-DEC for months and SUN-SAT for days of the week")


def check_duration(field: str, value: str) -> None:
    if not isinstance(value, str) or not GO_DURATION.match(value):
        raise SpecError(field, value, "is not a Go duration", 'write hours and minutes such as "720h" (30 days) or "36h30m"; there is no "d" unit')


@dataclass(frozen=True)
class SecretKeyRef:
    """A key of a Secret in the Velero namespace; the Secret itself is created out of band."""

    name: str
    key: str = "cloud"

    def __post_init__(self) -> None:
        checks.dns_subdomain("name", self.name)
        if not isinstance(self.key, str) or not re.match(r"^[-._a-zA-Z0-9]+$", self.key):
            raise SpecError("key", self.key, "is not a Secret key", "use a key such as cloud")

    def spec(self) -> dict[str, str]:
        return {"name": self.name, "key": self.key}


@dataclass(frozen=True)
class AwsStorage:
    """velero-plugin-for-aws: S3, or S3-compatible storage (Ceph RGW, MinIO) with s3_url."""

    region: Optional[str] = None            # default: asked from AWS; required with s3_url
    s3_url: Optional[str] = None            # endpoint of S3-compatible storage
    s3_force_path_style: bool = False       # true for MinIO and Ceph RGW
    public_url: Optional[str] = None        # endpoint for `velero backup download` from outside
    server_side_encryption: Optional[str] = None  # e.g. AES256 or aws:kms
    kms_key_id: Optional[str] = None
    checksum_algorithm: Optional[str] = None  # default: "" (none) with s3_url, which Ceph RGW and MinIO need;
                                              # the plugin's CRC32 on AWS S3 itself
    insecure_skip_tls_verify: bool = False
    profile: Optional[str] = None           # section of the credentials file

    def __post_init__(self) -> None:
        if self.s3_url is not None and not re.match(r"^https?://\S+$", str(self.s3_url)):
            raise SpecError("s3_url", self.s3_url, "is not an http(s) URL", "write https://s3.example.com")
        if self.s3_url and not self.region:
            raise SpecError("region", self.region, "is required with s3_url (the plugin signs requests for a region)",
                            'set the storage\'s region, such as "us-east-1" for MinIO or Ceph RGW')
        if self.s3_url and not self.s3_force_path_style:
            raise SpecError("s3_force_path_style", False, "S3-compatible storage behind s3_url (MinIO, Ceph RGW) is"
                            " addressed by path, not by bucket host name", "set s3_force_path_style: true")
        if self.checksum_algorithm not in (None, "", "CRC32", "CRC32C", "SHA1", "SHA256"):
            raise SpecError("checksum_algorithm", self.checksum_algorithm, "is not a checksum the plugin knows",
                            'use CRC32, CRC32C, SHA1, SHA256, or "" for none')

    @property
    def effective_checksum_algorithm(self) -> Optional[str]:
        """S3-compatible storage rejects the plugin's default CRC32 checksum header (XAmzContentSHA256Mismatch,
        velero#8203 and velero#7543), and AWS S3 accepts requests without one: "" wherever s3_url points."""
        if self.checksum_algorithm is None and self.s3_url:
            return ""
        return self.checksum_algorithm

    def config(self) -> dict[str, str]:
        values = {"region": self.region, "s3Url": self.s3_url, "publicUrl": self.public_url,
                  "serverSideEncryption": self.server_side_encryption, "kmsKeyId": self.kms_key_id,
                  "checksumAlgorithm": self.effective_checksum_algorithm, "profile": self.profile,
                  "s3ForcePathStyle": "true" if self.s3_force_path_style else None,
                  "insecureSkipTLSVerify": "true" if self.insecure_skip_tls_verify else None}
        return {k: v for k, v in values.items() if v is not None}


@dataclass(frozen=True)
class GcpStorage:
    kms_key_name: Optional[str] = None      # projects/P/locations/L/keyRings/R/cryptoKeys/K
    service_account: Optional[str] = None   # Workload Identity: no credential Secret needed

    def config(self) -> dict[str, str]:
        values = {"kmsKeyName": self.kms_key_name, "serviceAccount": self.service_account}
        return {k: v for k, v in values.items() if v is not None}


@dataclass(frozen=True)
class AzureStorage:
    resource_group: str
    storage_account: str
    subscription_id: Optional[str] = None
    storage_account_key_env_var: Optional[str] = None  # access-key auth: the variable in the credential file
    use_aad: bool = False                              # Azure AD (workload identity) instead of keys

    def __post_init__(self) -> None:
        for name in ("resource_group", "storage_account"):
            if not isinstance(getattr(self, name), str) or not getattr(self, name):
                raise SpecError(name, getattr(self, name), "is required by the Azure plugin", f"set {name}")

    def config(self) -> dict[str, str]:
        values = {"resourceGroup": self.resource_group, "storageAccount": self.storage_account,
                  "subscriptionId": self.subscription_id, "storageAccountKeyEnvVar": self.storage_account_key_env_var,
                  "useAAD": "true" if self.use_aad else None}
        return {k: v for k, v in values.items() if v is not None}


@dataclass(frozen=True)
class AwsSnapshots:
    region: str
    profile: Optional[str] = None
    ebs_kms_key_id: Optional[str] = None

    def config(self) -> dict[str, str]:
        values = {"region": self.region, "profile": self.profile, "ebsKmsKeyId": self.ebs_kms_key_id}
        return {k: v for k, v in values.items() if v is not None}


@dataclass(frozen=True)
class GcpSnapshots:
    snapshot_location: Optional[str] = None  # region or multi-region, e.g. us-central1
    project: Optional[str] = None
    volume_project: Optional[str] = None
    snapshot_type: Optional[str] = None      # STANDARD or ARCHIVE

    def __post_init__(self) -> None:
        if self.snapshot_type is not None:
            checks.one_of("snapshot_type", self.snapshot_type, ("STANDARD", "ARCHIVE"))

    def config(self) -> dict[str, str]:
        values = {"snapshotLocation": self.snapshot_location, "project": self.project,
                  "volumeProject": self.volume_project, "snapshotType": self.snapshot_type}
        return {k: v for k, v in values.items() if v is not None}


@dataclass(frozen=True)
class AzureSnapshots:
    resource_group: Optional[str] = None
    subscription_id: Optional[str] = None    # needs resource_group
    incremental: Optional[bool] = None
    api_timeout: Optional[str] = None        # Go duration, plugin default 2m0s

    def __post_init__(self) -> None:
        if self.subscription_id and not self.resource_group:
            raise SpecError("resource_group", self.resource_group, "is required with subscription_id",
                            "set the resource group of the disks")
        if self.api_timeout is not None:
            check_duration("api_timeout", self.api_timeout)

    def config(self) -> dict[str, str]:
        values = {"resourceGroup": self.resource_group, "subscriptionId": self.subscription_id,
                  "incremental": None if self.incremental is None else str(self.incremental).lower(),
                  "apiTimeout": self.api_timeout}
        return {k: v for k, v in values.items() if v is not None}


StorageConfig = Union[AwsStorage, GcpStorage, AzureStorage]
SnapshotConfig = Union[AwsSnapshots, GcpSnapshots, AzureSnapshots]
STORAGE_CONFIGS = {"aws": AwsStorage, "gcp": GcpStorage, "azure": AzureStorage}
SNAPSHOT_CONFIGS = {"aws": AwsSnapshots, "gcp": GcpSnapshots, "azure": AzureSnapshots}


def _credential_or_keyless(credential: Optional[SecretKeyRef], keyless: bool) -> None:
    if credential is None and not keyless:
        raise SpecError("credential", None, "is missing, and nothing says the plugin authenticates without one",
                        "name the Secret with credential: {name: ..., key: cloud}, or set keyless: true for IRSA or"
                        " Workload Identity")
    if credential is not None and keyless:
        raise SpecError("keyless", True, "contradicts the credential given", "keep one of credential and keyless")


def _provider_of(config: object, table: dict) -> str:
    return next(name for name, cls in table.items() if isinstance(config, cls))


@dataclass(frozen=True)
class BackupStorageLocationProps:
    """Where Velero writes backups: a bucket (and prefix) of one object store."""

    name: str
    bucket: str
    provider_config: StorageConfig
    namespace: str = "velero"
    prefix: Optional[str] = None            # default: the bucket root; use one prefix per cluster
    default: bool = False                   # exactly one location is the default
    credential: Optional[SecretKeyRef] = None  # required unless keyless
    keyless: bool = False                   # the plugin authenticates without a Secret (IRSA, Workload Identity)
    access_mode: str = "ReadWrite"          # ReadOnly while restoring into another cluster
    backup_sync_period: Optional[str] = None   # Go duration; default: the server's 1m
    validation_frequency: Optional[str] = None  # Go duration; default: the server's 1m

    def __post_init__(self) -> None:
        checks.dns_label("name", self.name)
        checks.dns_label("namespace", self.namespace)
        if not isinstance(self.bucket, str) or not re.match(r"^[a-z0-9][-a-z0-9._]{1,220}[a-z0-9]$", self.bucket):
            raise SpecError("bucket", self.bucket, "is not a bucket name", "use the bucket's name, without s3:// or a path")
        if self.prefix is not None and (not isinstance(self.prefix, str) or self.prefix.startswith("/")
                                        or self.prefix.endswith("/") or not self.prefix):
            raise SpecError("prefix", self.prefix, "must be a path inside the bucket without leading or trailing '/'",
                            "write a prefix such as clusters/prod")
        checks.one_of("access_mode", self.access_mode, ("ReadWrite", "ReadOnly"))
        _credential_or_keyless(self.credential, self.keyless)
        for name in ("backup_sync_period", "validation_frequency"):
            if getattr(self, name) is not None:
                check_duration(name, getattr(self, name))

    @property
    def provider(self) -> str:
        return _provider_of(self.provider_config, STORAGE_CONFIGS)


@dataclass(frozen=True)
class VolumeSnapshotLocationProps:
    """Where a native snapshotter plugin (EBS, GCE PD, Azure Disk) takes volume snapshots. CSI volumes
    (CephFS and other CSI drivers) need none: Velero's built-in CSI support snapshots them."""

    name: str
    provider_config: SnapshotConfig
    namespace: str = "velero"
    credential: Optional[SecretKeyRef] = None  # required unless keyless
    keyless: bool = False

    def __post_init__(self) -> None:
        checks.dns_label("name", self.name)
        checks.dns_label("namespace", self.namespace)
        _credential_or_keyless(self.credential, self.keyless)

    @property
    def provider(self) -> str:
        return _provider_of(self.provider_config, SNAPSHOT_CONFIGS)


def selected(item: str, included: Sequence[str], excluded: Sequence[str]) -> bool:
    """Velero's include/exclude lists of a backup: an excluded item is out, and an empty include list or `*` takes
    the rest."""
    if item in excluded:
        return False
    return not included or "*" in included or item in included


@dataclass(frozen=True)
class VeleroScheduleProps:
    """A Velero Schedule: when to back up what, how, and for how long to keep it."""

    name: str
    schedule: str                           # cron, see check_cron
    strategy: str = FILE_SYSTEM             # fileSystem (node-agent, kopia) or snapshot (CSI snapshots)
    namespace: str = "velero"
    ttl: str = "720h"                       # keep each backup 30 days
    storage_location: Optional[str] = None  # default: the default BackupStorageLocation
    volume_snapshot_locations: tuple[str, ...] = ()  # native snapshotters only; at most one per provider
    snapshot_move_data: bool = False        # snapshot: copy each CSI snapshot into the bucket (data mover)
    included_namespaces: tuple[str, ...] = ()   # default: all namespaces
    excluded_namespaces: tuple[str, ...] = ()
    included_resources: tuple[str, ...] = ()    # default: all resources
    excluded_resources: tuple[str, ...] = ()
    include_cluster_resources: Optional[bool] = None  # default: Velero's auto (cluster objects the backup needs)
    label_selector: tuple[tuple[str, str], ...] = ()  # matchLabels: back up only objects with all these labels
    paused: bool = False
    skip_immediately: bool = False          # true is refused: see __post_init__

    def __post_init__(self) -> None:
        checks.dns_label("name", self.name)
        checks.dns_label("namespace", self.namespace)
        check_cron("schedule", self.schedule)
        check_duration("ttl", self.ttl)
        checks.one_of("strategy", self.strategy, STRATEGIES)
        if self.snapshot_move_data and self.strategy != SNAPSHOT:
            raise SpecError("snapshot_move_data", self.snapshot_move_data, "moves CSI snapshot data, which only the"
                            " snapshot strategy takes", "set strategy: snapshot, or remove snapshot_move_data")
        for name in ("included_namespaces", "excluded_namespaces"):
            for namespace in getattr(self, name):
                if namespace != "*":
                    checks.dns_label(name, namespace)
        for name in ("included_resources", "excluded_resources"):
            for resource in getattr(self, name):
                if not isinstance(resource, str) or not RESOURCE.match(resource):
                    raise SpecError(name, resource, "is not a resource name", "write plural names such as pods or deployments.apps")
        if self.skip_immediately:
            raise SpecError("skip_immediately", True, "is a one-shot switch Velero's controller resets to false after one"
                            " skip; Argo CD or Flux would set it back at every sync, and the schedule would never run",
                            "remove it, and skip the first run once with kubectl -n velero patch schedule "
                            f"{self.name} --type merge -p '{{\"spec\":{{\"skipImmediately\":true}}}}'")
        overlap = sorted(set(self.included_namespaces) & set(self.excluded_namespaces))
        if overlap:
            raise SpecError("excluded_namespaces", overlap, "are also included", "list each namespace once")

    @property
    def volume_policy_name(self) -> str:
        """The ConfigMap of this schedule's volume policies."""
        return f"{self.name}-volume-policy"

    def covers(self, namespace: str) -> bool:
        """Whether this schedule backs up objects of `namespace`."""
        return selected(namespace, self.included_namespaces, self.excluded_namespaces)


@dataclass(frozen=True)
class VolumePolicyRule:
    """One of Velero's volume policies: an action for the volumes that meet every condition given. Conditions are
    those of Velero 1.18 (internal/resourcepolicies/volume_resources_validator.go volumeConditions): the
    PersistentVolume's storageClassName, its CSI driver, or a label of its claim."""

    action: str                                # skip, fs-backup or snapshot
    storage_classes: tuple[str, ...] = ()      # any of these classes
    csi_driver: Optional[str] = None           # a PersistentVolume of this CSI driver (static volumes have no class)
    pvc_label: Optional[tuple[str, str]] = None  # the claim carries this label

    def __post_init__(self) -> None:
        checks.one_of("action", self.action, (SKIP, FS_BACKUP, SNAPSHOT_ACTION))
        if not (self.storage_classes or self.csi_driver or self.pvc_label):
            raise SpecError("storage_classes", (), "a policy without conditions matches every volume",
                            "give storage_classes, csi_driver or pvc_label")

    def as_policy(self) -> dict:
        conditions: dict = {}
        if self.storage_classes:
            conditions["storageClass"] = list(self.storage_classes)
        if self.csi_driver:
            conditions["csi"] = {"driver": self.csi_driver}
        if self.pvc_label:
            conditions["pvcLabels"] = dict([self.pvc_label])
        return {"conditions": conditions, "action": {"type": self.action}}


@dataclass(frozen=True)
class VolumePolicyProps:
    """The volume policies of one schedule: a ConfigMap in Velero's namespace the schedule's Backups reference."""

    name: str
    rules: tuple[VolumePolicyRule, ...]
    namespace: str = "velero"

    def __post_init__(self) -> None:
        checks.dns_subdomain("name", self.name)
        checks.dns_label("namespace", self.namespace)


REPOSITORY_SECRET, REPOSITORY_KEY = "velero-repo-credentials", "repository-password"  # pkg/repository/keys/keys.go
SECRET_STORE_KINDS = ("ClusterSecretStore", "SecretStore")
SEALED_VALUE = re.compile(r"^[A-Za-z0-9+/]+={0,2}$")


@dataclass(frozen=True)
class ExternalSecretSource:
    """A value in an External Secrets store (Vault, AWS Secrets Manager, ...): it outlives the cluster."""

    store_name: str
    key: str                               # the secret's key (path) in the store
    store_kind: str = "ClusterSecretStore"  # or SecretStore (in Velero's namespace)
    property: Optional[str] = None         # a field of a structured secret; default: the whole value

    def __post_init__(self) -> None:
        checks.dns_subdomain("store_name", self.store_name)
        checks.one_of("store_kind", self.store_kind, SECRET_STORE_KINDS)
        for name in ("key", "property"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise SpecError(name, value, "is empty", "name the secret in the store")


@dataclass(frozen=True)
class RepositoryPassword:
    """Where the password of Velero's kopia repositories comes from: Secret `velero-repo-credentials`, key
    `repository-password`, in Velero's namespace. Velero creates that Secret with the public default
    `static-passw0rd` when it starts and finds none (pkg/repository/keys/keys.go EnsureCommonRepositoryKey, called
    by pkg/cmd/server/server.go), and every repository it then initialises is encrypted with it for good.

    Exactly one source: an ExternalSecret from a store, a value sealed with kubeseal, or a Secret made out of band.
    A restore into a new cluster needs the same password: keep it outside the cluster it protects.
    """

    external_secret: Optional[ExternalSecretSource] = None
    sealed_value: Optional[str] = None   # `kubeseal --raw --namespace velero --name velero-repo-credentials`
    out_of_band: bool = False            # you create velero-repo-credentials yourself before Velero starts

    def __post_init__(self) -> None:
        chosen = [n for n in ("external_secret", "sealed_value", "out_of_band") if getattr(self, n)]
        if len(chosen) != 1:
            raise SpecError(chosen[1] if len(chosen) > 1 else "external_secret", chosen or None,
                            "needs exactly one source", "give one of externalSecret, sealedValue, outOfBand: true")
        if self.sealed_value is not None and (not isinstance(self.sealed_value, str)
                                              or not SEALED_VALUE.match(self.sealed_value)
                                              or len(self.sealed_value) < 64):
            raise SpecError("sealed_value", f"{str(self.sealed_value)[:12]}…", "is not kubeseal output (base64"
                            " ciphertext)", "paste the value of `kubeseal --raw --namespace <velero namespace> --name"
                            f" {REPOSITORY_SECRET}`")


@dataclass(frozen=True)
class Velero:
    """Velero on the platform: its install, locations and schedules, all in one namespace."""

    namespace: str = "velero"
    install: bool = True        # render Velero's Helm chart as a GitOps source in dist/operators-argocd/ and dist/operators-flux/
    locations: tuple[BackupStorageLocationProps, ...] = ()
    snapshot_locations: tuple[VolumeSnapshotLocationProps, ...] = ()
    schedules: tuple[VeleroScheduleProps, ...] = ()
    repository_password: Optional[RepositoryPassword] = None  # required when a schedule writes kopia repositories

    def __post_init__(self) -> None:
        checks.dns_label("namespace", self.namespace)
        if self.node_agent and self.repository_password is None:
            raise SpecError("repository_password", None, "is needed: file-system backups and the data mover encrypt"
                            f" their kopia repositories with Secret {REPOSITORY_SECRET}, and with none Velero creates"
                            " it with its public default password static-passw0rd", "give repositoryPassword one of"
                            " externalSecret (a store that outlives the cluster), sealedValue, or outOfBand: true")

    @property
    def providers(self) -> tuple[str, ...]:
        return tuple(sorted({loc.provider for loc in self.locations} | {loc.provider for loc in self.snapshot_locations}))

    @property
    def node_agent(self) -> bool:
        """File-system backups and the CSI data mover both run in the node-agent DaemonSet."""
        return any(s.strategy == FILE_SYSTEM or s.snapshot_move_data for s in self.schedules)

    @property
    def csi(self) -> bool:
        return any(s.strategy == SNAPSHOT for s in self.schedules)
