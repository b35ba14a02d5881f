"""One helper to put a whole Kubernetes object into a cdk8s tree with few jsii round trips, or none.

Typed L1 classes cost about 0.3-0.5 ms per round trip and check every struct in Python;
an ApiObject plus one JSON patch per top-level field crosses the boundary a handful of
times per object (see ../shared/guides/cdk8s-toolchain.md, section 6). The rendered YAML is
validated against the strict Kubernetes and CRD schemas after synth, so nothing is lost.

Inside a chart that records (frappe_k8s.charts.AppChart, the renderer's charts), an object never crosses the
boundary while it is built: it is a `RecordedObject` the chart emits from its `to_json()` (which `app.synth()`
calls too), shaped exactly as cdk8s would synthesize it. Constructs stay real cdk8s constructs either way, and in
any other chart (`cdk8s.Chart` in your own app) they create real `ApiObject`s.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Optional, Sequence, Union

from cdk8s import ApiObject, ApiObjectMetadata, JsonPatch
from constructs import Construct

from frappe_k8s.canonical import compact, spec_hash  # noqa: F401  spec_hash re-exported for the constructs


@dataclass
class RecordedMetadata:
    """The metadata of a RecordedObject, with the mutators of cdk8s' ApiObjectMetadataDefinition we use."""

    name: str
    namespace: Optional[str] = None
    labels: dict[str, str] = field(default_factory=dict)
    annotations: dict[str, str] = field(default_factory=dict)
    finalizers: list[str] = field(default_factory=list)

    def add_annotation(self, key: str, value: str) -> None:
        self.annotations[key] = value

    def add_label(self, key: str, value: str) -> None:
        self.labels[key] = value

    def to_json(self) -> dict:
        """As cdk8s writes metadata: empty and unset fields left out."""
        fields = {"name": self.name, "namespace": self.namespace, "annotations": self.annotations,
                  "finalizers": self.finalizers, "labels": self.labels}
        return {k: _as_json(v) for k, v in fields.items() if v not in (None, {}, [])}


@dataclass
class RecordedObject:
    """A Kubernetes object of a recording chart: plain Python until the chart synthesizes."""

    api_version: str
    kind: str
    metadata: RecordedMetadata
    body: dict

    @property
    def name(self) -> str:
        return self.metadata.name

    def to_json(self) -> dict:
        """What cdk8s' ApiObject.toJson() gives for the same object: JSON values (tuples become lists, a float
        with no fraction an integer, as in JavaScript), None-valued keys left out."""
        return {"apiVersion": self.api_version, "kind": self.kind, "metadata": self.metadata.to_json(),
                **_as_json(compact(self.body))}


class Recorder:
    """The RecordedObjects of one chart, in creation order. Constructs find it on their scope (`_recorder`)."""

    def __init__(self) -> None:
        self.objects: list[RecordedObject] = []

    def to_json(self) -> list[dict]:
        return [obj.to_json() for obj in self.objects]


def recorder_of(scope: Construct) -> Optional[Recorder]:
    """The recorder objects created in `scope` go to: set on recording charts, inherited by constructs that call
    `inherit_recorder`; None in any other scope (real ApiObjects then). A plain attribute: no jsii round trip."""
    return getattr(scope, "_recorder", None)


def inherit_recorder(construct: Construct, scope: Construct) -> None:
    """Called by each construct's __init__: its objects are recorded when its scope's are."""
    construct._recorder = recorder_of(scope)


def _as_json(value: object) -> object:
    if isinstance(value, dict):
        return {k: _as_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_as_json(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def k8s_object(scope: Construct, construct_id: str, *, api_version: str, kind: str, name: str,
               labels: Mapping[str, str], namespace: Optional[str] = None,
               annotations: Optional[Mapping[str, str]] = None, finalizers: Sequence[str] = (),
               **body: object) -> Union[ApiObject, RecordedObject]:
    """An object whose every field but metadata is given as plain JSON-style values (camelCase keys).

    `name` is always explicit, so cdk8s never adds a hash suffix. Keys whose value is None are left
    out at any depth, so optional fields can be written inline. In a recording chart it returns a
    RecordedObject (no jsii call), elsewhere an ApiObject; both have `metadata.add_annotation()`.
    """
    recorder = recorder_of(scope)
    if recorder is not None:
        obj = RecordedObject(api_version, kind, RecordedMetadata(
            name, namespace, dict(labels), dict(annotations or {}), list(finalizers)), dict(body))
        recorder.objects.append(obj)
        return obj
    metadata = ApiObjectMetadata(name=name, namespace=namespace, labels=dict(labels),
                                 annotations=dict(annotations) if annotations else None,
                                 finalizers=list(finalizers) or None)
    obj = ApiObject(scope, construct_id, api_version=api_version, kind=kind, metadata=metadata)
    if body:
        obj.add_json_patch(*(JsonPatch.add(f"/{key}", value) for key, value in compact(body).items()))
    return obj
