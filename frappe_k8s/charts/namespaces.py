"""The `namespaces` app: a Namespace for every namespace the platform's folders put objects in."""
from __future__ import annotations

from typing import Iterable

from constructs import Construct

from frappe_k8s.charts.app_chart import AppChart
from frappe_k8s.constructs.k8s_object import k8s_object
from frappe_k8s.labels import standard_labels

# Namespaces every cluster has; never rendered, so never owned (or pruned) by a GitOps tool.
SYSTEM_NAMESPACES = frozenset({"default", "kube-system", "kube-public", "kube-node-lease"})


class NamespacesChart(AppChart):
    """dist/namespaces/, synced first. Flux cannot create namespaces, and Argo CD's CreateNamespace creates only
    an Application's one destination namespace, while storage/ alone spans several: so they are objects, each
    protected from pruning like every stateful kind (deleting a namespace deletes everything in it)."""

    APP = "namespaces"

    def __init__(self, scope: Construct, namespaces: Iterable[str]):
        super().__init__(scope, self.APP)
        self.namespaces = [k8s_object(self, name, api_version="v1", kind="Namespace", name=name,
                                      labels=standard_labels("namespace", name, "namespace"))
                           for name in sorted(set(namespaces) - SYSTEM_NAMESPACES)]
