"""Monitoring: the rendered PrometheusRules, ServiceMonitor and PodMonitor against the upstream CRDs, every rule
group through `promtool check rules`, every alert firing and staying silent in `promtool test rules` with
synthetic series, one alert per claim, schedule and site backup, monitoring off rendering nothing, and the
`monitoring` section's loader errors."""
import copy
import re
import shutil
import subprocess

import pytest
import yaml

from frappe_k8s import capacity, loader
from frappe_k8s.model.monitoring import RUNBOOK_URL, max_interval_seconds
from frappe_k8s.validate import Validator

from conftest import EXAMPLE, ROOT, load_objects, platform_problems, platform_with, run_main

MONITORING_KINDS = {"PrometheusRule", "ServiceMonitor", "PodMonitor"}
PROMTOOL = shutil.which("promtool")
needs_promtool = pytest.mark.skipif(PROMTOOL is None, reason="promtool missing: apt-get install prometheus (.ci/run does)")
RUNBOOKS = ROOT / "frappe_k8s" / "runbooks"  # one <alert in lower case>.md per alert, the single source of its runbook


@pytest.fixture(scope="module")
def monitoring_objects(example_dist):
    return [o for o in load_objects(example_dist) if o["kind"] in MONITORING_KINDS]


@pytest.fixture(scope="module")
def rules(monitoring_objects):
    """(namespace, group name, rule) of every rendered alerting rule."""
    return [(o["metadata"]["namespace"], g["name"], r) for o in monitoring_objects if o["kind"] == "PrometheusRule"
            for g in o["spec"]["groups"] for r in g["rules"]]


def alerts_named(rules, name):
    return [r for _, _, r in rules if r["alert"] == name]


# --- objects, CRDs, layout --------------------------------------------------------------------------------------

def test_monitoring_objects_validate_against_the_upstream_crds(monitoring_objects):
    validator = Validator("1.33")
    assert {o["kind"] for o in monitoring_objects} == MONITORING_KINDS
    for obj in monitoring_objects:
        assert list(validator.problems(obj)) == [], obj["metadata"]["name"]
        assert obj["metadata"]["labels"]["release"] == "kube-prometheus-stack"  # monitoring.labels, for the selectors
    broken = copy.deepcopy(next(o for o in monitoring_objects if o["kind"] == "PrometheusRule"))
    broken["spec"]["groups"][0]["rules"][0]["for"] = "ten minutes"
    assert list(validator.problems(broken))


def test_monitoring_app_depends_only_on_namespaces_and_watches_from_its_own_folder(example_dist):
    folder = example_dist / "monitoring"
    assert {o["kind"] for o in load_objects(folder)} == MONITORING_KINDS
    kustomization = yaml.safe_load((example_dist / "gitops/flux/Kustomization.flux-system.saasodoo-monitoring.yaml")
                                   .read_text())
    assert kustomization["spec"]["dependsOn"] == [{"name": "saasodoo-namespaces"}]
    app = yaml.safe_load((example_dist / "gitops/argocd/Application.argocd.saasodoo-monitoring.yaml").read_text())
    assert app["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] == "3"  # nothing waits for it: the last wave
    monitors = {o["kind"]: o for o in load_objects(folder) if o["kind"] != "PrometheusRule"}
    assert monitors["ServiceMonitor"]["spec"]["selector"]["matchLabels"] == {
        "app.kubernetes.io/name": "velero", "app.kubernetes.io/instance": "velero"}
    assert monitors["PodMonitor"]["spec"]["selector"]["matchLabels"]["name"] == "node-agent"
    assert monitors["ServiceMonitor"]["spec"]["endpoints"][0]["port"] == "http-monitoring"


def test_rook_monitoring_is_enabled_with_monitoring(example_objects):
    cluster = next(o for o in example_objects if o["kind"] == "CephCluster")
    assert cluster["spec"]["monitoring"] == {"enabled": True}


def test_monitoring_off_renders_none_of_it(tmp_path):
    out = tmp_path / "dist"
    result = run_main("--platform", platform_with(tmp_path, lambda d: d.pop("monitoring")), "--out", str(out))
    assert result.returncode == 0, result.stderr
    objects = load_objects(out)
    assert not [o for o in objects if o["kind"] in MONITORING_KINDS]
    assert not (out / "monitoring").exists()
    assert "monitoring" not in next(o for o in objects if o["kind"] == "CephCluster")["spec"]
    assert not [o for o in objects if o["kind"] in ("Application", "Kustomization") and "monitoring" in o["metadata"]["name"]]


# --- one alert per watched object ---------------------------------------------------------------------------------

def test_two_usage_alerts_per_claim_of_the_platform_with_its_purpose(rules, example_objects):
    platform = loader.load(EXAMPLE)
    claims = {(c.namespace, c.name) for c in capacity.platform_claims(platform)
              if c.source != capacity.VERIFICATION}  # the RWX check's throwaway claim: a few bytes, no alert
    rendered = {(o["metadata"]["namespace"], o["metadata"]["name"]) for o in example_objects
                if o["kind"] == "PersistentVolumeClaim"
                and o["metadata"]["labels"].get("frappe-k8s.io/volume-backup") != "none"}  # the RWX check's scratch
    statefulset = {(o["metadata"]["namespace"], f"{t['metadata']['name']}-{o['metadata']['name']}-0")
                   for o in example_objects if o["kind"] == "StatefulSet" for t in o["spec"].get("volumeClaimTemplates", [])}
    assert rendered | statefulset <= claims  # every claim the cluster will hold is planned (and so alerted on)
    for alert, threshold in (("FrappeVolumeUsageHigh", "0.8"), ("FrappeVolumeUsageCritical", "0.9")):
        found = [(r["labels"]["namespace"], r["labels"]["persistentvolumeclaim"]) for r in alerts_named(rules, alert)]
        assert sorted(found) == sorted(claims), alert  # exactly one each
        for r in alerts_named(rules, alert):
            assert r["expr"].endswith(f"> {threshold}") and "kubelet_volume_stats_used_bytes" in r["expr"]
            assert r["annotations"]["purpose"]


def test_one_freshness_alert_per_velero_schedule_and_per_site_backup(rules, example_objects):
    schedules = {o["metadata"]["name"] for o in example_objects if o["kind"] == "Schedule"}
    cronjobs = {o["metadata"]["name"] for o in example_objects if o["kind"] == "CronJob"}
    assert schedules and cronjobs
    for alert, key, expected in (("VeleroBackupMissing", "schedule", schedules),
                                 ("FrappeSiteBackupMissing", "cronjob", cronjobs),
                                 ("VeleroBackupFailed", "schedule", schedules),
                                 ("FrappeSiteBackupFailed", "cronjob", cronjobs)):
        found = [r["labels"][key] for r in alerts_named(rules, alert)]
        assert set(found) == expected, alert
    for r in alerts_named(rules, "VeleroBackupMissing"):  # 0 2 * * *: 1.5 days
        assert "129600" in r["expr"] or r.get("for") == "36h"


def test_job_and_workload_alerts_name_the_rendered_objects(rules, example_objects):
    jobs = {o["metadata"]["name"] for o in example_objects if o["kind"] == "Job"
            and o["metadata"]["labels"]["app.kubernetes.io/component"] in ("configure", "migrate", "create", "restore")}
    named = " ".join(r["expr"] for r in alerts_named(rules, "FrappeBenchJobFailed") + alerts_named(rules, "FrappeSiteJobFailed"))
    assert jobs and all(job in named for job in jobs)
    schedulers = {o["metadata"]["name"] for o in example_objects if o["kind"] == "Deployment" and o["metadata"]["name"].endswith("-scheduler")}
    assert {r["expr"].split('deployment="')[1].split('"')[0] for r in alerts_named(rules, "FrappeSchedulerUnavailable")} == schedulers
    scaled = {o["spec"]["scaleTargetRef"]["name"] for o in example_objects if o["kind"] == "ScaledObject"}
    assert {r["labels"]["deployment"] for r in alerts_named(rules, "FrappeWorkersStalled")} == scaled


def test_ceph_health_is_alerted_and_so_is_a_missing_scrape(rules):
    """Rook's mgr ServiceMonitor needs the chart's monitoring.enabled RBAC; without it no Ceph metric arrives, and
    only an absent() rule notices."""
    (error,), (warning,), (absent,) = (alerts_named(rules, a) for a in ("CephClusterHealthError", "CephClusterHealthWarning",
                                                                      "CephClusterMetricsAbsent"))
    assert error["expr"] == 'max(ceph_health_status{cluster="rook-ceph"}) == 2' and error["for"] == "5m"
    assert warning["expr"] == 'max(ceph_health_status{cluster="rook-ceph"}) == 1' and warning["for"] == "15m"
    assert absent["expr"] == 'absent(ceph_health_status{cluster="rook-ceph"})'
    assert (error["labels"]["severity"], warning["labels"]["severity"], absent["labels"]["severity"]) == \
        ("critical", "warning", "critical")


def test_ceph_threshold_is_the_planners_safe_capacity_in_raw_bytes(rules):
    platform = loader.load(EXAMPLE)
    cluster = platform.storage.ceph_clusters[0]
    plan = capacity.class_capacity(cluster, cluster.filesystems[0])
    [rule] = alerts_named(rules, "CephClusterAboveSafeCapacity")
    assert rule["expr"] == f'max(ceph_cluster_total_used_raw_bytes{{cluster="rook-ceph"}}) > {int(plan.safe_bytes * 3)}'  # size 3: 3 raw bytes per byte
    assert int(plan.safe_bytes * 3) == 382_500_000_000  # 0.85 of 3 x 150 GB


def test_every_alert_has_summary_description_and_a_runbook(rules):
    for _, _, r in rules:
        annotations = r["annotations"]
        assert annotations["summary"] and annotations["description"], r["alert"]
        assert annotations["runbook_url"] == ("https://git.example.com/saasodoo/platform/blob/main/dist/runbooks/"
                                              + r["alert"].lower() + ".md")
        runbook = RUNBOOKS / f"{r['alert'].lower()}.md"
        assert runbook.is_file(), f"no runbook for {r['alert']} in frappe_k8s/runbooks/"
        assert runbook.read_text().startswith(f"# {r['alert']}\n"), runbook.name
        assert "{{" not in str(annotations)  # literal: promtool tests compare annotations verbatim


# --- the real engine: promtool ------------------------------------------------------------------------------------

@needs_promtool
def test_promtool_check_rules_accepts_every_rendered_group(example_dist, tmp_path):
    files = []
    for path in sorted((example_dist / "monitoring").glob("PrometheusRule.*.yaml")):
        target = tmp_path / path.name
        target.write_text(yaml.safe_dump({"groups": yaml.safe_load(path.read_text())["spec"]["groups"]}))
        files.append(str(target))
    assert len(files) == 5
    result = subprocess.run([PROMTOOL, "check", "rules", *files], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump({"groups": [{"name": "x", "rules": [{"alert": "A", "expr": "max(up{) > 1"}]}]}))
    assert subprocess.run([PROMTOOL, "check", "rules", str(bad)], capture_output=True).returncode != 0


def _window(rule) -> int:
    return int(re.search(r"> ([0-9]+)$", rule["expr"]).group(1)) if "time()" in rule["expr"] else \
        int(rule["for"].removesuffix("h")) * 3600


def _minutes(seconds: int) -> str:
    return f"{seconds // 60}m"


def _series(name, labels, values):
    return {"series": name + "{" + ",".join(f'{k}="{v}"' for k, v in sorted(labels.items())) + "}", "values": values}


def scenarios(rule, objects):
    """[(what, input series, eval time, alert labels or None for silent)] for one rule: each alert must fire
    when it should and stay silent when it should not. A rendered alert without an entry here fails the test."""
    labels, name = dict(rule["labels"]), rule["alert"]
    ns = labels.get("namespace")
    if name in ("FrappeVolumeUsageHigh", "FrappeVolumeUsageCritical"):
        pvc = {"namespace": ns, "persistentvolumeclaim": labels["persistentvolumeclaim"]}
        full = lambda used: [_series("kubelet_volume_stats_used_bytes", pvc, f"{used}x40"),
                             _series("kubelet_volume_stats_capacity_bytes", pvc, "100x40")]
        below = 75 if name == "FrappeVolumeUsageHigh" else 85
        return [("full", full(95), "30m", labels), ("below", full(below), "30m", None),
                ("another claim full", [_series("kubelet_volume_stats_used_bytes", {**pvc, "persistentvolumeclaim": "other"}, "95x40"),
                                        _series("kubelet_volume_stats_capacity_bytes", {**pvc, "persistentvolumeclaim": "other"}, "100x40")],
                 "30m", None)]
    if name == "VeleroBackupFailed":
        sel = {"schedule": labels["schedule"]}
        counters = lambda failures, partial: [_series("velero_backup_failure_total", sel, failures),
                                              _series("velero_backup_partial_failure_total", sel, partial)]
        # the gauge velero_backup_last_status would be back at 1 a minute later; the counters keep the failure
        return [("failed", counters("0 0 1 1 1", "0x4"), "4m", labels),
                ("partially failed", counters("0x4", "0 1 1 1 1"), "4m", labels),
                ("succeeded", counters("0x4", "0x4"), "4m", None)]
    if name == "VeleroBackupLocationUnavailable":
        sel = {"backup_location_name": labels["backup_location"]}
        return [("unavailable", [_series("velero_backup_location_status_gauge", sel, "0x40")], "30m", labels),
                ("available", [_series("velero_backup_location_status_gauge", sel, "1x40")], "30m", None)]
    if name in ("VeleroBackupMissing", "FrappeSiteBackupMissing"):
        metric, sel = ("velero_backup_last_successful_timestamp", {"schedule": labels["schedule"]}) \
            if name == "VeleroBackupMissing" else \
            ("kube_cronjob_status_last_successful_time", {"namespace": ns, "cronjob": labels["cronjob"]})
        window = _window(rule)
        steps = (window + 7200) // 600
        other = [_series("up", {"job": "unrelated"}, f"1x{steps}")]
        if labels["reason"] == "stale":  # last success at time 0
            return [("too old", [_series(metric, sel, f"0x{steps}")], _minutes(window + 3600), labels),
                    ("recent enough", [_series(metric, sel, f"0x{steps}")], _minutes(window - 3600), None)]
        return [("none for a window", other, _minutes(window + 1800), {**labels, **sel}),
                ("none for less than a window", other, _minutes(window - 3600), None),
                ("recorded", [_series(metric, sel, f"0x{steps}")], _minutes(window + 1800), None)]
    if name == "FrappeSiteBackupFailed":
        cron = labels["cronjob"]
        job = {"namespace": ns, "job_name": f"{cron}-29000000"}
        failed = lambda value, success: [_series("kube_job_status_start_time", job, "6000x5"),
                                         _series("kube_job_failed", {**job, "condition": "true"}, f"{value}x5"),
                                         _series("kube_cronjob_status_last_successful_time",
                                                 {"namespace": ns, "cronjob": cron}, f"{success}x5")]
        return [("newest Job failed", failed(1, 3000), "1m", labels),
                ("a success came after the failure", failed(1, 9000), "1m", None),
                ("no failure", failed(0, 3000), "1m", None)]
    if name in ("FrappeBenchJobFailed", "FrappeSiteJobFailed"):
        tasks = ("configure", "migrate") if name == "FrappeBenchJobFailed" else ("create", "restore", "drop")
        folder = f"{'bench' if name == 'FrappeBenchJobFailed' else 'sites'}-{labels['bench']}"
        jobs = sorted(o["metadata"]["name"] for o in objects[folder] if o["kind"] == "Job"
                      and o["metadata"]["labels"]["app.kubernetes.io/component"] in tasks)
        failed = lambda job, value: [_series("kube_job_failed", {"namespace": ns, "job_name": job, "condition": "true"}, f"{value}x5")]
        return [*((f"{job} failed", failed(job, 1), "1m", {**labels, "job_name": job}) for job in jobs),
                ("running", failed(jobs[0], 0), "1m", None),
                ("another Job failed", failed(f"{labels['bench']}-other-1234abcd", 1), "1m", None)]
    if name == "FrappeSchedulerUnavailable":
        sel = {"namespace": ns, "deployment": f"{labels['bench']}-scheduler"}
        return [("down", [_series("kube_deployment_status_replicas_available", sel, "0x30")], "20m", labels),
                ("running", [_series("kube_deployment_status_replicas_available", sel, "1x30")], "20m", None)]
    if name == "FrappeWorkersStalled":
        worker = labels["deployment"]
        stalled = lambda backlog, replicas: [
            # as KEDA's chart ServiceMonitor delivers it: the ScaledObject's namespace as exported_namespace
            _series("keda_scaler_metrics_value", {"namespace": "keda", "exported_namespace": ns, "scaledObject": worker,
                                                  "scaler": "redisScaler", "metric": "s0-redis-queue",
                                                  "triggerIndex": "0", "type": "scaledobject"},
                    f"{backlog}x40"),
            _series("kube_deployment_status_replicas_available", {"namespace": ns, "deployment": worker}, f"{replicas}x40")]
        return [("backlog, no worker", stalled(3, 0), "30m", labels), ("no backlog", stalled(0, 0), "30m", None),
                ("backlog, a worker runs", stalled(3, 1), "30m", None)]
    if name in ("CephClusterHealthError", "CephClusterHealthWarning"):
        value = 2 if name == "CephClusterHealthError" else 1
        health = lambda v: [_series("ceph_health_status", {"namespace": ns, "cluster": ns}, f"{v}x40")]
        other = [_series("ceph_health_status", {"namespace": "other", "cluster": "other"}, f"{value}x40")]
        return [("in that state", health(value), "30m", labels), ("healthy", health(0), "30m", None),
                ("another cluster", other, "30m", None)]
    if name == "CephClusterMetricsAbsent":
        # absent() carries the equality matchers of its selector as labels
        return [("no metrics", [_series("up", {"job": "unrelated"}, "1x40")], "30m", {**labels, "cluster": ns}),
                ("scraped", [_series("ceph_health_status", {"namespace": ns, "cluster": ns}, "0x40")], "30m", None)]
    if name == "CephClusterAboveSafeCapacity":
        threshold = int(rule["expr"].rsplit("> ", 1)[1])
        used = lambda v: [_series("ceph_cluster_total_used_raw_bytes", {"namespace": ns, "cluster": ns}, f"{v}x40")]
        return [("above", used(int(threshold * 1.01)), "30m", labels), ("below", used(int(threshold * 0.99)), "30m", None)]
    return []


@needs_promtool
def test_promtool_every_alert_fires_when_it_should_and_stays_silent_otherwise(rules, example_dist, tmp_path):
    objects = {p.name: load_objects(p) for p in example_dist.iterdir() if p.is_dir()}
    files = []
    for i, (namespace, group, rule) in enumerate(rules):
        cases = scenarios(rule, objects)
        assert [c for c in cases if c[3] is not None], f"no firing promtool test for {rule['alert']}: add one to scenarios()"
        assert [c for c in cases if c[3] is None], f"no silent promtool test for {rule['alert']}"
        (tmp_path / f"rule-{i}.yaml").write_text(yaml.safe_dump({"groups": [{"name": group, "rules": [rule]}]}))
        tests = [{"name": f"{rule['alert']} {dict(rule['labels'])}: {what}", "interval": "10m" if "x" in eval_time else "1m",
                  "input_series": series,
                  "alert_rule_test": [{"eval_time": eval_time, "alertname": rule["alert"], "exp_alerts": [
                      {"exp_labels": fired, "exp_annotations": rule["annotations"]}] if fired else []}]}
                 for what, series, eval_time, fired in cases]
        for test in tests:  # long windows are sampled every 10 minutes, short ones every minute
            test["interval"] = "10m" if int(test["alert_rule_test"][0]["eval_time"][:-1]) > 120 else "1m"
        path = tmp_path / f"test-{i}.yaml"
        path.write_text(yaml.safe_dump({"rule_files": [f"rule-{i}.yaml"], "evaluation_interval": "1m", "tests": tests}))
        files.append(path.name)
    result = subprocess.run([PROMTOOL, "test", "rules", *files], cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, (result.stdout + result.stderr)[-6000:]
    assert result.stdout.count("SUCCESS") == len(files)


@needs_promtool
def test_promtool_tests_fail_on_a_wrong_threshold(rules, tmp_path):
    """The promtool tests can fail: the volume rule with 0.99 instead of 0.8 does not fire at 95%."""
    rule = dict(alerts_named(rules, "FrappeVolumeUsageHigh")[0])
    rule["expr"] = rule["expr"].replace("> 0.8", "> 0.99")
    (tmp_path / "rule.yaml").write_text(yaml.safe_dump({"groups": [{"name": "g", "rules": [rule]}]}))
    [firing] = [c for c in scenarios(rule, {}) if c[3] is not None]
    (tmp_path / "test.yaml").write_text(yaml.safe_dump({"rule_files": ["rule.yaml"], "tests": [{
        "interval": "1m", "input_series": firing[1], "alert_rule_test": [{
            "eval_time": firing[2], "alertname": rule["alert"],
            "exp_alerts": [{"exp_labels": firing[3], "exp_annotations": rule["annotations"]}]}]}]}))
    result = subprocess.run([PROMTOOL, "test", "rules", "test.yaml"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode != 0


# --- cron periods, loader -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("schedule, hours", [
    ("0 2 * * *", 24), ("@daily", 24), ("@hourly", 1), ("*/15 * * * *", 0.25), ("0 3 * * 1-5", 72),
    ("@weekly", 168), ("@every 6h", 6), ("0 0 1 * *", 31 * 24), ("5/20 1,13 * * *", 11 + 20 / 60),
    ("CRON_TZ=Europe/Berlin 30 1 * * *", 24), ("0 0 1 1 *", 366 * 24), ("0 0 1,15 * 0", 7 * 24)])
def test_longest_interval_between_runs(schedule, hours):
    assert max_interval_seconds(schedule) == round(hours * 3600)


def test_runbook_base_url_is_required_when_it_cannot_be_derived():
    text = EXAMPLE.read_text().replace("repoURL: https://git.example.com/saasodoo/platform.git",
                                       "repoURL: git@git.example.com:saasodoo/platform.git")
    [problem] = platform_problems(text)
    assert "monitoring.runbookBaseUrl: is needed" in problem and "git@git.example.com" in problem and "Fix:" in problem
    fixed = text.replace("monitoring:\n  enabled: true\n", "monitoring:\n  enabled: true\n  runbookBaseUrl: https://docs.example.com/README.md\n")
    assert loader.parse(fixed).monitoring.runbook_base_url == "https://docs.example.com/README.md"


def test_runbook_pages_are_rendered_beside_the_rules_that_link_them(example_dist):
    """dist/runbooks/<alert>.md for exactly the alerts of the rules, the package's runbook text, links that resolve."""
    from frappe_k8s.model.monitoring import runbook_url

    rules = [r for m in load_objects(example_dist / "monitoring") if m["kind"] == "PrometheusRule"
             for g in m["spec"]["groups"] for r in g["rules"]]
    pages = {p.name: p.read_text() for p in (example_dist / "runbooks").iterdir()}
    assert sorted(pages) == sorted({r["alert"].lower() + ".md" for r in rules}) and len(pages) == 15  # 3 of Ceph
    for name, text in pages.items():
        assert text.endswith((RUNBOOKS / name).read_text()) and text.startswith("<!-- Written by `frappe-k8s render`")
        for target in re.findall(r"\]\(([^):#]+\.md)\)", text):
            assert target in pages, (name, target)
    assert runbook_url("https://docs.example.com/operating/runbooks/{alert}/", "VeleroBackupFailed") == \
        "https://docs.example.com/operating/runbooks/velerobackupfailed/"
    assert runbook_url("https://docs.example.com/runbooks.html", "VeleroBackupFailed") == \
        "https://docs.example.com/runbooks.html#velerobackupfailed"


def test_monitoring_off_renders_no_runbook_pages(tmp_path):
    def off(document):
        document["monitoring"]["enabled"] = False

    out = tmp_path / "dist"
    assert run_main("render", "--platform", platform_with(tmp_path, off), "--out", str(out)).returncode == 0
    assert not (out / "runbooks").exists() and not (out / "monitoring").exists()


def test_monitoring_mistakes_name_field_value_and_fix():
    text = EXAMPLE.read_text().replace("monitoring:\n  enabled: true\n", "monitoring:\n  enabled: true\n  runbookBaseUrl: docs/README.md\n")
    [problem] = platform_problems(text)
    assert "monitoring.runbookBaseUrl" in problem and "'docs/README.md'" in problem and "Fix:" in problem
    [problem] = platform_problems(EXAMPLE.read_text().replace("release: kube-prometheus-stack", "'bad key!': x"))
    assert "monitoring.labels" in problem and "'bad key!'" in problem
    assert loader.schema()["properties"]["monitoring"]["properties"]["runbookBaseUrl"]["pattern"] == RUNBOOK_URL.pattern


def test_rooks_mgr_service_monitor_carries_the_prometheus_selector_labels(example_dist):
    """Rook labels the mgr's ServiceMonitor with spec.labels.monitoring only: without the selector labels there,
    the user's Prometheus never scrapes ceph_* and the capacity alert never sees data."""
    (cluster,) = [o for o in load_objects(example_dist / "storage") if o["kind"] == "CephCluster"]
    assert cluster["spec"]["monitoring"] == {"enabled": True}
    assert cluster["spec"]["labels"]["monitoring"] == {"release": "kube-prometheus-stack"}


def test_periods_follow_robfig_for_star_steps_and_daylight_saving():
    from frappe_k8s.model.monitoring import max_interval_seconds

    assert max_interval_seconds("0 0 */1 * 1") == 7 * 86400  # `*/1` keeps the star: Mondays only
    assert max_interval_seconds("0 0 */2 * 1") == 2 * 86400  # odd days or Mondays: either matches
    assert max_interval_seconds("0 2 * * *") == 86400
    # 02:00 does not exist on the spring-forward day in Berlin: that run is skipped, a 48 h gap
    assert max_interval_seconds("CRON_TZ=Europe/Berlin 0 2 * * *") == 2 * 86400
    assert max_interval_seconds("0 2 * * *", "Europe/Berlin") == 2 * 86400
    assert max_interval_seconds("0 2 * * *", "Asia/Tokyo") == 86400  # no daylight saving there
    assert max_interval_seconds("30 1 * * *", "Europe/Berlin") == 86400  # before the skipped hour
