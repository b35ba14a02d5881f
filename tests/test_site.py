"""FrappeSite as rendered: database objects and grants, passwords, Jobs, routing, backups, restore, decommission.

The example's dist/sites-production-bench/ covers one site per mode; variants are synthesized in-process
from small platforms and validated against the real CRDs.
"""
import json
import re
import textwrap
from pathlib import Path

import pytest

from frappe_k8s import loader
from frappe_k8s.canonical import spec_hash
from frappe_k8s.constructs import site_scripts
from frappe_k8s.errors import SpecError
from frappe_k8s.model.site import SITE_PRIVILEGES, FrappeSiteProps
from frappe_k8s.render import synthesize
from frappe_k8s.validate import Validator

from conftest import ROOT, load_objects, run_main

SITES = "sites-production-bench"


@pytest.fixture(scope="module")
def sites(example_dist) -> dict[tuple[str, str], dict]:
    return {(o["kind"], o["metadata"]["name"]): o for o in load_objects(example_dist / SITES)}


def of_site(objects: dict, site: str) -> dict[tuple[str, str], dict]:
    return {key: o for key, o in objects.items() if o["metadata"]["labels"].get("frappe-k8s.io/site") == site}


def job(objects: dict, site_id: str, task: str) -> dict:
    (found,) = [o for (kind, name), o in objects.items()
                if kind == "Job" and re.fullmatch(rf"{site_id}-{task}-[0-9a-f]{{8}}", name)]
    return found


def container(workload: dict) -> dict:
    spec = workload["spec"].get("jobTemplate", {}).get("spec", workload["spec"])
    (found,) = spec["template"]["spec"]["containers"]
    return found


def env(workload: dict) -> dict[str, object]:
    return {e["name"]: e.get("value", e.get("valueFrom")) for e in container(workload)["env"]}


HEAD = """\
name: demo
defaults: {storageClass: cephfs}
storage:
  externalStorageClasses: [{name: cephfs}]
  volumes: [{name: site-backups, namespace: erp, size: 5Gi}]
benches:
  - name: erp
    frappeVersion: "15"
    apps: [frappe, erpnext, hrms]
"""


def render(sites_yaml: str, head: str = HEAD, validate: bool = False) -> dict[tuple[str, str], dict]:
    platform = loader.parse(head + textwrap.indent(textwrap.dedent(sites_yaml), "    "), "platform.yaml")
    apps = synthesize(platform)
    objects = {(m["kind"], m["metadata"]["name"]): m for m in apps.get("sites-erp", [])}
    if validate:
        validator = Validator("1.33")
        assert [p for m in objects.values() for p in validator.problems(m)] == []
    return objects


# --- database -----------------------------------------------------------------------------------------


def test_shared_site_gets_database_user_and_least_privilege_grant_on_the_bench_mariadb(sites):
    site = of_site(sites, "customer.example.com")
    database, user, grant = (site[kind, "customer-example-com"] for kind in ("Database", "User", "Grant"))
    name = "customer_example_com_359c1d83"
    ref = {"name": "production-bench-mariadb", "namespace": "frappe"}
    assert database["spec"] == {"mariaDbRef": ref, "name": name, "characterSet": "utf8mb4",
                                "collate": "utf8mb4_unicode_ci", "cleanupPolicy": "Skip"}
    assert user["spec"] == {"mariaDbRef": ref, "name": name, "host": "%", "maxUserConnections": 100,
                            "passwordSecretKeyRef": {"name": "customer-example-com-db-password", "key": "password"},
                            "cleanupPolicy": "Skip"}
    assert grant["spec"] == {"mariaDbRef": ref, "database": name, "table": "*", "username": name, "host": "%",
                             "grantOption": False, "cleanupPolicy": "Skip", "privileges": list(SITE_PRIVILEGES)}


def test_grant_is_frappes_rds_list_and_nothing_global():
    assert SITE_PRIVILEGES == ("SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "INDEX", "ALTER",
                               "CREATE TEMPORARY TABLES", "CREATE VIEW", "EVENT", "TRIGGER", "SHOW VIEW",
                               "CREATE ROUTINE", "ALTER ROUTINE", "EXECUTE", "LOCK TABLES")
    assert not {"ALL PRIVILEGES", "GRANT OPTION", "SUPER", "FILE", "PROCESS", "RELOAD"} & set(SITE_PRIVILEGES)


def test_sql_objects_and_passwords_are_protected_from_pruning(sites):
    for (kind, name), obj in sites.items():
        if kind in ("Database", "User", "Grant", "ExternalSecret", "MariaDB"):
            annotations = obj["metadata"]["annotations"]
            assert "Prune=false" in annotations["argocd.argoproj.io/sync-options"], name
            assert "Delete=false" in annotations["argocd.argoproj.io/sync-options"], name
            assert annotations["kustomize.toolkit.fluxcd.io/prune"] == "disabled", name
        if kind in ("Database", "User", "Grant"):
            assert obj["spec"]["cleanupPolicy"] == "Skip"


def test_dedicated_site_gets_its_own_mariadb_and_its_sql_objects_point_at_it(sites):
    site = of_site(sites, "isolated.example.com")
    server = site["MariaDB", "isolated-example-com-mariadb"]
    assert (server["spec"]["storage"]["size"], server["spec"]["storage"]["storageClassName"]) == ("5Gi", "ceph-block")
    assert server["spec"]["rootPasswordSecretKeyRef"] == {"name": "isolated-example-com-mariadb-root",
                                                          "key": "password", "generate": True}
    assert "character-set-server=utf8mb4" in server["spec"]["myCnf"]
    ref = {"name": "isolated-example-com-mariadb", "namespace": "frappe"}
    for kind in ("Database", "User", "Grant"):
        assert site[kind, "isolated-example-com"]["spec"]["mariaDbRef"] == ref
    assert env(job(site, "isolated-example-com", "create"))["DB_HOST"] == "isolated-example-com-mariadb.frappe.svc.cluster.local"


def test_a_dedicated_server_admits_only_frappe_pods_and_the_operator_like_the_benchs_own(sites, example_dist):
    policy = sites["NetworkPolicy", "isolated-example-com-allow-mariadb"]["spec"]
    [bench] = [o for o in load_objects(example_dist / "bench-production-bench")
               if o["metadata"]["name"] == "production-bench-allow-mariadb"]
    assert policy["ingress"] == bench["spec"]["ingress"]  # its rules: tests/test_bench.py
    assert policy["podSelector"] == {"matchLabels": {"app.kubernetes.io/name": "mariadb",
                                                     "app.kubernetes.io/instance": "isolated-example-com-mariadb"}}
    assert not [name for kind, name in of_site(sites, "customer.example.com") if kind == "NetworkPolicy"]  # shared
    dedicated = "sites: [{name: erp.example.com, database: {mode: dedicated}}]\n"
    assert ("NetworkPolicy", "erp-example-com-allow-mariadb") in render(dedicated)
    unpoliced = render("networkPolicy: {enabled: false}\n" + dedicated)  # the bench's switch covers it too
    assert ("MariaDB", "erp-example-com-mariadb") in unpoliced
    assert not [name for kind, name in unpoliced if kind == "NetworkPolicy"]


def test_external_site_has_no_sql_objects_and_creates_with_root_from_a_secret_ref(sites):
    site = of_site(sites, "external.example.com")
    assert not {kind for kind, _ in site} & {"Database", "User", "Grant", "MariaDB"}
    variables = env(job(site, "external-example-com", "create"))
    assert variables["DB_SETUP"] == "root" and variables["DB_HOST"] == "rds-instance.region.rds.amazonaws.com"
    assert variables["DB_ROOT_USERNAME"] == "admin" and variables["DB_PORT"] == "3306"
    assert variables["DB_ROOT_PASSWORD"] == {"secretKeyRef": {"name": "rds-credentials", "key": "password"}}


def test_operator_managed_sites_create_without_root(sites):
    for site_id in ("customer-example-com", "isolated-example-com", "production-example-com"):
        variables = env(job(sites, site_id, "create"))
        assert variables["DB_SETUP"] == "operator"
        assert not {"DB_ROOT_USERNAME", "DB_ROOT_PASSWORD"} & set(variables), site_id


def test_postgres_site_is_external_only_and_uses_the_postgres_root():
    objects = render("""\
        database: {external: {host: pg.internal, type: postgres}}
        sites:
          - name: pg.example.com
            apps: [frappe]
            database: {external: {rootPasswordSecretRef: {name: pg-root, key: pw}}}
        """, validate=True)
    variables = env(job(objects, "pg-example-com", "create"))
    assert variables["DB_TYPE"] == "postgres" and variables["DB_PORT"] == "5432" and variables["DB_HOST"] == "pg.internal"
    assert variables["DB_ROOT_USERNAME"] == "postgres" and variables["INSTALL_APPS"] == ""
    assert variables["DB_ROOT_PASSWORD"] == {"secretKeyRef": {"name": "pg-root", "key": "pw"}}


def test_site_names_fit_the_label_they_are_written_in():
    with pytest.raises(SpecError, match="longer than 63 characters"):
        FrappeSiteProps(name="x" * 60 + ".com", id="long")


def test_database_names_are_valid_identifiers_and_never_collide():
    names = ["a-b.com", "a.b-com", "a--b.com", "x" * 50 + ".example.com", "1.example.com", "erp.example.com"]
    derived = [FrappeSiteProps(name=n, id=f"s{i}").database_name for i, n in enumerate(names)]
    assert len(set(derived)) == len(derived)
    for name in derived:
        assert re.fullmatch(r"[a-z0-9_]{1,32}", name) and not name.startswith("_"), name
    assert FrappeSiteProps(name="erp.example.com").database_name == "erp_example_com_69560f9c"
    many = {FrappeSiteProps(name=f"customer{i}.example.com").database_name for i in range(2000)}
    assert len(many) == 2000


# --- passwords and secrets ------------------------------------------------------------------------


def test_generated_passwords_are_external_secrets_created_once_from_one_generator(sites):
    generator = sites["Password", "production-bench-site-password"]
    assert generator["spec"] == {"length": 32, "digits": 8, "symbols": 0, "noUpper": False, "allowRepeat": True}
    secret = sites["ExternalSecret", "customer-example-com-db-password"]
    assert secret["spec"] == {
        "refreshPolicy": "CreatedOnce",
        "target": {"name": "customer-example-com-db-password", "creationPolicy": "Owner", "deletionPolicy": "Retain"},
        "dataFrom": [{"sourceRef": {"generatorRef": {"apiVersion": "generators.external-secrets.io/v1alpha1",
                                                     "kind": "Password", "name": "production-bench-site-password"}}}]}
    # the admin password of customer.example.com is an existing Secret: nothing is generated for it
    assert ("ExternalSecret", "customer-example-com-admin-password") not in sites
    assert env(job(sites, "customer-example-com", "create"))["ADMIN_PASSWORD"] == {
        "secretKeyRef": {"name": "site-admin-password", "key": "password"}}


def test_sealed_password_renders_a_sealed_secret():
    sealed = "AgB" + "x" * 80 + "=="
    objects = render(f"""\
        sites:
          - name: erp.example.com
            adminPassword: {{sealedValue: "{sealed}"}}
        """, validate=True)
    secret = objects["SealedSecret", "erp-example-com-admin-password"]
    assert secret["spec"]["encryptedData"] == {"password": sealed}
    assert env(job(objects, "erp-example-com", "create"))["ADMIN_PASSWORD"] == {
        "secretKeyRef": {"name": "erp-example-com-admin-password", "key": "password"}}


PASSWORD_NAME = re.compile(r"PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIAL", re.IGNORECASE)


def _containers(node):
    if isinstance(node, dict):
        if "image" in node and "name" in node:
            yield node
        for value in node.values():
            yield from _containers(value)
    elif isinstance(node, list):
        for value in node:
            yield from _containers(value)


def test_no_secret_material_anywhere_in_dist(example_dist):
    """No Secret with data, no password-like variable with a literal value, no password flag with a literal."""
    objects = [o for app in sorted(p for p in example_dist.iterdir() if p.is_dir()) for o in load_objects(app)]
    assert len(objects) > 100
    for obj in objects:
        where = f"{obj['kind']}/{obj['metadata']['name']}"
        assert not (obj["kind"] == "Secret" and ({"data", "stringData"} & set(obj))), where
        for each in _containers(obj.get("spec", {})):
            for variable in each.get("env", []):
                assert not (PASSWORD_NAME.search(variable["name"]) and "value" in variable), (where, variable)
            for arg in [*each.get("args", []), *each.get("command", [])]:
                assert not re.search(r"--(db|admin|root|db-root)-password[= ]+[^\s\"$]", arg), where


# --- jobs ----------------------------------------------------------------------------------------------


def test_create_job_runs_the_script_with_the_site_apps_and_waits_for_the_database(sites):
    create = job(sites, "customer-example-com", "create")
    assert create["metadata"]["name"].startswith("customer-example-com-create-")
    assert container(create)["args"] == ["bash", "-c", site_scripts.CREATE_SITE]
    variables = env(create)
    assert variables["SITE"] == "customer.example.com" and variables["INSTALL_APPS"] == "erpnext"
    assert variables["WAIT_FOR"] == "database=production-bench-mariadb.frappe.svc.cluster.local:3306"
    assert create["spec"]["backoffLimit"] == 2 and create["spec"]["template"]["spec"]["restartPolicy"] == "Never"
    mounts = {m["mountPath"]: m["name"] for m in container(create)["volumeMounts"]}
    assert mounts["/home/frappe/frappe-bench/sites"] == "sites"
    assert create["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] == "0"  # one wave: nothing holds a site
    # the bench's wait-ready holds the Job until the bench is configured and migrated for its image, and the
    # deadline covers that wait on top of the Job's own attempts
    (wait,) = create["spec"]["template"]["spec"]["initContainers"]
    assert wait["name"] == "wait-ready" and env(create)["WAIT_SECONDS"] == "600"
    assert {e["name"]: e["value"] for e in wait["env"]}["WAIT_SECONDS"] == str(4 * 720 + 3600)
    assert create["spec"]["activeDeadlineSeconds"] == 3 * (600 + 1800) + 4 * 720 + 3600


def test_create_job_name_follows_its_whole_spec():
    """A bench upgrade is a new create Job: it runs once, after the migration, and finds its site (frappe_k8s.sync)."""
    base = """\
        sites: [{name: erp.example.com}]
        """
    first = job(render(base), "erp-example-com", "create")
    retagged = job(render(base, HEAD.replace('frappeVersion: "15"', 'frappeVersion: "15.50.0"')),
                   "erp-example-com", "create")["metadata"]["name"]
    other_apps = job(render("sites: [{name: erp.example.com, apps: [frappe, hrms]}]\n"),
                     "erp-example-com", "create")["metadata"]["name"]
    assert len({first["metadata"]["name"], retagged, other_apps}) == 3
    assert first["metadata"]["name"] == "erp-example-com-create-" + spec_hash(first["spec"])


def test_site_apps_default_to_the_bench_apps_and_must_be_among_them():
    assert env(job(render("sites: [{name: erp.example.com}]\n", validate=True), "erp-example-com", "create"))[
        "INSTALL_APPS"] == "erpnext hrms"


def test_restore_job_is_named_by_its_stanza_and_goes_with_it(sites):
    site = of_site(sites, "production.example.com")
    restore = job(site, "production-example-com", "restore")
    variables = env(restore)
    assert variables["BACKUP"] == "production.example.com/20261120T010000Z" and variables["WITH_FILES"] == "true"
    assert restore["metadata"]["name"] == "production-example-com-restore-" + spec_hash(restore["spec"])
    assert variables["RESTORE_ID"] == spec_hash({"backup": variables["BACKUP"], "withFiles": True})  # its marker
    assert variables["BACKUP_DIR"] == "/backups" and variables["DB_CONSOLE"] == "mariadb"
    volumes = {v["name"]: v for v in restore["spec"]["template"]["spec"]["volumes"]}
    assert volumes["backups"]["persistentVolumeClaim"] == {"claimName": "frappe-site-backups"}
    assert [o for (kind, _), o in of_site(sites, "customer.example.com").items()
            if kind == "Job" and "-restore-" in o["metadata"]["name"]] == []


def test_restore_from_another_site_keeps_the_given_folder():
    objects = render("""\
        siteBackups: {volume: site-backups}
        sites:
          - name: copy.example.com
            restore: {backup: erp.example.com/20261120T010000Z, withFiles: false}
        """)
    variables = env(job(objects, "copy-example-com", "restore"))
    assert variables["BACKUP"] == "erp.example.com/20261120T010000Z" and variables["WITH_FILES"] == "false"


# --- backups ---------------------------------------------------------------------------------------


def test_backup_cron_job_writes_to_the_shared_volume_with_retention_and_restic(sites):
    cron = sites["CronJob", "customer-example-com-backup"]
    spec = cron["spec"]
    assert spec["schedule"] == FrappeSiteProps(name="customer.example.com").backup_schedule == "40 1 * * *"
    assert spec["concurrencyPolicy"] == "Forbid" and spec["successfulJobsHistoryLimit"] == 3
    assert spec["failedJobsHistoryLimit"] == 3 and spec["startingDeadlineSeconds"] == 3600
    assert container(cron)["args"] == ["bash", "-c", site_scripts.BACKUP_SITE]
    variables = env(cron)
    assert (variables["KEEP_LAST"], variables["MAX_AGE_DAYS"], variables["WITH_FILES"]) == ("7", "30", "true")
    assert variables["RESTIC_REPOSITORY"] == "s3:https://s3.amazonaws.com/saasodoo-backups/frappe-sites"
    assert variables["RESTIC_KEEP_LAST"] == "7" and container(cron)["envFrom"] == [{"secretRef": {"name": "frappe-restic"}}]
    mounts = {m["mountPath"]: m["name"] for m in container(cron)["volumeMounts"]}
    assert mounts["/backups"] == "backups"


def test_default_schedules_spread_a_fleet_over_the_hour():
    schedules = [FrappeSiteProps(name=f"site{i}.example.com").backup_schedule for i in range(200)]
    assert {s.split(" ", 1)[1] for s in schedules} == {"1 * * *"}
    minutes = {int(s.split()[0]) for s in schedules}
    assert len(minutes) > 40 and all(0 <= m < 60 for m in minutes)


def test_site_backup_fields_override_the_bench_defaults_one_by_one():
    objects = render("""\
        siteBackups: {volume: site-backups, keepLast: 3, schedule: "0 3 * * *"}
        sites:
          - {name: a.example.com}
          - {name: b.example.com, backup: {keepLast: 10, timeZone: Europe/Berlin}}
          - {name: c.example.com, backup: {enabled: false}}
        """, validate=True)
    a, b = objects["CronJob", "a-example-com-backup"], objects["CronJob", "b-example-com-backup"]
    assert (a["spec"]["schedule"], env(a)["KEEP_LAST"]) == ("0 3 * * *", "3")
    assert (b["spec"]["schedule"], env(b)["KEEP_LAST"], b["spec"]["timeZone"]) == ("0 3 * * *", "10", "Europe/Berlin")
    assert ("CronJob", "c-example-com-backup") not in objects


# --- routing ---------------------------------------------------------------------------------------


def test_ingress_routes_the_site_host_to_nginx_with_a_certificate(sites):
    ingress = sites["Ingress", "customer-example-com"]
    backend = {"service": {"name": "production-bench-nginx", "port": {"number": 8080}}}
    assert ingress["spec"] == {
        "ingressClassName": "nginx",
        "rules": [{"host": "customer.example.com", "http": {"paths": [
            {"path": "/", "pathType": "Prefix", "backend": backend}]}}],
        "tls": [{"hosts": ["customer.example.com"], "secretName": "customer-example-com-tls"}]}
    certificate = sites["Certificate", "customer-example-com-tls"]
    assert certificate["spec"] == {"secretName": "customer-example-com-tls",
                                   "dnsNames": ["customer.example.com", "www.customer.example.com"],
                                   "issuerRef": {"name": "letsencrypt-prod", "kind": "ClusterIssuer",
                                                 "group": "cert-manager.io"}}


def test_extra_domains_reach_nginx_with_the_site_name_as_host(sites):
    domains = sites["Ingress", "customer-example-com-domains"]
    assert domains["metadata"]["annotations"]["nginx.ingress.kubernetes.io/upstream-vhost"] == "customer.example.com"
    assert [rule["host"] for rule in domains["spec"]["rules"]] == ["www.customer.example.com"]


OPENSHIFT_HEAD = HEAD.replace("defaults: {storageClass: cephfs}",
                                "defaults: {storageClass: cephfs, clusterApis: [route.openshift.io/v1]}")


def test_openshift_route_is_edge_with_redirect_and_the_routers_timeout():
    objects = render("""\
        nginx: {proxyReadTimeoutSeconds: 300}
        sites:
          - name: ocp.example.com
            routing: {type: route}
        """, head=OPENSHIFT_HEAD, validate=True)
    route = objects["Route", "ocp-example-com"]
    assert route["spec"] == {"host": "ocp.example.com",
                             "to": {"kind": "Service", "name": "erp-nginx", "weight": 100},
                             "port": {"targetPort": "http"},
                             "tls": {"termination": "edge", "insecureEdgeTerminationPolicy": "Redirect"},
                             "wildcardPolicy": "None"}
    assert route["metadata"]["annotations"]["haproxy.router.openshift.io/timeout"] == "300s"
    assert not [key for key in objects if key[0] in ("Ingress", "Certificate")]
    assert json.loads(env(objects[next(k for k in objects if k[1].startswith("ocp-example-com-create"))])[
        "SITE_CONFIG"]) == {"host_name": "https://ocp.example.com"}  # TLS at the router


def test_a_route_on_a_cluster_without_the_route_api_is_refused():
    with pytest.raises(loader.PlatformError) as caught:
        render("""\
            sites:
              - name: ocp.example.com
                routing: {type: route}
            """)
    [problem] = caught.value.problems
    assert "benches[0].sites[0].routing.type" in problem and "route.openshift.io/v1" in problem
    assert "defaults.clusterApis" in problem


def test_the_openshift_example_renders_its_route_and_the_bundled_one_none(tmp_path, example_objects):
    result = run_main("render", "--platform", str(ROOT / "examples" / "openshift.yaml"), "--out", str(tmp_path / "dist"))
    assert result.returncode == 0, result.stderr
    objects = load_objects(tmp_path / "dist")
    [route] = [o for o in objects if o["kind"] == "Route"]
    assert route["spec"]["host"] == "ocp.example.com"
    assert not [o for o in example_objects if o["kind"] == "Route"]  # platform.yaml: RKE2, no Route API


def test_ingress_carries_the_bench_nginx_body_size_and_timeouts_and_user_annotations_win(sites):
    annotations = sites["Ingress", "customer-example-com"]["metadata"]["annotations"]
    assert annotations["nginx.ingress.kubernetes.io/proxy-body-size"] == "50m"
    assert annotations["nginx.ingress.kubernetes.io/proxy-read-timeout"] == "120"
    assert annotations["nginx.ingress.kubernetes.io/proxy-send-timeout"] == "120"
    assert "nginx.ingress.kubernetes.io/affinity" not in annotations  # one nginx, one socketio: nothing to stick to
    objects = render("""\
        nginx: {replicas: 2, clientMaxBodySize: 200m}
        socketio: {replicas: 2}
        sites:
          - name: erp.example.com
            routing:
              annotations: {nginx.ingress.kubernetes.io/proxy-read-timeout: "600"}
        """)
    annotations = objects["Ingress", "erp-example-com"]["metadata"]["annotations"]
    assert annotations["nginx.ingress.kubernetes.io/proxy-body-size"] == "200m"
    assert annotations["nginx.ingress.kubernetes.io/proxy-read-timeout"] == "600"
    assert annotations["nginx.ingress.kubernetes.io/affinity"] == "cookie"


def test_site_config_keys_reach_the_create_job_and_secrets_only_by_reference():
    objects = render("""\
        sites:
          - name: erp.example.com
            routing: {tls: {clusterIssuer: letsencrypt}}
            siteConfig:
              max_file_size: 26214400
              mail_password: {secretKeyRef: {name: smtp, key: password}}
        """, validate=True)
    create = objects[next(k for k in objects if k[1].startswith("erp-example-com-create"))]
    variables = env(create)
    assert json.loads(variables["SITE_CONFIG"]) == {"host_name": "https://erp.example.com", "max_file_size": 26214400}
    assert json.loads(variables["SITE_CONFIG_FROM_ENV"]) == {"mail_password": "SITE_CONFIG_REF_0"}
    assert variables["SITE_CONFIG_REF_0"] == {"secretKeyRef": {"name": "smtp", "key": "password"}}


@pytest.mark.parametrize("site_config, key, message", [
    ("{mail_password: hunter2}", "mail_password", "is a secret"),
    ("{max_file_size: '10'}", "max_file_size", "must be an integer"),
    ("{use_tls: 1}", "use_tls", "must be a boolean"),
    ("{http_timeout: {secretKeyRef: {name: s, key: k}}}", "http_timeout", "is not a secret"),
    ("{db_password: hunter2}", "db_password", "is not a key of Frappe's site config"),
    ("{host_name: erp.example.com}", "host_name", "is not a site URL"),
])
def test_bad_site_config_is_refused_at_the_keys_own_path(site_config, key, message):
    with pytest.raises(loader.PlatformError) as caught:
        render(f"""\
            sites:
              - name: erp.example.com
                siteConfig: {site_config}
            """)
    [problem] = caught.value.problems
    assert f"benches[0].sites[0].siteConfig.{key}: " in problem and message in problem
    assert "hunter2" not in problem or key == "db_password"  # a secret value is never echoed


def test_every_bad_site_config_key_is_reported_and_a_good_one_alone_renders():
    with pytest.raises(loader.PlatformError) as caught:
        render("""\
            sites:
              - name: erp.example.com
                siteConfig: {max_file_size: '10', use_tls: 1, mute_emails: true}
            """)
    assert [re.search(r"siteConfig\.(\w+): ", p).group(1) for p in caught.value.problems] == ["max_file_size", "use_tls"]
    assert render("sites: [{name: erp.example.com, siteConfig: {mute_emails: true}}]\n")  # negative control
    with pytest.raises(SpecError, match=r"^site_config\[max_file_size\]: must be an integer"):  # the Python API
        FrappeSiteProps(name="erp.example.com", site_config=(("max_file_size", "10"),))


def test_http_route_attaches_to_the_gateway_and_rewrites_extra_domains():
    objects = render("""\
        networkPolicy: {ingressNamespaces: [gateways]}
        sites:
          - name: erp.example.com
            domains: [shop.example.com]
            routing: {type: httpRoute, gateway: {name: public, namespace: gateways, sectionName: https}}
        """, validate=True)
    route = objects["HTTPRoute", "erp-example-com"]
    assert route["spec"]["parentRefs"] == [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "public",
                                            "namespace": "gateways", "sectionName": "https"}]
    assert route["spec"]["hostnames"] == ["erp.example.com", "shop.example.com"]
    (rule,) = route["spec"]["rules"]
    assert rule["backendRefs"] == [{"name": "erp-nginx", "port": 8080}]
    assert rule["filters"] == [{"type": "URLRewrite", "urlRewrite": {"hostname": "erp.example.com"}}]


def test_issuer_and_existing_secret_tls_and_no_routing():
    objects = render("""\
        sites:
          - {name: a.example.com, routing: {tls: {issuer: local-ca}}}
          - {name: b.example.com, routing: {tls: {secretName: wildcard-tls}}}
          - {name: c.example.com, routing: {type: none}}
        """, validate=True)
    assert objects["Certificate", "a-example-com-tls"]["spec"]["issuerRef"]["kind"] == "Issuer"
    assert ("Certificate", "b-example-com-tls") not in objects
    assert objects["Ingress", "b-example-com"]["spec"]["tls"] == [{"hosts": ["b.example.com"], "secretName": "wildcard-tls"}]
    assert not [key for key in objects if key[1].startswith("c-example-com") and key[0] in ("Ingress", "HTTPRoute", "Route")]


# --- decommission ------------------------------------------------------------------------------------


def test_absent_site_keeps_its_data_loses_routing_and_backups_and_is_stopped(sites):
    site = of_site(sites, "old.example.com")
    assert sorted(kind for kind, _ in site) == ["Database", "ExternalSecret", "ExternalSecret", "Grant", "Job", "User"]
    stop = job(site, "old-example-com", "deactivate")
    assert container(stop)["args"] == ["bash", "-c", site_scripts.DEACTIVATE_SITE]
    assert stop["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] == "0"


def test_every_site_object_is_in_one_argo_cd_wave_and_backups_are_advisory(sites):
    """A second wave would wait for the first: a Certificate waiting for DNS, or one site's failed Database, would
    hold back every site's Jobs. The operators and the Jobs wait for what they need themselves."""
    waves = {o["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] for o in sites.values()}
    assert waves == {"0"}
    for (kind, _), o in sites.items():
        advisory = o["metadata"]["annotations"].get("argocd.argoproj.io/ignore-healthcheck") == "true"
        assert advisory is (kind == "CronJob"), kind  # a failed nightly backup is an alert, not an unhealthy site


def test_drop_data_renders_only_the_backup_then_drop_job_with_root_from_a_secret_ref():
    objects = render("""\
        siteBackups: {volume: site-backups}
        sites:
          - {name: gone.example.com, state: absent, dropData: true}
        """, validate=True)
    site = of_site(objects, "gone.example.com")
    drop = job(site, "gone-example-com", "drop")
    assert list(site) == [("Job", drop["metadata"]["name"])]
    assert container(drop)["args"] == ["bash", "-c", site_scripts.DROP_SITE]
    variables = env(drop)
    assert variables["DB_ROOT_USERNAME"] == "root" and variables["BACKUP_DIR"] == "/backups"
    assert variables["DB_ROOT_PASSWORD"] == {"secretKeyRef": {"name": "erp-mariadb-root", "key": "password"}}
    assert ("Password", "erp-site-password") not in objects


def test_every_site_object_is_valid_against_the_real_schemas(sites):
    validator = Validator("1.33")
    assert [p for o in sites.values() for p in validator.problems(o)] == []
    kinds = {kind for kind, _ in sites}
    assert {"Certificate", "ExternalSecret", "Password", "Database", "User", "Grant", "MariaDB",
            "CronJob", "Job", "Ingress", "NetworkPolicy"} <= kinds


def test_site_job_pods_are_denied_ingress(sites):
    policy = sites["NetworkPolicy", "production-bench-sites-deny-ingress"]
    assert policy["spec"]["ingress"] == [] and policy["spec"]["podSelector"]["matchLabels"] == {
        "app.kubernetes.io/name": "frappe-site", "frappe-k8s.io/sites-volume": "production-bench-sites"}
    create = job(sites, "customer-example-com", "create")
    labels = create["spec"]["template"]["metadata"]["labels"]
    assert all(labels[k] == v for k, v in policy["spec"]["podSelector"]["matchLabels"].items())


def test_render_tells_what_an_absent_site_keeps_and_what_a_drop_leaves_to_do():
    from frappe_k8s.overview import site_notes

    platform = loader.parse(HEAD + textwrap.indent(textwrap.dedent("""\
        sites:
          - {name: kept.example.com, state: absent, database: {mode: dedicated}}
          - {name: gone.example.com, state: absent, dropData: true}
          - {name: live.example.com}
        """), "    "), "platform.yaml")
    kept, gone = site_notes(platform)
    assert kept.startswith("site kept.example.com is absent and stopped (maintenance mode, scheduler off): kept are"
                           " its database kept_example_com_")
    assert "its MariaDB kept-example-com-mariadb and its folder on erp-sites" in kept
    assert "kubectl -n erp delete databases,users,grants,externalsecrets,sealedsecrets,mariadbs" in gone
    assert gone.endswith("-l frappe-k8s.io/site=gone.example.com; then remove the site from platform.yaml")


def test_every_pod_on_the_sites_volume_may_reach_redis(example_dist):
    """Site Jobs run bench commands that talk to Redis: the bench's Redis policies must admit them too."""
    objects = [*load_objects(example_dist / "bench-production-bench"), *load_objects(example_dist / SITES)]
    policies = [o for o in objects if o["kind"] == "NetworkPolicy" and "redis" in o["metadata"]["name"]]
    assert len(policies) == 2
    templates = []
    for o in objects:
        spec = o.get("spec", {})
        template = spec.get("template") or spec.get("jobTemplate", {}).get("spec", {}).get("template")
        claims = [v.get("persistentVolumeClaim", {}).get("claimName") for v in (template or {}).get("spec", {}).get(
            "volumes", [])]
        if "production-bench-sites" in claims:
            templates.append((o["metadata"]["name"], template["metadata"]["labels"]))
    assert any(name.startswith("customer-example-com-create-") for name, _ in templates)
    for policy in policies:
        (rule,) = policy["spec"]["ingress"]
        selectors = [f["podSelector"]["matchLabels"] for f in rule["from"] if "podSelector" in f]
        for name, labels in templates:
            assert any(all(labels.get(k) == v for k, v in s.items()) for s in selectors), (policy["metadata"]["name"], name)


def test_sites_built_in_python_are_checked_against_their_bench():
    from frappe_k8s.model.bench import ExternalDatabase, FrappeBenchProps, SitesStorage
    from frappe_k8s.model.site import SiteDatabase

    bench = FrappeBenchProps(name="erp", frappe_version="15", sites_volume=SitesStorage(storage_class="cephfs"))
    with pytest.raises(SpecError, match="apps: are not apps of the bench"):
        bench.check_site(FrappeSiteProps(name="a.example.com", apps=("frappe", "hrms")))
    external = FrappeBenchProps(name="erp", frappe_version="15", sites_volume=SitesStorage(storage_class="cephfs"),
                                database=ExternalDatabase(host="db.internal"))
    with pytest.raises(SpecError, match="database.mode: the bench's database is external"):
        external.check_site(FrappeSiteProps(name="a.example.com"))
    assert SiteDatabase(mode="dedicated").mariadb.storage_size == "10Gi"  # a dedicated server's defaults
