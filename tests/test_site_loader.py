"""benches[].sites[] in platform.yaml: defaults, precedence, and every mistake with its path and fix."""
import textwrap

import pytest

from frappe_k8s import loader
from frappe_k8s.model.site import (DEDICATED, EXTERNAL, SHARED, FrappeSiteProps, GatewayRef, Routing, SiteBackup,
                                   SiteDatabase, Tls)

from conftest import platform_problems

HEAD = """\
name: demo
defaults: {storageClass: cephfs, domainSuffix: example.com}
storage:
  externalStorageClasses: [{name: cephfs}, {name: local-path, readWriteMany: false}]
  volumes:
    - {name: site-backups, namespace: erp, size: 5Gi}
    - {name: rwo-backups, namespace: erp, size: 5Gi, storageClass: local-path, accessModes: [ReadWriteOnce], allowReadWriteOnce: true}
    - {name: other-backups, namespace: other, size: 5Gi}
benches:
  - name: erp
    frappeVersion: "15"
"""


def sites_yaml(text: str) -> str:
    return HEAD + textwrap.indent(textwrap.dedent(text), "    ")


def parse(text: str) -> tuple[FrappeSiteProps, ...]:
    return loader.parse(sites_yaml(text), "platform.yaml").benches[0].sites


def test_a_minimal_site_gets_every_default():
    (site,) = parse("sites: [{name: erp}]\n")
    assert site == FrappeSiteProps(name="erp.example.com", routing=Routing())
    assert site.database == SiteDatabase(mode=SHARED) and site.state == "present" and not site.backup.active
    assert site.object_id == "erp-example-com" and site.hosts == ("erp.example.com",)


def test_defaults_routing_replaces_a_site_routing_as_a_whole():
    head_routing = "defaults: {storageClass: cephfs, routing: {ingressClassName: nginx, tls: {clusterIssuer: le}}}"
    platform = loader.parse(sites_yaml("""\
        sites:
          - {name: a.example.com}
          - {name: b.example.com, routing: {annotations: {x: "1"}}}
        """).replace("defaults: {storageClass: cephfs, domainSuffix: example.com}", head_routing))
    a, b = platform.benches[0].sites
    assert a.routing == Routing(ingress_class_name="nginx", tls=Tls(cluster_issuer="le"))
    assert b.routing == Routing(annotations=(("x", "1"),))


def test_bench_site_backups_are_merged_field_by_field():
    a, b = parse("""\
        siteBackups: {volume: site-backups, keepLast: 3, offsite: {repository: "s3:https://s3/b", secretName: r}}
        sites:
          - {name: a.example.com}
          - {name: b.example.com, backup: {keepLast: 9, offsite: {repository: "s3:https://s3/b", secretName: r, keepLast: 2}}}
        """)
    assert a.backup == SiteBackup(volume="site-backups", keep_last=3, offsite=a.backup.offsite) and a.backup.active
    assert b.backup.keep_last == 9 and b.backup.volume == "site-backups"
    assert (b.backup.offsite.repository, b.backup.offsite.keep_last) == ("s3:https://s3/b", 2)


def test_external_site_inherits_the_bench_external_server():
    (site,) = parse("""\
        database: {external: {host: db.internal, type: postgres, port: 6432}}
        sites: [{name: pg.example.com, apps: [frappe], database: {external: {rootPasswordSecretRef: {name: root}}}}]
        """)
    external = site.database.external
    assert site.database.mode == EXTERNAL and (external.host, external.type, external.port) == ("db.internal", "postgres", 6432)


def test_dedicated_site_gets_the_platform_mariadb_image():
    platform = loader.parse(sites_yaml("sites: [{name: d.example.com, database: {mode: dedicated}}]\n").replace(
        "defaults: {", "defaults: {images: {mariadb: registry.example/mariadb:11}, "))
    (site,) = platform.benches[0].sites
    assert site.database.mode == DEDICATED and site.database.mariadb.image == "registry.example/mariadb:11"


def test_gateway_reference():
    (site,) = parse("""\
        networkPolicy: {ingressNamespaces: [gw]}
        sites: [{name: a.example.com, routing: {type: httpRoute, gateway: {name: public, namespace: gw}}}]
        """)
    assert site.routing.gateway == GatewayRef(name="public", namespace="gw")


@pytest.mark.parametrize("text, expected", [
    ("sites: [{name: Erp.example.com}]",
     "benches[0].sites[0].name: is not valid (got 'Erp.example.com'). Fix: use a lowercase host name"),
    ("sites: {size: 10Gi}",
     "benches[0].sites: must be of type array (got {'size': '10Gi'}). Fix: sites lists the bench's sites"),
    ("sites: [{name: a.example.com}, {name: a.example.com}]",
     "benches[0].sites[1].name: shares its host name with site 'a.example.com' (got 'a.example.com')."),
    ("sites: [{name: a-b.example.com}, {name: a.b-example.com}, {name: a.b.example.com}]",
     "benches[0].sites[1].name: shares its id with site 'a-b.example.com' (got 'a.b-example.com'). Fix: give the"
     " sites distinct names, or set id on one of them"),
    ("sites: [{name: a.example.com, domains: [b.example.com]}, {name: b.example.com}]",
     "benches[0].sites[1].name: shares its host name with site 'a.example.com'"),
    ("sites: [{name: a.example.com, apps: [frappe, hrms]}]",
     "benches[0].sites[0].apps: are not apps of the bench (it has ['frappe', 'erpnext']) (got ['hrms'])."),
    ("sites: [{name: " + "x" * 60 + ".com, id: long}]",
     "benches[0].sites[0].name: is not valid (got '" + "x" * 60 + ".com'). Fix: use a lowercase host name of at most"
     " 63 characters"),
    ("sites: [{name: " + "x" * 45 + ".example.com}]",
     "benches[0].sites[0].id: the name makes an object name stem longer than 40 characters (got None). Fix: set id"),
    ("sites: [{name: a.example.com, dropData: true}]",
     "benches[0].sites[0].dropData: drops a site that is still present (got True). Fix: set state: absent first"),
    ("sites: [{name: a.example.com, database: {mode: external}}]",
     "benches[0].sites[0].database.external: an external database needs the server's root credentials"),
    ("sites: [{name: a.example.com, database: {mode: external, external: {rootPasswordSecretRef: {name: r}}}}]",
     "benches[0].sites[0].database.external.host: the bench has no external database to default to"),
    ("sites: [{name: a.example.com, database: {mariadb: {storageSize: 5Gi}}}]",
     "benches[0].sites[0].database.mariadb: sets a server only a dedicated database has"),
    ("sites: [{name: a.example.com, database: {mode: dedicated, mariadb: {storageClass: nfs}}}]",
     "benches[0].sites[0].database.mariadb.storageClass: StorageClass 'nfs' is neither declared nor rendered here"),
    ("sites: [{name: a.example.com, routing: {type: route, termination: passthrough}}]",
     "benches[0].sites[0].routing.termination: needs TLS at the pod, and the bench's nginx serves plain HTTP on 8080"),
    ("sites: [{name: a.example.com, domains: [b.example.com], routing: {type: route}}]",
     "benches[0].sites[0].domains: an OpenShift Route cannot send nginx the site's name as Host"),
    ("sites: [{name: a.example.com, routing: {type: httpRoute}}]",
     "benches[0].sites[0].routing.gateway: an HTTPRoute attaches to a Gateway (got None)."),
    ("sites: [{name: a.example.com, routing: {type: route, tls: {issuer: x}}}]",
     "benches[0].sites[0].routing.tls: applies only to type: ingress"),
    ("sites: [{name: a.example.com, routing: {type: httpRoute, gateway: {name: gw, namespace: edge}}}]",
     "benches[0].sites[0].routing.gateway.namespace: the Gateway's namespace 'edge' may not reach the bench's nginx."),
    ("sites: [{name: a.example.com, routing: {tls: {issuer: a, clusterIssuer: b}}}]",
     "benches[0].sites[0].routing.tls: is not valid"),
    ("sites: [{name: a.example.com, backup: {enabled: true}}]",
     "benches[0].sites[0].backup: backups are enabled but no volume is set."),
    ("sites: [{name: a.example.com, backup: {volume: other-backups}}]",
     "benches[0].sites[0].backup.volume: volume 'other-backups' is not declared in storage.volumes in the bench's"
     " namespace 'erp' (it is in ['other'])."),
    ("siteBackups: {volume: rwo-backups}\nsites: [{name: a.example.com}]",
     "benches[0].siteBackups.volume: volume 'rwo-backups' is not ReadWriteMany"),
    ("sites: [{name: a.example.com, backup: {volume: site-backups, schedule: '0 25 * * *'}}]",
     "benches[0].sites[0].backup.schedule"),
    ("siteBackups: {volume: site-backups, timeZone: Mars/Olympus}\nsites: [{name: a.example.com}]",
     "benches[0].siteBackups.timeZone: is not a known time zone (got 'Mars/Olympus'). Fix: use an IANA zone"),
    ("sites: [{name: a.example.com, backup: {volume: site-backups, schedule: 'CRON_TZ=UTC 0 1 * * *'}}]",
     "benches[0].sites[0].backup.schedule: names a time zone, which Kubernetes refuses in a CronJob's schedule"),
    ("sites: [{name: a.example.com, restore: {backup: last}}]",
     "benches[0].sites[0].restore.backup: is not valid (got 'last'). Fix: name a timestamp folder"),
    ("sites: [{name: a.example.com, restore: {backup: 20261120T010203Z}}]",
     "benches[0].sites[0].restore: restores from the backup volume, and this site has none"),
    ("sites: [{name: a.example.com, state: absent, restore: {backup: 20261120T010203Z}}]",
     "benches[0].sites[0].restore: restores a site that is absent"),
    ("database: {mariadbRef: {name: shared}}\nsites: [{name: a.example.com, state: absent, dropData: true}]",
     "benches[0].sites[0].dropData: dropping a site needs the root password of the MariaDB 'shared', which the"
     " bench does not reference"),
    ("database: {external: {host: db.internal}}\nsites: [{name: a.example.com, database: {mode: shared}}]",
     "benches[0].sites[0].database.mode: the bench's database is external"),
    ("sites: [{name: a.example.com, adminPassword: {secretRef: {name: s}, sealedValue: " + "A" * 64 + "}}]",
     "benches[0].sites[0].adminPassword: is not valid"),
])
def test_site_mistakes_name_the_field_the_value_and_the_fix(text, expected):
    found = platform_problems(sites_yaml(text + "\n"))
    assert any(expected in problem for problem in found), found
    assert all("Traceback" not in problem for problem in found)
