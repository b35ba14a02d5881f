"""The platform's alerts as Prometheus rule groups, derived from the model and the rendered objects (no cdk8s).

One rule per watched object, with the object's name as a literal matcher, so every claim, schedule, site
backup, Job and scheduler has its own alert and annotations need no templates (promtool tests compare them
verbatim). Metric names and labels, with where each was read upstream:

- `kubelet_volume_stats_used_bytes`, `kubelet_volume_stats_capacity_bytes` {namespace, persistentvolumeclaim}:
  the kubelet's volume stats collector (kubernetes pkg/kubelet/metrics/collectors/volume_stats.go).
- `velero_backup_failure_total`, `velero_backup_partial_failure_total` {schedule} (counters; the gauge
  `velero_backup_last_status` is re-set to 1 every minute by InitSchedule, velero#9374),
  `velero_backup_last_successful_timestamp` {schedule} (after a success; recomputed from Backups on resync),
  `velero_backup_location_status_gauge` {backup_location_name}: vmware-tanzu/velero pkg/metrics/metrics.go.
- `kube_job_failed` {namespace, job_name, condition} (the Job's Failed condition), `kube_job_status_start_time`,
  `kube_cronjob_status_last_successful_time` {namespace, cronjob}, `kube_deployment_status_replicas_available`
  {namespace, deployment}: kube-state-metrics internal/store/job.go, cronjob.go, deployment.go.
- `keda_scaler_metrics_value` {namespace, scaledObject, scaler, metric, triggerIndex, type}: kedacore/keda
  pkg/metricscollector/prommetrics.go (the list length the redis scaler reads); scraped by KEDA's chart
  ServiceMonitor without honorLabels, the namespace arrives as exported_namespace (kedacore/charts#434).
- `ceph_cluster_total_used_raw_bytes` {cluster} (raw bytes used on all OSDs, overhead included, what nearfull
  judges), `ceph_health_status` {cluster} (0 HEALTH_OK, 1 HEALTH_WARN, 2 HEALTH_ERR): Ceph's mgr prometheus
  module (src/pybind/mgr/prometheus/module.py), scraped through the ServiceMonitor Rook creates for the mgr when
  `CephCluster.spec.monitoring.enabled` (and the rook-ceph chart's `monitoring.enabled` lets the operator create
  it), labelled with `spec.labels.monitoring`, with `cluster` set to the cluster's namespace by a relabelling
  (rook v1.20.6 pkg/operator/ceph/cluster/mgr/mgr.go, k8sutil/prometheus.go). The health rules follow the
  thresholds of Rook's own chart rules (deploy/charts/rook-ceph-cluster/prometheus/localrules.yaml, from the
  ceph-mixin); the absence rule catches a ServiceMonitor that was never created or never selected.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping, Optional

from frappe_k8s.capacity import VERIFICATION, class_capacity, platform_claims
from frappe_k8s.labels import COMPONENT, NAME
from frappe_k8s.model import Platform
from frappe_k8s.model.monitoring import FRESHNESS_FACTOR, max_interval_seconds, runbook_url

WARNING, CRITICAL = "warning", "critical"
VOLUME_WARNING, VOLUME_CRITICAL = 0.80, 0.90  # the storage guide: alert when a volume passes 80%
PURPOSES = {
    "volume": "a shared volume of storage.volumes",
    "bench sites": "the bench's sites folder: every site's files, site_config.json and the bench's config",
    "bench logs": "the bench's log folder",
    "bench redis queue": "the append-only file of the bench's Redis queue (RQ jobs waiting to run)",
    "bench mariadb": "the data of the bench's own MariaDB (every site database on it)",
    "site mariadb": "the data of a site's dedicated MariaDB",
}
BENCH_JOBS = ("configure", "migrate")
SITE_JOBS = ("create", "restore", "drop")
# The two rules of one freshness alert: the last success is too old, or none is recorded for a whole window
# (never succeeded, or Velero restarted and has not succeeded since; also: the metric is not scraped).
STALE, NONE_RECORDED = "stale", "none-recorded"


@dataclass(frozen=True)
class Rule:
    """One alerting rule: the watched object's name is in `labels` and literally in `expr`."""

    alert: str
    expr: str
    severity: str
    summary: str
    description: str
    labels: tuple[tuple[str, str], ...] = ()
    for_: Optional[str] = None
    extra_annotations: tuple[tuple[str, str], ...] = ()

    def as_dict(self, runbook_template: str) -> dict:
        annotations = {"summary": self.summary, "description": self.description,
                       "runbook_url": runbook_url(runbook_template, self.alert), **dict(self.extra_annotations)}
        rule = {"alert": self.alert, "expr": self.expr, "labels": {"severity": self.severity, **dict(self.labels)},
                "annotations": annotations}
        if self.for_:
            rule["for"] = self.for_
        return rule


@dataclass
class Rules:
    """Rules by namespace (the namespace of what they watch) and group topic."""

    by_namespace: dict[str, dict[str, list[Rule]]] = field(default_factory=dict)

    def add(self, namespace: str, topic: str, rule: Rule) -> None:
        self.by_namespace.setdefault(namespace, {}).setdefault(topic, []).append(rule)


def duration(seconds: float) -> str:
    """A Prometheus duration: whole hours, minutes or seconds."""
    seconds = int(seconds)
    for unit, size in (("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def freshness_seconds(schedule: str, time_zone: Optional[str] = None) -> int:
    """How long without a successful run before an alert: 1.5 x the longest gap between two runs."""
    return int(max_interval_seconds(schedule, time_zone) * FRESHNESS_FACTOR)


def _regex_literal(name: str) -> str:
    """An object name as a literal inside a PromQL regex string: of a name's characters ([a-z0-9.-]) only `.` is
    special to RE2, and the string needs its backslash doubled."""
    return name.replace(".", r"\\.")


def _selector(**labels: str) -> str:
    return "{" + ",".join(f'{k}="{v}"' if not k.endswith("__re") else f'{k[:-4]}=~"{v}"'
                          for k, v in labels.items()) + "}"


def volume_rules(rules: Rules, platform: Platform) -> None:
    """Two rules per claim the platform makes (rendered, or made by a StatefulSet or mariadb-operator)."""
    for claim in platform_claims(platform):
        if claim.source == VERIFICATION:  # a few bytes the check writes and removes
            continue
        sel = _selector(namespace=claim.namespace, persistentvolumeclaim=claim.name)
        purpose = PURPOSES.get(claim.source, claim.source)
        for alert, threshold, severity, for_ in (("FrappeVolumeUsageHigh", VOLUME_WARNING, WARNING, "15m"),
                                                 ("FrappeVolumeUsageCritical", VOLUME_CRITICAL, CRITICAL, "5m")):
            rules.add(claim.namespace, "volumes", Rule(
                alert, f"max(kubelet_volume_stats_used_bytes{sel}) / max(kubelet_volume_stats_capacity_bytes{sel})"
                       f" > {threshold}",
                severity, f"Volume {claim.namespace}/{claim.name} is more than {threshold:.0%} full",
                f"The claim {claim.namespace}/{claim.name} ({claim.size} requested) holds {purpose}. More than"
                f" {threshold:.0%} of its capacity is used; writes fail when it is full.",
                (("namespace", claim.namespace), ("persistentvolumeclaim", claim.name)), for_,
                (("purpose", purpose),)))


def velero_rules(rules: Rules, manifests: Iterable[Mapping]) -> None:
    """Per Schedule: its last backup failed, and no successful backup for 1.5 periods; per location: unavailable."""
    for m in manifests:
        namespace, name = m["metadata"]["namespace"], m["metadata"]["name"]
        if m["kind"] == "BackupStorageLocation":
            sel = _selector(backup_location_name=name)
            rules.add(namespace, "velero", Rule(
                "VeleroBackupLocationUnavailable", f"max(velero_backup_location_status_gauge{sel}) == 0", CRITICAL,
                f"Velero cannot reach backup location {name}",
                f"Velero's last validation of the BackupStorageLocation {namespace}/{name} (bucket"
                f" {m['spec']['objectStorage']['bucket']}) failed: no backup can be written to it or read from it.",
                (("namespace", namespace), ("backup_location", name)), "15m"))
        if m["kind"] != "Schedule":
            continue
        sel = _selector(schedule=name)
        labels = (("namespace", namespace), ("schedule", name))
        window = freshness_seconds(m["spec"]["schedule"])
        # The failure counters, not velero_backup_last_status: the schedule controller re-initialises that gauge
        # to 1 every minute (v1.18 schedule_controller.go, InitSchedule; velero#9374), so it is 0 only briefly.
        rules.add(namespace, "velero", Rule(
            "VeleroBackupFailed", f"max(increase(velero_backup_failure_total{sel}[{window}s])) > 0"
            f" or max(increase(velero_backup_partial_failure_total{sel}[{window}s])) > 0", WARNING,
            f"A Velero backup of schedule {name} failed",
            f"A backup of the Velero Schedule {namespace}/{name} ended Failed or PartiallyFailed within the last"
            f" {duration(window)}.", labels))
        if m["spec"].get("paused"):
            continue
        # The window, not the cron text: a schedule moved within the day changes no alert (one-object diffs).
        freshness_rules(rules, namespace, "velero", "VeleroBackupMissing",
                        f"velero_backup_last_successful_timestamp{sel}", window,
                        f"No successful Velero backup of schedule {name} for {duration(window)}",
                        f"No backup of the Velero Schedule {namespace}/{name} has completed for 1.5 times the longest"
                        f" interval between its runs ({duration(window)}).", labels)


def freshness_rules(rules: Rules, namespace: str, group: str, alert: str, last_success: str, window: int,
                    summary: str, description: str, labels: tuple) -> None:
    """Two rules for "no success for a window": the last success is too old (`reason: stale`), or none is
    recorded for a whole window (`reason: none-recorded`: nothing succeeded since the series appeared, or the
    exporter is not scraped at all)."""
    rules.add(namespace, group, Rule(alert, f"time() - max({last_success}) > {window}", CRITICAL, summary,
                                     description, (*labels, ("reason", STALE))))
    rules.add(namespace, group, Rule(alert, f"absent({last_success})", CRITICAL, summary, description,
                                     (*labels, ("reason", NONE_RECORDED)), duration(window)))


def site_backup_rules(rules: Rules, manifests: Iterable[Mapping]) -> None:
    """Per site backup CronJob: its newest Job failed, and no success for 1.5 periods."""
    for m in manifests:
        if m["kind"] != "CronJob" or m["metadata"]["labels"].get(NAME) != "frappe-site":
            continue
        namespace, name = m["metadata"]["namespace"], m["metadata"]["name"]
        site = m["metadata"]["labels"]["frappe-k8s.io/site"]
        jobs = _selector(namespace=namespace, job_name__re=f"{name}-[0-9]+")
        failed = _selector(namespace=namespace, job_name__re=f"{name}-[0-9]+", condition="true")
        cron = _selector(namespace=namespace, cronjob=name)
        labels = (("namespace", namespace), ("cronjob", name), ("site", site))
        rules.add(namespace, "site-backups", Rule(
            "FrappeSiteBackupFailed",
            f"max(kube_job_status_start_time{jobs} * on (namespace, job_name) (kube_job_failed{failed} == 1))"
            f" > scalar(max(kube_cronjob_status_last_successful_time{cron}) or vector(0))", WARNING,
            f"The last backup of site {site} failed",
            f"A Job of the CronJob {namespace}/{name} (bench --site {site} backup) failed after the last successful"
            " one.", labels))
        window = freshness_seconds(m["spec"]["schedule"], m["spec"].get("timeZone"))
        freshness_rules(rules, namespace, "site-backups", "FrappeSiteBackupMissing",
                        f"kube_cronjob_status_last_successful_time{cron}", window,
                        f"No successful backup of site {site} for {duration(window)}",
                        f"No Job of the CronJob {namespace}/{name} has succeeded for 1.5 times the longest interval"
                        f" between its runs ({duration(window)}).", labels)


def bench_rules(rules: Rules, bench: str, manifests: Iterable[Mapping], site_manifests: Iterable[Mapping]) -> None:
    """Per bench: its configure/migrate Jobs and its sites' Jobs failed, the scheduler down, and each
    KEDA-scaled worker at zero while its queues have jobs."""
    manifests, site_manifests = list(manifests), list(site_manifests)
    namespace = next(m["metadata"]["namespace"] for m in manifests if m["kind"] == "Deployment")
    labels = (("namespace", namespace), ("bench", bench))
    for alert, objects, tasks, what in (("FrappeBenchJobFailed", manifests, BENCH_JOBS, "configure or migrate"),
                                        ("FrappeSiteJobFailed", site_manifests, SITE_JOBS, "site create, restore or drop")):
        names = sorted(m["metadata"]["name"] for m in objects
                       if m["kind"] == "Job" and m["metadata"]["labels"].get(COMPONENT) in tasks)
        if names:
            sel = _selector(namespace=namespace, job_name__re="|".join(_regex_literal(n) for n in names), condition="true")
            rules.add(namespace, "jobs", Rule(
                alert, f"max by (namespace, job_name) (kube_job_failed{sel}) == 1", CRITICAL,
                f"A {what} Job of bench {bench} failed",
                f"A {what} Job of bench {bench} failed for good (its backoffLimit or deadline is used up); nothing"
                " re-runs it until it is deleted.", labels))
    scheduler = f"{bench}-scheduler"
    rules.add(namespace, "workloads", Rule(
        "FrappeSchedulerUnavailable",
        f"max(kube_deployment_status_replicas_available{_selector(namespace=namespace, deployment=scheduler)}) < 1",
        CRITICAL, f"The scheduler of bench {bench} is not running",
        f"Deployment {namespace}/{scheduler} has no available pod: scheduled jobs (emails, reports, backups of"
        " Frappe's own) silently stop.", labels, "10m"))
    for m in manifests:
        if m["kind"] != "ScaledObject":
            continue
        worker = m["spec"]["scaleTargetRef"]["name"]
        scaled = m["metadata"]["name"]
        # KEDA's own ServiceMonitor (chart) does not honour labels: the ScaledObject's namespace then arrives as
        # exported_namespace; with honorLabels it is namespace. Either way the rule finds it.
        backlog = (f"keda_scaler_metrics_value{_selector(exported_namespace=namespace, scaledObject=scaled)} or "
                   f"keda_scaler_metrics_value{_selector(namespace=namespace, scaledObject=scaled)}")
        rules.add(namespace, "workloads", Rule(
            "FrappeWorkersStalled",
            f"max({backlog}) > 0"
            f" and on () max(kube_deployment_status_replicas_available"
            f"{_selector(namespace=namespace, deployment=worker)}) == 0",
            CRITICAL, f"Jobs wait in the queues of {worker}, and no worker runs",
            f"KEDA reports jobs in the queues of Deployment {namespace}/{worker}, but it has had no available"
            " pod for 15 minutes: background jobs are not processed.",
            (*labels, ("deployment", worker)), "15m"))


def ceph_rules(rules: Rules, platform: Platform) -> None:
    """Per Rook cluster (cluster mode): Ceph's health in error or warning, its metrics absent, and raw bytes used
    above the planner's safe capacity, in raw bytes."""
    for cluster in platform.storage.ceph_clusters:
        if cluster.external:
            continue
        sel = _selector(cluster=cluster.namespace)
        labels = (("namespace", cluster.namespace), ("ceph_cluster", cluster.name))
        for alert, value, severity, for_, state in (("CephClusterHealthError", 2, CRITICAL, "5m", "HEALTH_ERR"),
                                                    ("CephClusterHealthWarning", 1, WARNING, "15m", "HEALTH_WARN")):
            rules.add(cluster.namespace, "ceph", Rule(
                alert, f"max(ceph_health_status{sel}) == {value}", severity,
                f"Ceph cluster {cluster.name} is in {state}",
                f"The Ceph cluster {cluster.namespace}/{cluster.name} has reported {state} for {for_}; `ceph health"
                " detail` in the toolbox or `kubectl -n " + cluster.namespace + " get cephcluster` says why.",
                labels, for_))
        rules.add(cluster.namespace, "ceph", Rule(
            "CephClusterMetricsAbsent", f"absent(ceph_health_status{sel})", CRITICAL,
            f"No metrics of Ceph cluster {cluster.name} reach Prometheus",
            f"Prometheus has no ceph_health_status of the Ceph cluster {cluster.namespace}/{cluster.name}: the mgr"
            " is down, or its ServiceMonitor was not created or not selected. Without it no Ceph alert (health,"
            " capacity) can fire.", labels, "15m"))
        per_osd_set: dict[tuple[str, ...], float] = {}
        for fs in cluster.classes:
            capacity, pool = class_capacity(cluster, fs), fs.class_pool
            if capacity is None or pool is None:
                continue
            raw_per_byte = pool.width / (pool.erasure_coded.data_chunks if pool.erasure_coded else 1)
            raw_safe = capacity.safe_bytes * raw_per_byte  # the safe data bytes, as raw bytes on the OSDs
            per_osd_set[capacity.osd_set] = min(per_osd_set.get(capacity.osd_set, raw_safe), raw_safe)
        if not per_osd_set:
            continue
        threshold = int(sum(per_osd_set.values()))
        rules.add(cluster.namespace, "ceph", Rule(
            # raw usage, overhead included, is what Ceph's nearfull judges; Rook labels the mgr's metrics with
            # cluster=<namespace> (relabelling of its ServiceMonitor)
            "CephClusterAboveSafeCapacity",
            f"max(ceph_cluster_total_used_raw_bytes{_selector(cluster=cluster.namespace)}) > {threshold}", WARNING,
            f"Ceph cluster {cluster.name} uses more raw space than the capacity plan calls safe",
            f"The Ceph cluster {cluster.namespace}/{cluster.name} stores more than {threshold / 1e9:.1f} GB raw, the"
            f" safe capacity of `frappe-k8s plan` (nearFullRatio {cluster.near_full_ratio}) times the copies"
            " each byte takes. Ceph warns OSD_NEARFULL soon after, and stops writes at fullRatio.",
            (("namespace", cluster.namespace), ("ceph_cluster", cluster.name)), "15m"))


def platform_rules(platform: Platform, apps: Mapping[str, list[Mapping]]) -> Rules:
    """Every rule of the platform, from its model and its rendered app folders (folder -> manifests)."""
    rules = Rules()
    volume_rules(rules, platform)
    velero_rules(rules, apps.get("backups", ()))
    for bench in platform.benches:
        sites = apps.get(f"sites-{bench.name}", ())
        site_backup_rules(rules, sites)
        bench_rules(rules, bench.name, apps.get(f"bench-{bench.name}", ()), sites)
    ceph_rules(rules, platform)
    return rules


def rule_groups(rules: Rules, prefix: str, runbook_template: str) -> dict[str, list[dict]]:
    """namespace -> the `spec.groups` of its PrometheusRule, groups and namespaces sorted."""
    return {namespace: [{"name": f"{prefix}-{topic}", "rules": [r.as_dict(runbook_template) for r in topic_rules]}
                        for topic, topic_rules in sorted(topics.items())]
            for namespace, topics in sorted(rules.by_namespace.items())}
