"""Synthetic fleets: platform.yaml texts with N sites over B benches, for the benchmark and the tests.

Pure Python, no cdk8s. A fleet has what a real hosting platform has around its sites: a Rook Ceph cluster with
a CephFS class, Velero with two schedules, RWX volumes (one backup volume per bench namespace, an NFS share) and
the GitOps wiring. Sites are spread round-robin over the benches and vary a little (extra domains, an existing
admin password Secret), so the render exercises more than one code path.
"""
from __future__ import annotations

import yaml

HEADER = """\
name: fleet
cluster: {csiDrivers: [nfs.csi.k8s.io]}
defaults:
  kubernetesVersion: "1.33"
  storageClass: cephfs
  domainSuffix: example.com
  labels: {example.com/team: platform}
  routing: {ingressClassName: nginx, tls: {clusterIssuer: letsencrypt-prod}}
"""


def fleet_platform(sites: int, benches: int) -> str:
    """platform.yaml text of `sites` sites over `benches` benches (each bench in its own namespace)."""
    if sites < 0 or benches < 1:
        raise ValueError(f"need sites >= 0 and benches >= 1 (got {sites} sites, {benches} benches)")
    nodes = [{"name": f"node-{i}", "devices": [{"name": "/dev/sdb", "size": "4000G"}]} for i in range(1, 4)]
    volumes = [{"name": "site-backups", "namespace": f"erp-{b:02d}", "size": "20Gi", "storageClass": "cephfs"}
               for b in range(benches)]
    volumes.append({"name": "shared-files", "namespace": "frappe-shared", "size": "50Gi", "verify": True,
                    "nfs": {"server": "10.0.0.2", "share": "/srv/nfs"}})
    storage = {
        "rook": {"snapshotController": True},
        "cephClusters": [{"name": "rook-ceph", "nodes": nodes, "filesystems": [{
            "name": "shared-fs", "dataPools": [{"name": "data0", "replicated": {"size": 3}}],
            "storageClass": {"name": "cephfs", "isDefault": True}}]}],
        "volumes": volumes,
    }
    bench_list = []
    for b in range(benches):
        bench_sites = []
        for s in range(b, sites, benches):
            site: dict = {"name": f"site-{s:04d}"}
            if s % 10 == 3:
                site["domains"] = [f"www.site-{s:04d}.example.org"]
            if s % 7 == 5:
                site["adminPassword"] = {"secretRef": {"name": "site-admin-password"}}
            bench_sites.append(site)
        bench_list.append({
            "name": f"erp-{b:02d}", "frappeVersion": "15.41.2", "sitesVolume": {"size": "20Gi"},
            "database": {"mariadb": {"storageSize": "20Gi"}},
            "workers": {"short": {"autoscaling": {"maxReplicas": 5}}},
            "networkPolicy": {"ingressNamespaces": ["ingress-nginx"]},
            "siteBackups": {"volume": "site-backups", "keepLast": 7, "offsite": {
                "repository": "s3:https://s3.amazonaws.com/fleet-backups/sites", "secretName": "restic"}},
            "sites": bench_sites,
        })
    backups = {"velero": {
        "repositoryPassword": {"externalSecret": {"storeName": "vault", "key": "fleet/velero"}},
        "locations": [{"name": "default", "default": True, "bucket": "fleet-backups", "prefix": "cluster",
                       "credential": {"name": "velero-s3", "key": "cloud"}, "aws": {"region": "eu-central-1"}}],
        "schedules": [
            {"name": "benches-daily", "schedule": "0 2 * * *", "ttl": "720h", "strategy": "snapshot",
             "snapshotMoveData": True, "includedNamespaces": [f"erp-{b:02d}" for b in range(benches)]},
            {"name": "shared-daily", "schedule": "0 3 * * *", "ttl": "168h", "strategy": "fileSystem",
             "includedNamespaces": ["frappe-shared"]}]},
        # no pod here mounts the NFS share, so no file-system backup reaches it: said so, as the render asks
        "unprotected": [{"namespace": "frappe-shared", "claim": "shared-files",
                         "reason": "files the NFS server's own backup copies"}]}
    gitops = {"repoURL": "https://git.example.com/fleet/platform.git", "revision": "main", "path": "dist"}
    body = {"storage": storage, "benches": bench_list, "backups": backups, "gitops": gitops}
    return HEADER + yaml.safe_dump(body, sort_keys=False, default_flow_style=None, width=120)
