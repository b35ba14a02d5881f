"""The Ceph constructs from your own cdk8s app: a three-node cluster, one CephFS filesystem, and the operators."""
import frappe_k8s  # first: points jsii at the Node.js wheel
import cdk8s
from frappe_k8s.constructs import CephCluster, CephFilesystem, HelmOperator
from frappe_k8s.model.ceph import CephClusterProps, CephDevice, CephFilesystemProps, CephNode, CephPool, CephStorageClass
from frappe_k8s.model.operators import ceph_operators

app = cdk8s.App()
chart = cdk8s.Chart(app, "ceph", disable_resource_name_hashes=True)
fs = CephFilesystemProps(name="shared-fs", data_pools=(CephPool(name="data0"),),
                         storage_class=CephStorageClass(name="cephfs", is_default=True))
nodes = tuple(CephNode(f"node-{i}", (CephDevice("/dev/sda2", "150G"),)) for i in (1, 2, 3))
CephCluster(chart, "cluster", CephClusterProps(name="rook-ceph", nodes=nodes, filesystems=(fs,)))
CephFilesystem(chart, "shared-fs", fs)
for release in ceph_operators("rook-ceph", snapshot_controller=True, tool="argocd"):
    HelmOperator(chart, release.name, release)
app.synth()
