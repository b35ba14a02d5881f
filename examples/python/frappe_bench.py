"""FrappeBench from your own cdk8s app: one bench on a CephFS class, two gunicorn pods."""
import frappe_k8s  # first: points jsii at the Node.js wheel
import cdk8s
from frappe_k8s.constructs import FrappeBench
from frappe_k8s.model.bench import FrappeBenchProps, FrappeImage, Gunicorn, SitesStorage

app = cdk8s.App()
chart = cdk8s.Chart(app, "erp", disable_resource_name_hashes=True)
bench = FrappeBench(chart, "bench", FrappeBenchProps(
    name="erp", frappe_version="15", image=FrappeImage(tag="v15.41.2"),
    sites_volume=SitesStorage(storage_class="cephfs"), gunicorn=Gunicorn(replicas=2)))
bench.sites.claim_name, bench.name_of("nginx")   # "erp-sites", "erp-nginx": what sites and ingresses point at
app.synth()
