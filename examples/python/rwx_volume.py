"""RwxVolume from your own cdk8s app: a shared EFS volume for an SBD agent, mounted into a pod spec."""
import frappe_k8s  # first: points jsii at the Node.js wheel
import cdk8s
from frappe_k8s.constructs import RwxVolume, RwxVolumeProps, EfsDynamic

app = cdk8s.App()
chart = cdk8s.Chart(app, "sbd", disable_resource_name_hashes=True)
shared = RwxVolume(chart, "shared", RwxVolumeProps(
    name="sbd-shared", namespace="sbd-system", size="10Gi",
    backend=EfsDynamic(file_system_id="fs-0a1b2c3d4e5f60718", uid=1000, gid=1000), verify=True))
pod_spec = {"containers": [{"name": "agent", "image": "quay.io/medik8s/sbd-agent:v0.1.0"}]}
shared.mount(pod_spec, "/shared", containers=["agent"])   # adds the volume and the volumeMount
app.synth()
