"""The loader: every error names file, line, field path, bad value and fix; good input types fully."""
import json
import textwrap
from dataclasses import MISSING, fields

import pytest

from frappe_k8s import loader
from frappe_k8s.loader import PlatformError
from frappe_k8s.model import Defaults, ExternalStorageClass, GitOps, Images, bench
from frappe_k8s.model.monitoring import Monitoring
from frappe_k8s.model.cluster import Cluster
from frappe_k8s.model.volumes import (CephfsStatic, EfsDynamic, EfsStatic, ExistingStorageClass, NfsDynamic, NfsStatic,
                                      RwxVolumeProps)

from conftest import EXAMPLE, platform_problems

BASE = """\
name: demo
cluster: {cloud: aws, csiDrivers: [efs.csi.aws.com, nfs.csi.k8s.io]}
storage:
  externalStorageClasses: [{name: cephfs}, {name: ebs, readWriteMany: false}]
  volumes:
"""


def problems(text: str) -> list[str]:
    return platform_problems(textwrap.dedent(text))


def volume_problems(volume_yaml: str) -> list[str]:
    return problems(BASE + textwrap.indent(textwrap.dedent(volume_yaml), "    "))


def test_example_loads_into_typed_model():
    platform = loader.load(EXAMPLE)
    assert platform.name == "saasodoo"
    assert platform.cluster == Cluster(distribution="rke2", cloud="none")  # the seeds' Contabo nodes
    assert platform.defaults.kubernetes_version == "1.33"
    assert platform.storage.external_storage_classes == ()
    (cluster,) = platform.storage.ceph_clusters  # details: tests/test_ceph.py
    assert [c.storage_class_name for c in cluster.classes] == ["cephfs", "ceph-block"]
    backups, site_backups = platform.storage.volumes  # no EFS: it belongs to the AWS cluster of its own example
    assert (site_backups.name, site_backups.namespace, site_backups.size) == ("frappe-site-backups", "frappe", "10Gi")
    assert backups == RwxVolumeProps(name="odoo-backups-storage", namespace="saasodoo", size="40Gi",
                                     backend=ExistingStorageClass("cephfs"), verify=True)
    assert platform.snapshot_controller is False  # RKE2 ships rke2-snapshot-controller
    assert platform.gitops == GitOps(repo_url="https://git.example.com/saasodoo/platform.git")


def test_model_is_frozen():
    platform = loader.load(EXAMPLE)
    with pytest.raises(Exception):
        platform.name = "other"  # type: ignore[misc]


def test_minimal_file_gets_defaults():
    platform = loader.parse("name: demo\n")
    assert platform.defaults == Defaults() and platform.storage.volumes == () and platform.gitops is None


def test_unknown_field_suggests_the_right_one():
    (message,) = volume_problems("- {name: v, namespace: ns, storageClas: cephfs}")
    assert message.startswith("platform.yaml:6: storage.volumes[0].storageClas: unknown field.")
    assert "did you mean storageClass?" in message


def test_missing_required_field():
    (message,) = problems("storage: {}\n")
    assert message == "platform.yaml:1: name: required field is missing. Fix: add name"


def test_bad_quantity_quotes_value_and_fix():
    (message,) = volume_problems("- {name: v, namespace: ns, storageClass: cephfs, size: 500GB}")
    assert "storage.volumes[0].size: is not valid (got '500GB')" in message
    assert "GB is not a Kubernetes unit" in message


def test_bad_enum_lists_allowed_values():
    (message,) = volume_problems("- {name: v, namespace: ns, storageClass: cephfs, accessModes: [RWX]}")
    assert ("storage.volumes[0].accessModes[0]: is not allowed (got 'RWX'). Fix: use one of ReadWriteMany,"
            " ReadWriteOnce, ReadOnlyMany") in message


def test_wrong_type():
    (message,) = volume_problems("- {name: v, namespace: ns, storageClass: cephfs, verify: 'yes'}")
    assert "storage.volumes[0].verify: must be of type boolean (got 'yes')" in message


def test_bad_name_is_a_dns_label_error():
    (message,) = volume_problems("- {name: Backups_1, namespace: ns, storageClass: cephfs}")
    assert "storage.volumes[0].name: is not valid (got 'Backups_1')" in message and "lowercase" in message


def test_every_schema_problem_is_reported_at_once():
    found = volume_problems("""\
        - {name: v, namespace: ns, storageClass: cephfs, size: big}
        - {name: w, namespace: NS, storageClass: cephfs}
        """)
    assert len(found) == 2 and "[0].size" in found[0] and "[1].namespace" in found[1]


def test_a_key_written_twice_is_an_error_not_last_wins():
    (message,) = problems("name: demo\nstorage: {}\nname: other\n")
    assert message == ("platform.yaml:3: 'name' is written twice in one mapping; YAML would silently keep the last."
                       " Fix: keep one")


def test_yaml_merge_keys_still_work():
    platform = loader.parse(BASE + "    - &v {name: a, namespace: ns, storageClass: cephfs}\n"
                                   "    - {<<: *v, name: b}\n")
    assert [v.name for v in platform.storage.volumes] == ["a", "b"]


def test_non_string_keys_are_reported_not_crashed_on():
    (message,) = problems("name: demo\n1: x\n")
    assert message.startswith("platform.yaml:2: 1: unknown field.")
    assert "defaults.labels" in problems("name: demo\ndefaults: {labels: {1: a}}\n")[0]


def test_reserved_labels_cannot_be_overridden():
    (message,) = problems("name: demo\ndefaults: {labels: {app.kubernetes.io/part-of: other}}\n")
    assert "defaults.labels: is not valid (got 'app.kubernetes.io/part-of')" in message
    assert "set by frappe-k8s itself" in message


def test_kubernetes_versions_without_the_verify_job_label_are_refused():
    (message,) = problems("name: demo\ndefaults: {kubernetesVersion: '1.26'}\n")
    assert "defaults.kubernetesVersion: is not valid (got '1.26')" in message and '"1.27"' in message


def test_external_class_declared_twice():
    (message,) = problems("name: demo\nstorage: {externalStorageClasses: [{name: a}, {name: a}]}\n")
    assert "storage.externalStorageClasses[1].name: 'a' is declared twice" in message


def test_non_utf8_file(tmp_path):
    path = tmp_path / "platform.yaml"
    path.write_bytes(b"name: d\xe9mo\n")
    with pytest.raises(PlatformError, match="is not UTF-8 text"):
        loader.load(path)


def test_yaml_syntax_error_names_the_line():
    (message,) = problems("name: demo\nstorage:\n  volumes: [\n")
    assert message.startswith("platform.yaml:4: not valid YAML")


def test_missing_file(tmp_path):
    with pytest.raises(PlatformError, match="cannot read the platform file"):
        loader.load(tmp_path / "nope.yaml")


@pytest.mark.parametrize("volume, expected", [
    ("- {name: v, namespace: ns, storageClass: cephfs, nfs: {server: a, share: /x}}",
     "storage.volumes[0].nfs: a volume has one backend, this one names storageClass and nfs"),
    ("- {name: v, namespace: ns, efs: {fileSystemId: fs-01234567, accessPointId: fsap-01234567}}",
     "storage.volumes[0].efs.accessPointId: applies only to static provisioning. Fix: remove accessPointId,"
     " or set provisioning: static"),
    ("- {name: v, namespace: ns, nfs: {provisioning: static, server: a, share: /x, onDelete: delete}}",
     "storage.volumes[0].nfs.onDelete: applies only to dynamic provisioning"),
    ("- {name: v, namespace: ns, efs: {fileSystemId: fs-01234567, gidRangeStart: 100}}",
     "storage.volumes[0].efs.gidRangeStart: gidRangeStart and gidRangeEnd go together"),
    ("- {name: v, namespace: ns, efs: {fileSystemId: fs-01234567, gidRangeStart: 900, gidRangeEnd: 100}}",
     "storage.volumes[0].efs.gidRangeEnd: must be greater than gidRangeStart (900)"),
    ("- {name: v, namespace: ns, storageClass: cephfs, accessModes: [ReadWriteOnce]}",
     "storage.volumes[0].accessModes: ReadWriteOnce makes every pod that mounts the volume share one node (got"
     " ['ReadWriteOnce']). Fix: use ReadWriteMany on an RWX class (CephFS, EFS, NFS), or set allowReadWriteOnce: true"),
    ("- {name: v, namespace: ns, storageClass: cephfs, accessModes: [ReadWriteOnce], allowReadWriteOnce: true,"
     " verify: true}",
     "storage.volumes[0].verify: the verification Job writes from two pods on two nodes, which needs ReadWriteMany"
     " (got True). Fix: add ReadWriteMany to accessModes"),
    ("- {name: v, namespace: ns, nfs: {server: a, share: /x, subDir: /abs}}",
     "storage.volumes[0].nfs.subDir: must be a relative directory inside the share"),
    ("- {name: v, namespace: ns, nfs: {provisioning: static, server: a, share: /x, subDir: ../../etc}}",
     "storage.volumes[0].nfs.subDir: must be a relative directory inside the share"),
    ("- {name: v, namespace: ns, efs: {fileSystemId: fs-01234567, basePath: /" + "x" * 60 + "}}",
     "storage.volumes[0].efs.basePath: must be absolute, at most 3 directories deep and 59 characters"),
    ("- {name: v, namespace: ns, efs: {provisioning: static, fileSystemId: fs-01234567}, reclaimPolicy: Delete}",
     "storage.volumes[0].reclaimPolicy: a statically provisioned volume has no provisioner to delete it"),
    ("- {name: a, namespace: ns, efs: {provisioning: static, fileSystemId: fs-01234567}}\n"
     "- {name: b, namespace: ns, efs: {provisioning: static, fileSystemId: fs-01234567}}",
     "storage.volumes[1].efs: mounts the same efs location (fs-01234567) as volume 'ns/a'"),
    ("- {name: a, namespace: ns, nfs: {server: s, share: /x, storageClassName: shared}}\n"
     "- {name: b, namespace: ns, nfs: {server: s, share: /y, storageClassName: shared}}",
     "storage.volumes[1].nfs.storageClassName: StorageClass 'shared' is already rendered by another volume"),
    ("- {name: v, namespace: ns, storageClass: cephfs, reclaimPolicy: Delete}",
     "storage.volumes[0].reclaimPolicy: is decided by the existing StorageClass 'cephfs'"),
    ("- {name: a-very-long-volume-name-that-is-fine-for-a-claim-but-not-a-job, namespace: ns, storageClass: cephfs,"
     " verify: true}",
     "storage.volumes[0].name: is not a DNS-1123 label of at most 52 characters"),
    ("- {name: v, namespace: ns, nfs: {provisioning: static, server: a, share: /x, subDir: '${pvc.metadata.name}'}}",
     "storage.volumes[0].nfs.subDir: uses a template, which only dynamic provisioning expands"),
    ("- {name: v, namespace: ns, storageClass: gp3}",
     "storage.volumes[0].storageClass: StorageClass 'gp3' is neither declared nor rendered here. Fix: add"
     " {name: gp3} to storage.externalStorageClasses"),
    ("- {name: v, namespace: ns, storageClass: ebs}",
     "storage.volumes[0]: asks for ReadWriteMany on StorageClass 'ebs', declared readWriteMany: false"),
    ("- {name: v, namespace: ns}",
     "storage.volumes[0]: no storage backend. Fix: set storageClass, efs, nfs or cephfs on the volume"),
    ("- {name: v, namespace: ns, storageClass: cephfs}\n- {name: v, namespace: ns, storageClass: cephfs}",
     "storage.volumes[1].name: volume 'v' is declared twice in namespace 'ns'"),
    ("- {name: v, namespace: ns, nfs: {server: a, share: /x, storageClassName: cephfs}}",
     "storage.volumes[0].nfs.storageClassName: StorageClass 'cephfs' is already declared external"),
    ("- {name: b-c, namespace: a, nfs: {provisioning: static, server: s, share: /x}}\n"
     "- {name: c, namespace: a-b, nfs: {provisioning: static, server: s, share: /y}}",
     "storage.volumes[1].name: its PersistentVolume name 'a-b-c' is also that of volume 'a/b-c'"),
])
def test_semantic_errors_name_field_and_fix(volume, expected):
    found = volume_problems(volume)
    assert len(found) == 1 and expected in found[0], found
    assert "Fix:" in found[0] and found[0].startswith("platform.yaml:")


def test_errors_carry_the_line_of_the_field():
    (message,) = volume_problems("""\
        - name: v
          namespace: ns
          storageClass: cephfs
          reclaimPolicy: Delete
        """)
    assert message.startswith("platform.yaml:9: storage.volumes[0].reclaimPolicy:")


def test_default_storage_class_is_used_and_checked():
    platform = loader.parse(BASE.replace("storage:", "defaults: {storageClass: cephfs}\nstorage:")
                            + "    - {name: v, namespace: ns}\n")
    assert platform.storage.volumes[0].backend == ExistingStorageClass("cephfs")
    (message,) = problems(BASE.replace("storage:", "defaults: {storageClass: nfs}\nstorage:")
                          + "    - {name: v, namespace: ns}\n")
    assert "defaults.storageClass: StorageClass 'nfs' is neither declared nor rendered here" in message


def test_every_backend_kind_loads():
    platform = loader.parse(BASE + textwrap.indent(textwrap.dedent("""\
        - {name: a, namespace: ns, efs: {fileSystemId: fs-01234567, uid: 1000, gid: 1000, basePath: /sbd}}
        - {name: b, namespace: ns, efs: {provisioning: static, fileSystemId: fs-01234567, path: /x}}
        - {name: c, namespace: ns, nfs: {server: nfs.local, share: /exports}}
        - {name: d, namespace: ns, nfs: {provisioning: static, server: nfs.local, share: /exports, subDir: d}}
        - {name: e, namespace: ns, storageClass: c-nfs, reclaimPolicy: null}
        """), "    ").replace(", reclaimPolicy: null", ""))
    kinds = [type(v.backend) for v in platform.storage.volumes]
    assert kinds == [EfsDynamic, EfsStatic, NfsDynamic, NfsStatic, ExistingStorageClass]
    assert platform.storage.volumes[4].backend.name == "c-nfs"  # a class rendered by volume c


# --- one platform file, one cluster ---------------------------------------------------------------------------------

CLUSTER_ERRORS = [
    ("an EFS volume on a cluster outside AWS",
     "name: demo\nstorage:\n  volumes: [{name: v, namespace: ns, efs: {fileSystemId: fs-01234567}}]\n",
     "platform.yaml:3: storage.volumes[0].efs: is an aws service, reachable only from inside aws, and cluster.cloud is"
     " none. Fix: move the volume to the platform file of the aws cluster, or set cluster.cloud: aws"),
    ("an NFS volume whose driver nothing installs",
     "name: demo\nstorage:\n  volumes: [{name: v, namespace: ns, nfs: {server: s, share: /x}}]\n",
     "storage.volumes[0].nfs: needs the CSI driver nfs.csi.k8s.io, which this platform does not install, so its claim"
     " would stay Pending. Fix: install the driver in the cluster and list it in cluster.csiDrivers"),
    ("an EFS volume in AWS without the EFS driver",
     "name: demo\ncluster: {cloud: aws}\nstorage:\n"
     "  volumes: [{name: v, namespace: ns, efs: {provisioning: static, fileSystemId: fs-01234567}}]\n",
     "storage.volumes[0].efs: needs the CSI driver efs.csi.aws.com"),
    ("a cloud's driver on another cloud", "name: demo\ncluster: {csiDrivers: [efs.csi.aws.com]}\n",
     "platform.yaml:2: cluster.csiDrivers[0]: runs only in aws, and this cluster's cloud is none (got"
     " 'efs.csi.aws.com'). Fix: set cluster.cloud: aws if the cluster runs there, or remove it"),
    ("an external class of another cloud",
     "name: demo\ncluster: {cloud: gcp}\nstorage:\n  externalStorageClasses: [{name: gp3, provisioner: ebs.csi.aws.com}]\n",
     "storage.externalStorageClasses[0].provisioner: ebs.csi.aws.com runs only in aws, and cluster.cloud is gcp"),
    ("a driver listed twice", "name: demo\ncluster: {csiDrivers: [nfs.csi.k8s.io, nfs.csi.k8s.io]}\n",
     "cluster.csiDrivers"),
    ("an unknown distribution", "name: demo\ncluster: {distribution: k3s}\n",
     "cluster.distribution: is not allowed (got 'k3s'). Fix: use one of generic, rke2, openshift"),
    ("a static CephFS volume on no filesystem",
     "name: demo\nstorage:\n  volumes: [{name: v, namespace: ns, cephfs: {filesystem: shared, rootPath: /x}}]\n",
     "storage.volumes[0].cephfs.filesystem: names no filesystem of storage.cephClusters (got 'shared')"),
    ("a static CephFS volume at the filesystem's root",
     "name: demo\nstorage:\n  volumes: [{name: v, namespace: ns, cephfs: {filesystem: shared, rootPath: /}}]\n",
     "storage.volumes[0].cephfs.rootPath: is not valid (got '/')"),
]


@pytest.mark.parametrize("text, expected", [(t, e) for _, t, e in CLUSTER_ERRORS], ids=[i for i, _, _ in CLUSTER_ERRORS])
def test_cluster_rules_name_field_value_and_fix(text, expected):
    found = problems(text)
    assert any(expected in problem for problem in found), found
    assert all("Fix:" in problem and problem.startswith("platform.yaml:") for problem in found)


def test_a_static_cephfs_volume_takes_its_cluster_values_from_the_filesystem():
    text = (EXAMPLE.read_text().split("\nbenches:")[0] + "\n    - {name: old, namespace: ns, size: 5Gi,"
            " cephfs: {filesystem: shared-fs, rootPath: /odoo_backups}}\n")
    volume = loader.parse(text).storage.volumes[-1]
    assert volume.backend == CephfsStatic(fs_name="shared-fs", root_path="/odoo_backups", cluster_id="rook-ceph",
                                          driver="rook-ceph.cephfs.csi.ceph.com", node_secret="rook-csi-cephfs-node",
                                          node_secret_namespace="rook-ceph")
    assert volume.storage_class_name == "" and volume.verify_on_throwaway_claim is False


def test_openshift_assigns_the_verification_pods_their_ids():
    volume = "{name: v, namespace: ns, storageClass: cephfs, verify: true}"
    head = "name: demo\nstorage:\n  externalStorageClasses: [{name: cephfs}]\n  volumes: [" + volume + "]\n"
    assert loader.parse(head).storage.volumes[0].verify_uid == 1000
    assert loader.parse(head + "cluster: {distribution: openshift}\n").storage.volumes[0].verify_uid is None
    pinned = head.replace("verify: true", "verify: true, verifyUid: 1001000") + "cluster: {distribution: openshift}\n"
    assert loader.parse(pinned).storage.volumes[0].verify_uid == 1001000  # a uid of the namespace's range
    static = ("name: demo\ncluster: {distribution: openshift, csiDrivers: [nfs.csi.k8s.io]}\nstorage:\n"
              "  volumes: [{name: v, namespace: ns, verify: true, nfs: {provisioning: static, server: s, share: /x}}]\n")
    (problem,) = problems(static)
    assert "storage.volumes[0].verify: a static volume has no class to make a throwaway claim of" in problem
    assert "re-group every file" in problem


def _schema_defaults(node: dict) -> dict:
    return {name: prop["default"] for name, prop in node.get("properties", {}).items() if "default" in prop}


@pytest.mark.parametrize("schema_path, cls, renames", [
    (("properties", "defaults"), Defaults, {}),
    (("properties", "defaults", "properties", "images"), Images, {}),
    (("$defs", "volume"), RwxVolumeProps, {}),
    (("$defs", "efs"), EfsDynamic, {}),
    (("$defs", "efs"), EfsStatic, {}),
    (("$defs", "nfs"), NfsDynamic, {}),
    (("properties", "gitops"), GitOps, {"repoURL": "repo_url"}),
    (("properties", "storage", "properties", "externalStorageClasses", "items"), ExternalStorageClass, {}),
    (("$defs", "bench"), bench.FrappeBenchProps, {}),
    (("$defs", "bench", "properties", "image"), bench.FrappeImage, {}),
    (("$defs", "bench", "properties", "sitesVolume"), bench.SitesStorage, {}),
    (("$defs", "bench", "properties", "logs"), bench.LogsStorage, {}),
    (("$defs", "bench", "properties", "redis", "properties", "cache"), bench.RedisCache, {}),
    (("$defs", "bench", "properties", "redis", "properties", "queue"), bench.RedisQueue, {}),
    (("$defs", "bench", "properties", "database", "properties", "mariadbRef"), bench.MariaDBRef, {}),
    (("$defs", "mariadbServer"), bench.MariaDBServer, {}),
    (("$defs", "bench", "properties", "database", "properties", "external"), bench.ExternalDatabase, {}),
    (("$defs", "bench", "properties", "gunicorn"), bench.Gunicorn, {}),
    (("$defs", "bench", "properties", "nginx"), bench.Nginx, {}),
    (("$defs", "bench", "properties", "networkPolicy"), bench.NetworkPolicy, {}),
    (("$defs", "hpa"), bench.HorizontalAutoscaling, {}),
    (("$defs", "keda"), bench.QueueAutoscaling, {}),
    (("$defs", "replicas"), bench.Gunicorn, {"default": "replicas"}),
    (("properties", "monitoring"), Monitoring, {}),
])
def test_schema_defaults_match_the_dataclass_defaults(schema_path, cls, renames):
    """The schema repeats defaults for editors; the dataclasses are the truth. They must agree."""
    node = loader.schema()
    for key in schema_path:
        node = node[key]
    defaults = {f.name: f.default for f in fields(cls) if f.default is not MISSING}
    found = _schema_defaults(node) if "default" not in renames else {"default": node["default"]}
    assert found, "no defaults found: the schema path is wrong"
    for name, value in found.items():
        field = renames.get(name) or loader._snake(name)
        if field in defaults:
            expected = defaults[field]
            if isinstance(expected, tuple):  # frozen dataclasses hold lists as tuples, mappings as pairs
                expected = dict(expected) if isinstance(value, dict) else list(expected)
            assert value == expected, f"{cls.__name__}.{field}: schema says {value!r}, dataclass {expected!r}"


def test_schema_is_draft_2020_12_and_valid():
    import jsonschema

    schema = json.loads(loader.SCHEMA_PATH.read_text())
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_patterns_match_the_props_checks():
    """Editors see the schema's patterns, Python users the props' regexes: one rule, two spellings."""
    from frappe_k8s.model import checks, server, volumes

    defs = loader.schema()["$defs"]
    assert defs["dnsLabel"]["pattern"] == checks.DNS_LABEL.pattern
    assert defs["dnsSubdomain"]["pattern"] == checks.DNS_SUBDOMAIN.pattern
    assert defs["quantity"]["pattern"] == checks.QUANTITY.pattern
    assert defs["mode"]["pattern"] == volumes.OCTAL_MODE.pattern
    assert defs["efs"]["properties"]["fileSystemId"]["pattern"] == volumes.EFS_FILE_SYSTEM_ID.pattern
    assert defs["efs"]["properties"]["accessPointId"]["pattern"] == volumes.EFS_ACCESS_POINT_ID.pattern
    bench_fields = defs["bench"]["properties"]
    assert bench_fields["name"]["pattern"] == bench.DNS_1035_LABEL.pattern
    assert bench_fields["name"]["maxLength"] == bench.BENCH_NAME_MAX
    assert bench_fields["frappeVersion"]["pattern"] == bench.FRAPPE_VERSION.pattern.replace("?P<major>", "")
    assert defs["cpu"]["pattern"] == server.CPU.pattern
    assert defs["worker"]["properties"]["queues"]["items"]["pattern"] == bench.QUEUE_NAME.pattern
    assert bench_fields["image"]["properties"]["repository"]["pattern"] == bench.IMAGE_REPOSITORY.pattern


def test_flux_kustomization_names_fit_the_label_flux_writes():
    """kustomize-controller labels every applied object with its Kustomization's name: at most 63 characters."""
    import re as _re
    text = EXAMPLE.read_text()
    long_bench = "b" * 40
    bench = _re.sub(r"- name: production-bench\n", f"- name: {long_bench}\n", text, count=1)
    bench = bench.replace("name: saasodoo\n", "name: " + "p" * 20 + "\n", 1)
    [problem] = [p for p in platform_problems(bench) if "Flux Kustomization" in p]
    assert f"benches[0].name: '{long_bench}' makes the Flux Kustomization '{'p' * 20}-sites-{long_bench}' (67 " \
           "characters)" in problem and "Fix: shorten the bench or platform name by 4 characters" in problem
    argocd_only = bench.replace("tool: both", "tool: argocd")
    assert not [p for p in _problems_or_none(argocd_only) if "Flux Kustomization" in p]  # Argo CD tracks by annotation
    platform = text.replace("name: saasodoo\n", "name: " + "p" * 51 + "\n", 1)
    assert any("Fix: shorten the platform name to at most 48 characters" in p for p in platform_problems(platform))


def _problems_or_none(text: str) -> list[str]:
    try:
        loader.parse(text, "platform.yaml")
    except loader.PlatformError as error:
        return error.problems
    return []
