"""FrappeSite from your own cdk8s app: a site with TLS and nightly backups, in a chart of its own."""
import frappe_k8s  # first: points jsii at the Node.js wheel
import cdk8s
from frappe_k8s.constructs import FrappeBench, FrappeSite
from frappe_k8s.model.bench import FrappeBenchProps, SitesStorage
from frappe_k8s.model.site import FrappeSiteProps, Routing, SiteBackup, Tls

app = cdk8s.App()
bench_chart = cdk8s.Chart(app, "erp", disable_resource_name_hashes=True)
bench = FrappeBench(bench_chart, "bench", FrappeBenchProps(
    name="erp", frappe_version="15", sites_volume=SitesStorage(storage_class="cephfs")))
sites_chart = cdk8s.Chart(app, "erp-sites", disable_resource_name_hashes=True)
site = FrappeSite(sites_chart, "shop", FrappeSiteProps(
    name="shop.example.com", routing=Routing(ingress_class_name="nginx", tls=Tls(cluster_issuer="letsencrypt")),
    backup=SiteBackup(volume="site-backups")), bench)
site.props.database_name, site.name_of("backup")   # "shop_example_com_…", "shop-example-com-backup"
app.synth()
