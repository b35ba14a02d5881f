"""The standard app.kubernetes.io labels every rendered object carries."""
from __future__ import annotations

NAME, INSTANCE, COMPONENT = "app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/component"
PART_OF, MANAGED_BY = "app.kubernetes.io/part-of", "app.kubernetes.io/managed-by"


def standard_labels(name: str, instance: str, component: str) -> dict[str, str]:
    """The labels a construct decides; part-of and managed-by are added after synth (frappe_k8s.rules)."""
    return {NAME: name, INSTANCE: instance, COMPONENT: component}
