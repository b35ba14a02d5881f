"""HelmOperator: one upstream Helm chart release as a GitOps source (Argo CD, Flux or both)."""
from __future__ import annotations

from constructs import Construct

from frappe_k8s.constructs.k8s_object import k8s_object, inherit_recorder
from frappe_k8s.labels import standard_labels
from frappe_k8s.model.operators import HelmOperatorProps
from frappe_k8s.sync import wave

APP_NAME = "helm-operator"
IN_CLUSTER = "https://kubernetes.default.svc"


class HelmOperator(Construct):
    """Renders, per `props.tool`, an Argo CD `Application` with a Helm source and/or a Flux
    `HelmRepository` + `HelmRelease`, all named after the release.

    The Application has no resources finalizer and does not prune automatically, so removing it
    from git never uninstalls an operator (Rook's CRDs carry `helm.sh/resource-policy: keep`).
    Its sync wave puts it before the custom resources that need it; Flux orders releases by
    `dependsOn`. The namespace is created by the tool (CreateNamespace / createNamespace).
    """

    def __init__(self, scope: Construct, construct_id: str, props: HelmOperatorProps):
        super().__init__(scope, construct_id)
        inherit_recorder(self, scope)
        self.props = props
        self.application = self._application() if props.argocd else None
        self.helm_repository = self._helm_repository() if props.flux else None
        self.helm_release = self._helm_release() if props.flux else None

    def _labels(self, component: str) -> dict[str, str]:
        return standard_labels(APP_NAME, self.props.name, component)

    def _application(self):
        p = self.props
        helm = {"releaseName": p.name, "valuesObject": dict(p.values) or None}
        return k8s_object(
            self, "application", api_version="argoproj.io/v1alpha1", kind="Application", name=p.name,
            namespace=p.argocd_namespace, labels=self._labels("argocd-application"), annotations=wave(p.sync_wave),
            spec={"project": p.argocd_project,
                  "source": {"repoURL": p.chart.repo_url, "chart": p.chart.chart, "targetRevision": p.chart.version,
                             "helm": helm},
                  "destination": {"server": IN_CLUSTER, "namespace": p.namespace},
                  "syncPolicy": {"automated": {"prune": False, "selfHeal": True},
                                 "syncOptions": ["CreateNamespace=true", "ServerSideApply=true"],
                                 # keep retrying while what it needs (CRDs of an earlier release) comes up
                                 "retry": {"limit": 10, "backoff": {"duration": "30s", "factor": 2,
                                                                    "maxDuration": "10m"}}}})

    def _helm_repository(self):
        p = self.props
        return k8s_object(self, "helm-repository", api_version="source.toolkit.fluxcd.io/v1", kind="HelmRepository",
                          name=p.name, namespace=p.flux_namespace, labels=self._labels("flux-source"),
                          spec={"url": p.chart.repo_url, "interval": p.interval})

    def _helm_release(self):
        p = self.props
        remediation = {"retries": 3}
        return k8s_object(
            self, "helm-release", api_version="helm.toolkit.fluxcd.io/v2", kind="HelmRelease", name=p.name,
            namespace=p.flux_namespace, labels=self._labels("flux-release"),
            spec={"interval": p.interval, "releaseName": p.name, "targetNamespace": p.namespace,
                  "storageNamespace": p.namespace,
                  "chart": {"spec": {"chart": p.chart.chart, "version": p.chart.version, "sourceRef": {
                      "kind": "HelmRepository", "name": p.name, "namespace": p.flux_namespace}}},
                  "install": {"createNamespace": True, "crds": "CreateReplace", "remediation": remediation},
                  "upgrade": {"crds": "CreateReplace", "remediation": remediation},
                  "dependsOn": [{"name": name} for name in p.depends_on] or None,
                  "values": dict(p.values) or None})
