"""Velero: locations, schedules, the install, consistent Frappe dumps, and every validation error."""
import ast
import json
import os
import subprocess
import textwrap

import pytest
import yaml

from frappe_k8s import loader
from frappe_k8s.constructs import bench_scripts
from frappe_k8s.loader import PlatformError
from frappe_k8s.render import synthesize
from frappe_k8s.rules import is_stateful
from frappe_k8s.validate import Validator

from conftest import ROOT, load_objects, platform_problems

HEAD = """\
name: demo
defaults: {storageClass: cephfs}
storage:
  externalStorageClasses: [{name: cephfs}]
backups:
  velero:
    repositoryPassword: {outOfBand: true}
"""
LOCATION = """\
    locations:
      - {name: default, default: true, bucket: backups, credential: {name: velero-s3}, aws: {region: eu-central-1}}
"""


def parse(velero_yaml: str, head: str = HEAD):
    return loader.parse(head + textwrap.indent(textwrap.dedent(velero_yaml), "    "), "platform.yaml")


def problems(velero_yaml: str, head: str = HEAD) -> list[str]:
    return platform_problems(head + textwrap.indent(textwrap.dedent(velero_yaml), "    "))


def objects_of(text: str) -> dict[tuple[str, str], dict]:
    platform = loader.parse(text, "platform.yaml")
    return {(m["kind"], m["metadata"]["name"]): m for ms in synthesize(platform).values() for m in ms}


@pytest.fixture(scope="module")
def backups(example_dist) -> dict[tuple[str, str], dict]:
    return {(o["kind"], o["metadata"]["name"]): o for o in load_objects(example_dist / "backups")}


# --- the example -------------------------------------------------------------------------------------

def test_example_renders_the_seeds_backups(backups):
    assert sorted(backups) == [("BackupStorageLocation", "default"), ("ConfigMap", "ceph-volumes-daily-volume-policy"),
                               ("ConfigMap", "frappe-daily-volume-policy"), ("Schedule", "ceph-volumes-daily"),
                               ("Schedule", "frappe-daily")]
    location = backups["BackupStorageLocation", "default"]
    assert location["metadata"]["namespace"] == "velero"
    assert location["spec"] == {"provider": "aws", "default": True, "accessMode": "ReadWrite",
                                "objectStorage": {"bucket": "saasodoo-backups", "prefix": "rke2-prod"},
                                "credential": {"name": "velero-s3", "key": "cloud"},
                                "config": {"region": "eu-central-1"}}
    daily = backups["Schedule", "frappe-daily"]["spec"]
    assert daily["schedule"] == "0 2 * * *" and daily["useOwnerReferencesInBackup"] is False
    assert daily["template"] == {"metadata": {"labels": {"frappe-k8s.io/velero-schedule": "frappe-daily"}},
                                 "ttl": "720h", "storageLocation": "default", "snapshotVolumes": False,
                                 "defaultVolumesToFsBackup": True, "includedNamespaces": ["frappe", "frappe-dev"],
                                 "resourcePolicy": {"kind": "configmap", "name": "frappe-daily-volume-policy"}}
    assert "skipImmediately" not in daily  # the controller resets it; rendering false would only add noise
    snapshots = backups["Schedule", "ceph-volumes-daily"]["spec"]["template"]
    assert (snapshots["snapshotVolumes"], snapshots["defaultVolumesToFsBackup"], snapshots["snapshotMoveData"]) == \
        (True, False, True)


def test_locations_are_protected_and_schedules_are_not(backups):
    for (kind, _), obj in backups.items():
        if kind == "ConfigMap":  # the volume policies: all of it is in git
            assert not is_stateful(obj) and "argocd.argoproj.io/sync-options" not in obj["metadata"]["annotations"]
            continue
        options = obj["metadata"]["annotations"]["argocd.argoproj.io/sync-options"]
        assert ("Prune=false" in options) == (kind != "Schedule") == is_stateful(obj)
        assert "SkipDryRunOnMissingResource=true" in options  # the CRDs come with Velero's chart
    waves = {kind: obj["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] for (kind, _), obj in backups.items()}
    # a Backup whose volume policy ConfigMap is missing fails validation: the policies sync with the locations
    assert int(waves["BackupStorageLocation"]) == int(waves["ConfigMap"]) < int(waves["Schedule"])


def test_every_velero_object_validates_against_its_crd(backups):
    validator = Validator("1.33")
    assert [p for obj in backups.values() for p in validator.problems(obj)] == []
    broken = json.loads(json.dumps(backups["Schedule", "frappe-daily"]))
    broken["spec"]["template"]["ttl"] = 720
    assert list(validator.problems(broken))


def test_velero_is_installed_from_its_pinned_chart(example_dist):
    operators = {(o["kind"], o["metadata"]["name"]): o for tool in ("argocd", "flux")
                 for o in load_objects(example_dist / f"operators-{tool}")}
    app = operators["Application", "velero"]["spec"]
    assert (app["source"]["repoURL"], app["source"]["chart"], app["source"]["targetRevision"]) == (
        "https://vmware-tanzu.github.io/helm-charts", "velero", "12.1.0")
    values = app["source"]["helm"]["valuesObject"]
    assert values["deployNodeAgent"] is True  # a fileSystem schedule and the data mover
    assert values["configuration"]["features"] == "EnableCSI"  # a snapshot schedule
    assert values["configuration"]["backupStorageLocation"] == [] and values["backupsEnabled"] is False
    assert values["credentials"] == {"useSecret": False}  # each location names its Secret
    # v1.14.3: the release-1.14 fix for S3-compatible stores that refuse the SDK's trailing checksums (velero#9804)
    assert [c["image"] for c in values["initContainers"]] == ["docker.io/velero/velero-plugin-for-aws:v1.14.3"]
    # the data mover reads CephFS snapshots through a read-only shallow volume, not a full clone
    assert json.loads(values["configMaps"]["node-agent-config"]["data"]["node-agent-config.json"]) == {
        "backupPVC": {"cephfs": {"readOnly": True}}}
    assert values["nodeAgent"]["extraArgs"] == ["--node-agent-configmap=velero-node-agent-config"]
    release = operators["HelmRelease", "velero"]["spec"]
    assert release["values"] == values and release["targetNamespace"] == "velero"
    assert "dependsOn" not in release  # RKE2 brings the snapshot controller: nothing to wait for here


def test_velero_waits_for_a_rendered_snapshot_controller():
    """CSI snapshots need the snapshot controller and CRDs first (without them even file-system backups fail)."""
    document = yaml.safe_load((ROOT / "platform.yaml").read_text())
    document["cluster"]["distribution"] = "generic"  # no snapshot controller ships with it: the platform installs one
    objects = objects_of(yaml.safe_dump(document, sort_keys=False))
    assert objects["HelmRelease", "velero"]["spec"]["dependsOn"] == [{"name": "snapshot-controller"}]
    waves = {name: int(o["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"])
             for (kind, name), o in objects.items()
             if kind == "Application" and o["metadata"]["labels"]["app.kubernetes.io/name"] == "helm-operator"}
    assert waves["snapshot-controller"] < waves["velero"] < 0


def test_install_follows_what_the_schedules_need():
    base = HEAD + """\
    locations:
      - {name: gcs, default: true, bucket: backups, keyless: true, gcp: {serviceAccount: velero@p.iam.gserviceaccount.com}}
      - {name: blob, bucket: backups, credential: {name: azure}, azure: {resourceGroup: rg, storageAccount: sa}}
    schedules:
      - {name: nightly, schedule: "@daily", strategy: fileSystem}
"""
    objects = objects_of(base)
    values = objects["Application", "velero"]["spec"]["source"]["helm"]["valuesObject"]
    assert values["deployNodeAgent"] is True and "features" not in values["configuration"]  # no CSI snapshots
    assert [c["name"] for c in values["initContainers"]] == ["velero-plugin-for-azure", "velero-plugin-for-gcp"]
    assert "configMaps" not in values and "dependsOn" not in objects["HelmRelease", "velero"]["spec"]
    assert "credential" not in objects["BackupStorageLocation", "gcs"]["spec"]
    assert objects["BackupStorageLocation", "blob"]["spec"]["config"] == {"resourceGroup": "rg", "storageAccount": "sa"}
    not_installed = objects_of(base.replace("  velero:\n", "  velero:\n    install: false\n"))
    assert ("Application", "velero") not in not_installed and ("Schedule", "nightly") in not_installed
    assert not any(name == "velero" for _, name in objects_of("name: demo\n"))


def test_s3_compatible_storage_and_snapshot_locations():
    objects = objects_of(HEAD + """\
    locations:
      - name: minio
        default: true
        bucket: backups
        prefix: clusters/prod
        credential: {name: minio}
        aws: {region: us-east-1, s3Url: "https://minio.example:9000", s3ForcePathStyle: true, checksumAlgorithm: ""}
    snapshotLocations:
      - {name: ebs, aws: {region: eu-central-1}, credential: {name: aws-keys, key: credentials}}
    schedules:
      - name: weekly
        schedule: "CRON_TZ=Europe/Berlin 0 3 * * SUN"
        volumeSnapshotLocations: [ebs]
        excludedResources: [events, events.events.k8s.io]
        labelSelector: {app: erp}
""")
    assert objects["BackupStorageLocation", "minio"]["spec"]["config"] == {
        "region": "us-east-1", "s3Url": "https://minio.example:9000", "s3ForcePathStyle": "true", "checksumAlgorithm": ""}
    assert objects["VolumeSnapshotLocation", "ebs"]["spec"] == {
        "provider": "aws", "config": {"region": "eu-central-1"}, "credential": {"name": "aws-keys", "key": "credentials"}}
    schedule = objects["Schedule", "weekly"]["spec"]
    assert "skipImmediately" not in schedule and schedule["template"]["volumeSnapshotLocations"] == ["ebs"]
    assert schedule["template"]["labelSelector"] == {"matchLabels": {"app": "erp"}}
    assert schedule["template"]["excludedResources"] == ["events", "events.events.k8s.io"]


# --- validation ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("velero_yaml, expected", [
    (LOCATION + "    schedules: [{name: s, schedule: '0 2 * * *', storageLocation: s3}]\n",
     "backups.velero.schedules[0].storageLocation: names no location (got 's3'). Fix: use one of default"),
    ("    locations:\n      - {name: a, default: true, bucket: one, keyless: true, gcp: {}}\n"
     "      - {name: b, default: true, bucket: two, keyless: true, gcp: {}}\n",
     "backups.velero.locations[1].default: 2 locations are the default; Velero needs exactly one"),
    ("    locations:\n      - {name: a, bucket: one, keyless: true, gcp: {}}\n",
     "backups.velero.locations: 0 locations are the default"),
    (LOCATION + "    schedules: [{name: s, schedule: '0 0 2 * * *'}]\n",
     "backups.velero.schedules[0].schedule: has 6 fields; Velero's cron takes exactly 5 (no seconds) (got '0 0 2 * * *')"),
    (LOCATION + "    schedules: [{name: s, schedule: '0 25 * * *'}]\n",
     "schedules[0].schedule: field '25' is outside 0-23"),
    (LOCATION + "    schedules: [{name: s, schedule: '0 2 * * FUN'}]\n",
     "schedules[0].schedule: field 'FUN' has the unknown name 'FUN'"),
    (LOCATION + "    schedules: [{name: s, schedule: '0 2 * * 7'}]\n", "field '7' is outside 0-6"),
    (LOCATION + "    schedules: [{name: s, schedule: '*/0 * * * *'}]\n", "field '*/0' has a step of 0"),
    (LOCATION + "    schedules: [{name: s, schedule: '30-10 * * * *'}]\n", "field '30-10' is a range that runs backwards"),
    (LOCATION + "    schedules: [{name: s, schedule: 'CRON_TZ=Mars/Olympus 0 2 * * *'}]\n",
     "has an unknown time zone 'Mars/Olympus'"),
    (LOCATION + "    schedules: [{name: s, schedule: '@daily', skipImmediately: true}]\n",
     "schedules[0].skipImmediately: is a one-shot switch Velero's controller resets to false"),
    ("    locations: [{name: a, default: true, bucket: one, gcp: {}}]\n",
     "backups.velero.locations[0].credential: is missing, and nothing says the plugin authenticates without one"),
    ("    locations:\n      - {name: a, default: true, bucket: one, keyless: true, gcp: {}}\n"
     "      - {name: b, bucket: one, keyless: true, gcp: {}}\n",
     "backups.velero.locations[1].prefix: writes to the same bucket and prefix as location 'a'"),
    ("    locations: [{name: a, default: true, bucket: one, credential: {name: m}, aws: {region: x, s3Url: 'https://m:9000'}}]\n",
     "backups.velero.locations[0].aws.s3ForcePathStyle: S3-compatible storage behind s3Url"),
    (LOCATION + "    schedules: [{name: s, schedule: '@every 1d'}]\n",
     "schedules[0].schedule: @every needs a Go duration"),
    (LOCATION + "    schedules: [{name: s, schedule: '@daily', ttl: 30d}]\n",
     "backups.velero.schedules[0].ttl: is not valid (got '30d'). Fix: write a Go duration such as \"720h\""),
    (LOCATION + "    schedules: [{name: s, schedule: '@daily', volumeSnapshotLocations: [ebs]}]\n",
     "schedules[0].volumeSnapshotLocations[0]: names no snapshot location (got 'ebs')"),
    (LOCATION + "    snapshotLocations: [{name: a, keyless: true, aws: {region: x}}, {name: b, keyless: true, aws: {region: y}}]\n"
     "    schedules: [{name: s, schedule: '@daily', volumeSnapshotLocations: [a, b]}]\n",
     "schedules[0].volumeSnapshotLocations[1]: is a second aws snapshot location after 'a'"),
    ("    locations:\n      - {name: a, default: true, bucket: one, keyless: true, accessMode: ReadOnly, gcp: {}}\n"
     "    schedules: [{name: s, schedule: '@daily'}]\n", None),
    ("    locations:\n      - {name: a, default: true, bucket: one, keyless: true, accessMode: ReadOnly, gcp: {}}\n"
     "    schedules: [{name: s, schedule: '@daily', storageLocation: a}]\n",
     "schedules[0].storageLocation: location 'a' is ReadOnly"),
    (LOCATION + "    schedules: [{name: s, schedule: '@daily', snapshotMoveData: true}]\n",
     "schedules[0].snapshotMoveData: moves CSI snapshot data, which only the snapshot strategy takes"),
    ("    locations: [{name: a, default: true, bucket: one}]\n",
     "backups.velero.locations[0]: a location has one provider, this one names no provider"),
    ("    locations: [{name: a, default: true, bucket: one, aws: {}, gcp: {}}]\n",
     "backups.velero.locations[0].gcp: a location has one provider, this one names aws and gcp"),
    ("    locations: [{name: a, default: true, bucket: one, aws: {s3Url: 'https://minio:9000'}}]\n",
     "backups.velero.locations[0].aws.region: is required with s3Url"),
    (LOCATION + "    schedules: [{name: s, schedule: '@daily'}, {name: s, schedule: '@hourly'}]\n",
     "backups.velero.schedules[1].name: 's' is used twice"),
    ("    schedules: [{name: s, schedule: '@daily'}]\n",
     "backups.velero.schedules: schedules need a backup storage location"),
])
def test_velero_mistakes_name_path_value_and_fix(velero_yaml, expected):
    if expected is None:  # the default location may be ReadOnly as long as no schedule writes to it by name
        parse(velero_yaml)
        return
    found = problems(velero_yaml)
    assert any(expected in p for p in found), found


def test_snapshot_strategy_takes_only_classes_with_a_velero_snapshot_class():
    """Allow-list: a Ceph class rendered here with its Velero-labelled VolumeSnapshotClass (CephFS and RBD). Static
    volumes, node-local and unknown external classes, and claims of benches on them, are refused."""
    example = yaml.safe_load((ROOT / "platform.yaml").read_text())
    example["storage"]["externalStorageClasses"] = [{"name": "local-path", "readWriteMany": False,
                                                     "provisioner": "rancher.io/local-path"}]
    example["storage"]["volumes"] += [
        {"name": "cache", "namespace": "saasodoo", "storageClass": "local-path", "accessModes": ["ReadWriteOnce"],
         "allowReadWriteOnce": True},
        {"name": "old", "namespace": "saasodoo", "cephfs": {"filesystem": "shared-fs", "rootPath": "/old"}}]
    with pytest.raises(PlatformError) as caught:
        loader.parse(yaml.safe_dump(example, sort_keys=False))
    found = [p.split(": ", 1)[1] for p in caught.value.problems]
    assert found == [
        "backups.velero.schedules[1].strategy: snapshot backups would skip volume saasodoo/cache: no VolumeSnapshotClass"
        " for Velero is rendered for its class 'local-path'. Fix: use strategy: fileSystem for that namespace, or"
        " exclude it from this schedule",
        "backups.velero.schedules[1].strategy: snapshot backups would skip volume saasodoo/old: a pre-bound volume (EFS,"
        " NFS or a static CephFS folder) has no snapshot class. Fix: use strategy: fileSystem for that namespace, or"
        " exclude it from this schedule"]
    example["storage"]["volumes"] = example["storage"]["volumes"][:2]
    example["backups"]["velero"]["schedules"][1]["includedNamespaces"] = ["saasodoo", "frappe", "frappe-dev"]
    loader.parse(yaml.safe_dump(example, sort_keys=False))  # CephFS sites, RBD queues and databases: all snapshottable


@pytest.mark.parametrize("cron", ["@every 6h", "@daily", "CRON_TZ=Europe/Berlin 0 3 * * 1-5", "*/15 * * * *",
                                  "0 0 1 JAN SUN", "30 2 1,15 * ?", "0 22 * * 0-4/2"])
def test_valid_cron_expressions(cron):
    platform = parse(LOCATION + f"    schedules: [{{name: s, schedule: '{cron}'}}]\n")
    assert platform.backups.velero.schedules[0].schedule == cron


def test_s3_compatible_storage_gets_no_checksum_by_default():
    """Ceph RGW and MinIO refuse the plugin's default CRC32 checksum header: with s3Url, "" unless set."""
    objects = objects_of(HEAD + """\
    locations:
      - {name: rgw, default: true, bucket: backups, credential: {name: rgw},
         aws: {region: default, s3Url: "https://rgw.example:7480", s3ForcePathStyle: true}}
      - {name: aws, bucket: backups, prefix: b, credential: {name: aws}, aws: {region: eu-central-1}}
      - {name: pinned, bucket: backups, prefix: c, credential: {name: aws},
         aws: {region: x, s3Url: "https://s3.example", s3ForcePathStyle: true, checksumAlgorithm: CRC32}}
""")
    assert objects["BackupStorageLocation", "rgw"]["spec"]["config"]["checksumAlgorithm"] == ""
    assert "checksumAlgorithm" not in objects["BackupStorageLocation", "aws"]["spec"]["config"]  # AWS S3: the plugin's
    assert objects["BackupStorageLocation", "pinned"]["spec"]["config"]["checksumAlgorithm"] == "CRC32"


# --- the repository password -------------------------------------------------------------------------------

SCHEDULED = LOCATION + "    schedules: [{name: nightly, schedule: '@daily'}]\n"
SEALED = "AgB" + "x" * 80 + "=="


def test_file_system_backups_need_a_repository_password_that_is_not_veleros_default():
    """Velero creates velero-repo-credentials with static-passw0rd when it starts and finds none
    (pkg/repository/keys/keys.go): every kopia repository would be encrypted with a public password."""
    no_password = HEAD.replace("    repositoryPassword: {outOfBand: true}\n", "")
    (problem,) = platform_problems(no_password + SCHEDULED)
    assert problem.startswith("platform.yaml:6: backups.velero.repositoryPassword: is needed") and "static-passw0rd" in problem
    (problem,) = platform_problems(no_password + SCHEDULED.replace("'@daily'", "'@daily', strategy: snapshot,"
                                                                  " snapshotMoveData: true"))
    assert "repositoryPassword: is needed" in problem  # the data mover writes kopia repositories too
    for bad, expected in (("{outOfBand: true, sealedValue: " + SEALED + "}", "repositoryPassword: is not valid"),
                          ("{sealedValue: not-sealed}", "repositoryPassword.sealedValue"),
                          ("{outOfBand: false}", "repositoryPassword.outOfBand")):
        found = platform_problems(HEAD.replace("{outOfBand: true}", bad) + SCHEDULED)
        assert any(expected in p for p in found), found


@pytest.mark.parametrize("source, kind", [
    ("{externalSecret: {storeName: vault, key: platform/velero, property: password}}", "ExternalSecret"),
    ("{sealedValue: " + SEALED + "}", "SealedSecret"),
    ("{outOfBand: true}", None)])
def test_the_repository_password_comes_with_velero_and_gates_its_start(source, kind):
    objects = objects_of(HEAD.replace("{outOfBand: true}", source) + SCHEDULED)
    values = objects["Application", "velero"]["spec"]["source"]["helm"]["valuesObject"]
    # the server mounts the Secret: its pod starts only once the Secret exists, so Velero never makes its own
    assert values["extraVolumes"] == [{"name": "repository-password", "secret": {
        "secretName": "velero-repo-credentials", "items": [{"key": "repository-password", "path": "repository-password"}]}}]
    assert values["extraVolumeMounts"] == [{"name": "repository-password", "mountPath": "/repository-password",
                                            "readOnly": True}]
    extra = values.get("extraObjects", [])
    assert [o["kind"] for o in extra] == ([kind] if kind else [])
    validator = Validator("1.33")
    for obj in extra:
        assert obj["metadata"]["name"] == "velero-repo-credentials" and obj["metadata"]["namespace"] == "velero"
        assert obj["metadata"]["annotations"] == {"helm.sh/resource-policy": "keep"}
        assert list(validator.problems(obj)) == []
    if kind == "ExternalSecret":
        assert extra[0]["spec"] == {
            "refreshPolicy": "CreatedOnce", "secretStoreRef": {"name": "vault", "kind": "ClusterSecretStore"},
            "target": {"name": "velero-repo-credentials", "creationPolicy": "Owner", "deletionPolicy": "Retain"},
            "data": [{"secretKey": "repository-password", "remoteRef": {"key": "platform/velero", "property": "password"}}]}
    if kind == "SealedSecret":
        assert extra[0]["spec"]["encryptedData"] == {"repository-password": SEALED}
    # Velero installed another way: the source syncs with the locations, before any schedule
    elsewhere = objects_of(HEAD.replace("{outOfBand: true}", source).replace("  velero:\n", "  velero:\n    install: false\n")
                           + SCHEDULED)
    rendered = [o for (k, _), o in elsewhere.items() if k in ("ExternalSecret", "SealedSecret")]
    assert [o["kind"] for o in rendered] == ([kind] if kind else [])
    for obj in rendered:
        assert obj["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] == "-1" and is_stateful(obj)


# --- volume policies: one explicit action per class ----------------------------------------------------------

def test_every_schedule_says_what_it_does_with_each_class(backups):
    policies = {name: yaml.safe_load(o["data"]["policies.yaml"]) for (kind, name), o in backups.items()
                if kind == "ConfigMap"}
    assert policies["frappe-daily-volume-policy"] == {"version": "v1", "volumePolicies": [
        {"conditions": {"pvcLabels": {"frappe-k8s.io/volume-backup": "none"}}, "action": {"type": "skip"}},
        # a live InnoDB copied file by file is torn: the sites' dumps protect MariaDB's claims
        {"conditions": {"pvcLabels": {"frappe-k8s.io/volume-backup": "no-file-copy"}}, "action": {"type": "skip"}},
        {"conditions": {"storageClass": ["ceph-block", "cephfs"]}, "action": {"type": "fs-backup"}}]}
    assert policies["ceph-volumes-daily-volume-policy"] == {"version": "v1", "volumePolicies": [
        {"conditions": {"pvcLabels": {"frappe-k8s.io/volume-backup": "none"}}, "action": {"type": "skip"}},
        {"conditions": {"storageClass": ["ceph-block", "cephfs"]}, "action": {"type": "snapshot"}}]}


def test_host_path_classes_and_static_volumes_get_their_own_actions():
    objects = objects_of(HEAD.replace("externalStorageClasses: [{name: cephfs}]",
                                      "externalStorageClasses: [{name: cephfs}, {name: local-path, readWriteMany: false,"
                                      " provisioner: rancher.io/local-path}]").replace(
        "name: demo\n", "name: demo\ncluster: {csiDrivers: [nfs.csi.k8s.io]}\n").replace(
        "backups:", "  volumes: [{name: old, namespace: ns, nfs: {provisioning: static, server: s, share: /x}}]\nbackups:")
        + SCHEDULED)
    rules = yaml.safe_load(objects["ConfigMap", "nightly-volume-policy"]["data"]["policies.yaml"])["volumePolicies"]
    assert rules[2:] == [
        {"conditions": {"storageClass": ["local-path"]}, "action": {"type": "skip"}},  # hostPath: no file-system backup
        {"conditions": {"storageClass": ["cephfs"]}, "action": {"type": "fs-backup"}},
        {"conditions": {"csi": {"driver": "nfs.csi.k8s.io"}}, "action": {"type": "fs-backup"}}]  # no class to match


# --- consistent Frappe backups, wired from the bench ------------------------------------------------

def test_database_dump_hook_is_on_the_scheduler_pod_template_only(example_dist):
    bench = {(o["kind"], o["metadata"]["name"]): o for o in load_objects(example_dist / "bench-production-bench")}
    hooked = {name for (kind, name), o in bench.items() if kind in ("Deployment", "StatefulSet", "Job")
              and any(k.startswith("pre.hook.backup.velero.io/") for k in
                      (o["spec"]["template"]["metadata"].get("annotations") or {}))}
    assert hooked == {"production-bench-scheduler"}
    annotations = bench["Deployment", "production-bench-scheduler"]["spec"]["template"]["metadata"]["annotations"]
    assert annotations["pre.hook.backup.velero.io/container"] == "scheduler"
    assert json.loads(annotations["pre.hook.backup.velero.io/command"]) == ["bash", "-c", bench_scripts.DUMP_DATABASES]
    assert annotations["pre.hook.backup.velero.io/timeout"] == "1800s"
    assert annotations["pre.hook.backup.velero.io/on-error"] == "Fail"
    # scratch emptyDirs stay out of file-system backups; the sites claim is backed up
    assert annotations["backup.velero.io/backup-volumes-excludes"] == "assets,logs,tmp"  # scratch: the image's assets copy too
    plain = objects_of(textwrap.dedent("""\
        name: demo
        defaults: {storageClass: cephfs}
        storage: {externalStorageClasses: [{name: cephfs}]}
        benches: [{name: erp, frappeVersion: "15"}]
        """))
    assert not any(k.startswith("pre.hook") for (kind, _), o in plain.items() if kind == "Deployment"
                   for k in o["spec"]["template"]["metadata"].get("annotations", {}))  # off by default


def test_dump_script_backs_up_every_site_and_tolerates_none(tmp_path):
    bench = tmp_path / "frappe-bench"
    (bench / "sites").mkdir(parents=True)
    stubs = tmp_path / "bin"
    stubs.mkdir()
    log = tmp_path / "bench.log"
    (stubs / "bench").write_text(f'#!/bin/bash\necho "$*" >> {log}\n')
    (stubs / "bench").chmod(0o755)
    script = bench_scripts.DUMP_DATABASES.replace("cd /home/frappe/frappe-bench\n", f"cd {bench}\n")
    env = {"PATH": f"{stubs}:{os.environ['PATH']}"}
    result = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and "no sites" in result.stdout and not log.exists()
    for site in ("erp.example.com", "half.example.com"):  # half: Frappe wrote its config, the create Job never ended
        (bench / "sites" / site).mkdir()
        (bench / "sites" / site / "site_config.json").write_text("{}")
    (bench / bench_scripts.CREATED_MARKER_DIR).mkdir(parents=True)
    (bench / bench_scripts.CREATED_MARKER_DIR / "erp.example.com").write_text("")
    result = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and log.read_text() == "--site erp.example.com backup\n"


def test_dependencies_run_one_way():
    """The bench asks for backups through frappe_k8s.backup_hooks, never through the Velero modules."""
    def imports(relative: str) -> set[str]:
        tree = ast.parse((ROOT / "frappe_k8s" / relative).read_text())
        return {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module} | \
            {f"frappe_k8s.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
             and node.module == "frappe_k8s" for alias in node.names}

    velero_modules = {"frappe_k8s.model.backups", "frappe_k8s.constructs.velero_schedule",
                      "frappe_k8s.constructs.backup_storage_location", "frappe_k8s.constructs.volume_snapshot_location"}
    for bench_module in ("constructs/frappe_bench.py", "model/bench.py", "backup_hooks.py"):
        assert not imports(bench_module) & velero_modules, bench_module
    assert "frappe_k8s.backup_hooks" in imports("constructs/frappe_bench.py")
    for velero_module in ("constructs/velero_schedule.py", "model/backups.py", "charts/backups.py"):
        assert not any("bench" in module for module in imports(velero_module)), velero_module


def test_the_example_platform_declares_what_the_seed_asked_for():
    document = yaml.safe_load((ROOT / "platform.yaml").read_text())
    velero = document["backups"]["velero"]
    assert [loc["default"] for loc in velero["locations"]] == [True] and "aws" in velero["locations"][0]
    daily = velero["schedules"][0]
    assert (daily["schedule"], daily["ttl"], daily["strategy"]) == ("0 2 * * *", "720h", "fileSystem")
    assert velero["schedules"][1]["strategy"] == "snapshot"
