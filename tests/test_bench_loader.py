"""benches[] in platform.yaml: typed defaults and precedence, and every mistake with its path and fix."""
import textwrap

import pytest

from frappe_k8s import loader
from frappe_k8s.model.bench import (MariaDBServer, ExternalDatabase, FrappeBenchProps, MariaDBRef, QueueAutoscaling,
                                    Resources, Worker)

from conftest import platform_problems

HEAD = """\
name: demo
defaults: {storageClass: cephfs}
storage:
  externalStorageClasses: [{name: cephfs}, {name: local-path, readWriteMany: false}]
benches:
"""


def parse(bench_yaml: str, head: str = HEAD):
    return loader.parse(head + textwrap.indent(textwrap.dedent(bench_yaml), "  "), "platform.yaml")


def problems(bench_yaml: str, head: str = HEAD) -> list[str]:
    return platform_problems(head + textwrap.indent(textwrap.dedent(bench_yaml), "  "))


def test_a_minimal_bench_gets_every_default():
    (bench,) = parse('- {name: erp, frappeVersion: "15"}').benches
    assert bench == FrappeBenchProps(name="erp", frappe_version="15", sites_volume=bench.sites_volume)
    assert bench.sites_volume.storage_class == "cephfs" and bench.effective_namespace == "erp"
    assert isinstance(bench.database, MariaDBServer) and bench.image_reference == "docker.io/frappe/erpnext:version-15"
    assert bench.workers.short.queues == ("short", "default") and bench.workers.long.queues == ("long", "default", "short")
    assert not bench.workers.default.enabled


def test_image_precedence_bench_then_platform_then_built_in():
    head = HEAD.replace("defaults: {storageClass: cephfs}", "defaults:\n  storageClass: cephfs\n  images:\n"
                        "    frappe: registry.example/erp\n    redis: registry.example/redis:7\n"
                        "    mariadb: registry.example/mariadb:11")
    platform_default, own = parse("""\
        - {name: a, frappeVersion: "15.41.2"}
        - {name: b, frappeVersion: "15", image: {repository: other.example/erp, tag: v15.1.0}}
        """, head).benches
    assert platform_default.image_reference == "registry.example/erp:v15.41.2"
    assert platform_default.redis.image == "registry.example/redis:7"
    assert platform_default.database.image == "registry.example/mariadb:11"
    assert own.image_reference == "other.example/erp:v15.1.0"


def test_partial_overrides_keep_the_other_defaults():
    (bench,) = parse("""\
        - name: erp
          frappeVersion: "15"
          gunicorn: {resources: {limits: {memory: 8Gi}}}
          workers: {short: {replicas: 3, autoscaling: {maxReplicas: 4}}}
          database: {mariadbRef: {name: shared-db, namespace: db}}
        """).benches
    assert bench.gunicorn.resources == Resources("500m", "1Gi", "2", "8Gi")
    assert bench.workers.short == Worker(queues=("short", "default"), replicas=3,
                                         autoscaling=QueueAutoscaling(max_replicas=4))
    assert bench.database == MariaDBRef(name="shared-db", namespace="db")


def test_external_database_and_postgres_port():
    (bench,) = parse('- {name: erp, frappeVersion: "15", database: {external: {host: pg.internal, type: postgres}}}').benches
    assert bench.database == ExternalDatabase(host="pg.internal", type="postgres") and bench.database.effective_port == 5432


@pytest.mark.parametrize("bench_yaml, expected", [
    ('- {name: Erp, frappeVersion: "15"}',
     "platform.yaml:6: benches[0].name: is not valid (got 'Erp'). Fix: use at most 40 lowercase letters"),
    ('- {name: erp, frappeVersion: 15}', "benches[0].frappeVersion: must be of type string (got 15)"),
    ('- {name: erp, frappeVersion: "12"}', "benches[0].frappeVersion: is not valid (got '12')"),
    ('- {name: erp}', "benches[0].frappeVersion: required field is missing. Fix: add frappeVersion"),
    ('- {name: erp, frappeVersion: "15", sitesVolume: {accessMode: ReadWriteOnce, verify: true}}',
     "benches[0].sitesVolume.verify: the verification Job mounts the volume on two nodes at once (got True)."
     " Fix: set verify: false for a ReadWriteOnce bench"),
    ('- {name: erp, frappeVersion: "15", workers: {default: {enabled: true, autoscaling: {minReplicas: 0}}}}',
     "benches[0].workers.default.autoscaling.minReplicas: only the short and long workers may scale to zero (got 0)"),
    ('- {name: erp, frappeVersion: "15", redis: {cache: {maxMemory: 2Gi}}}',
     "benches[0].redis.cache.maxMemory: leaves less than 20% of the memory limit 2Gi"),
    ('- {name: erp, frappeVersion: "15", gunicorn: {resources: {requests: {memory: 8Gi}}}}',
     "benches[0].gunicorn.resources.requests.memory: is above the limit 4Gi (got '8Gi')"),
    ('- {name: erp, frappeVersion: "15", gunicorn: {resources: {limits: {cpu: 2cores}}}}',
     "benches[0].gunicorn.resources.limits.cpu: is not valid (got '2cores'). Fix: quote cores or millicores"),
    ('- {name: erp, frappeVersion: "15", database: {mariadb: {}, external: {host: db}}}',
     "benches[0].database: is not valid (got {'mariadb': {}, 'external': {'host': 'db'}}). Fix: give exactly one of"),
    ('- {name: erp, frappeVersion: "15", redis: {external: {cacheUrl: "redis://:secret@cache:6379", queueUrl: "redis://q:6379"}}}',
     "benches[0].redis.external.cacheUrl: carries credentials, which would be written into dist/ in clear"),
    ('- {name: erp, frappeVersion: "15", sitesVolume: {storageClass: nfs-fast}}',
     "benches[0].sitesVolume.storageClass: StorageClass 'nfs-fast' is neither declared nor rendered here"),
    ('- {name: erp, frappeVersion: "15", sitesVolume: {storageClass: local-path}}',
     "benches[0].sitesVolume: asks for ReadWriteMany on StorageClass 'local-path', declared readWriteMany: false. Fix: use"
     " an RWX class (CephFS, EFS, NFS), or accessMode: ReadWriteOnce on the bench's sites"),
    ('- {name: erp, frappeVersion: "15", redis: {queue: {storageClass: fast-ssd}}}',
     "benches[0].redis.queue.storageClass: StorageClass 'fast-ssd' is neither declared nor rendered here"),
    ('- {name: erp, frappeVersion: "15", gunicorn: {workerz: 3}}',
     "benches[0].gunicorn.workerz: unknown field. Fix: did you mean workers?"),
])
def test_bench_mistakes_name_path_value_and_fix(bench_yaml, expected):
    found = problems(bench_yaml)
    assert any(expected in p for p in found), found


def test_two_benches_with_one_name():
    found = problems('- {name: erp, frappeVersion: "15"}\n- {name: erp, frappeVersion: "15", namespace: other}')
    assert any("benches[1].name: bench 'erp' is declared twice" in p for p in found), found


def two_benches_on_one_redis(cache_b: str, queue_b: str, bench_id_b: str = "") -> str:
    return f"""\
        - name: erp
          frappeVersion: "15"
          redis: {{external: {{cacheUrl: "redis://redis.example:6379/0", queueUrl: "redis://redis.example:6379/1"}}}}
        - name: crm
          frappeVersion: "15"
          {bench_id_b}
          redis: {{external: {{cacheUrl: "{cache_b}", queueUrl: "{queue_b}"}}}}
        """


def test_benches_sharing_an_external_queue_need_distinct_bench_ids():
    [problem] = problems(two_benches_on_one_redis("redis://redis.example:6379/2", "redis://REDIS.example:6379/1"))
    assert problem.startswith("platform.yaml:") and "benches[1].benchId: bench 'crm' shares the Redis queue" in problem
    assert "with bench 'erp' under the same bench id 'home-frappe-frappe-bench'" in problem
    assert "Fix: set benchId on one of them (benchId: crm)" in problem
    # negative controls: a bench id of its own, or a queue database of its own, and the same Redis is fine
    for fixed in (two_benches_on_one_redis("redis://redis.example:6379/2", "redis://redis.example:6379/1", "benchId: crm"),
                  two_benches_on_one_redis("redis://redis.example:6379/2", "redis://redis.example:6379/3")):
        erp, crm = parse(fixed).benches
        assert (erp.rq_list_key("short"), erp.redis.external.queue_url) != \
            (crm.rq_list_key("short"), crm.redis.external.queue_url)


def test_benches_never_share_an_external_cache_database_whatever_their_bench_ids():
    [problem] = problems(two_benches_on_one_redis("redis://redis.example:6379/0", "redis://redis.example:6379/3",
                                                  "benchId: crm"))
    assert "benches[1].redis.external.cacheUrl: bench 'crm' shares the Redis cache redis://redis.example:6379/0" \
        " with bench 'erp'" in problem and "assets_json" in problem and "Fix: give each bench a cache of its own" in problem
    assert parse(two_benches_on_one_redis("redis://redis.example:6379/2", "redis://redis.example:6379/3")).benches


def test_a_bench_without_any_storage_class():
    found = problems('- {name: erp, frappeVersion: "15"}', HEAD.replace("defaults: {storageClass: cephfs}\n", ""))
    assert found == ["platform.yaml:5: benches[0].sitesVolume.storageClass: the sites volume has no StorageClass (got None)."
                     " Fix: set sitesVolume.storageClass on the bench, or defaults.storageClass for the platform"]


def test_bench_sites_claim_may_not_clash_with_a_volume():
    head = HEAD.replace("benches:\n", "  volumes: [{name: erp-sites, namespace: erp}]\nbenches:\n")
    found = problems('- {name: erp, frappeVersion: "15"}', head)
    assert any("benches[0].name: volume 'erp-sites' is declared twice in namespace 'erp'" in p for p in found), found
