"""The `sites-<bench>` apps: the sites of one bench, synced after the bench they run on."""
from __future__ import annotations

from cdk8s import Chart
from constructs import Construct

from frappe_k8s.constructs.frappe_bench import FrappeBench
from frappe_k8s.constructs.frappe_site import FrappeSite, password_generator
from frappe_k8s.labels import standard_labels


class SitesChart(Chart):
    """Every FrappeSite of one bench, rendered into dist/sites-<bench>/, with one Password generator they share."""

    def __init__(self, scope: Construct, bench: FrappeBench):
        props = bench.props
        super().__init__(scope, f"sites-{props.name}", disable_resource_name_hashes=True)
        generator = f"{props.name}-site-password"
        if any(site.admin_password.generated or site.database.password.generated for site in props.sites
               if not site.drop_data):
            password_generator(self, generator, bench.namespace, standard_labels("frappe-site", props.name, "secrets"))
        self.sites = [FrappeSite(self, site.object_id, site, bench, password_generator=generator)
                      for site in props.sites]
