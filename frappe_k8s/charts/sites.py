"""The `sites-<bench>` apps: the sites of one bench, synced after the bench they run on."""
from __future__ import annotations

from constructs import Construct

from frappe_k8s.charts.app_chart import AppChart
from frappe_k8s.constructs.frappe_bench import SITES_LABEL, FrappeBench
from frappe_k8s.constructs.frappe_site import APP_NAME, FrappeSite, password_generator
from frappe_k8s.constructs.k8s_object import k8s_object
from frappe_k8s.labels import NAME, standard_labels
from frappe_k8s.sync import wave


class SitesChart(AppChart):
    """Every FrappeSite of one bench, rendered into dist/sites-<bench>/, with one Password generator they share
    and, when the bench has NetworkPolicies, one that denies all ingress to the sites' Job pods."""

    def __init__(self, scope: Construct, bench: FrappeBench):
        props = bench.props
        super().__init__(scope, f"sites-{props.name}", depends_on=(f"bench-{props.name}",))
        generator = f"{props.name}-site-password"
        if any(site.admin_password.generated or site.database.password.generated for site in props.sites
               if not site.drop_data):
            password_generator(self, generator, bench.namespace, standard_labels(APP_NAME, props.name, "secrets"))
        if props.network_policy.enabled:
            k8s_object(self, "deny-ingress", api_version="networking.k8s.io/v1", kind="NetworkPolicy",
                       name=f"{props.name}-sites-deny-ingress", namespace=bench.namespace,
                       labels=standard_labels(APP_NAME, props.name, "jobs"), annotations=wave(0), spec={
                           "podSelector": {"matchLabels": {NAME: APP_NAME, SITES_LABEL: bench.sites.claim_name}},
                           "policyTypes": ["Ingress"], "ingress": []})
        self.sites = [FrappeSite(self, site.object_id, site, bench, password_generator=generator)
                      for site in props.sites]
