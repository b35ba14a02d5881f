from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class VolumeSnapshotLocation(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="velero_volumesnapshotlocation_iovelero.VolumeSnapshotLocation",
):
    '''VolumeSnapshotLocation is a location where Velero stores volume snapshots.

    :schema: VolumeSnapshotLocation
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VolumeSnapshotLocationSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "VolumeSnapshotLocation" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: VolumeSnapshotLocationSpec defines the specification for a Velero VolumeSnapshotLocation.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1da46cf888405925bec26f24f5285568c876a886cd9d3701d4fa4346847c17c1)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = VolumeSnapshotLocationProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VolumeSnapshotLocationSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "VolumeSnapshotLocation".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: VolumeSnapshotLocationSpec defines the specification for a Velero VolumeSnapshotLocation.
        '''
        props = VolumeSnapshotLocationProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "VolumeSnapshotLocation".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="velero_volumesnapshotlocation_iovelero.VolumeSnapshotLocationProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class VolumeSnapshotLocationProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VolumeSnapshotLocationSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''VolumeSnapshotLocation is a location where Velero stores volume snapshots.

        :param metadata: 
        :param spec: VolumeSnapshotLocationSpec defines the specification for a Velero VolumeSnapshotLocation.

        :schema: VolumeSnapshotLocation
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = VolumeSnapshotLocationSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__75a5e42101dc49c96d8182d01d37385a2800e91853d8275ff68785fb61dd60d3)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: VolumeSnapshotLocation#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["VolumeSnapshotLocationSpec"]:
        '''VolumeSnapshotLocationSpec defines the specification for a Velero VolumeSnapshotLocation.

        :schema: VolumeSnapshotLocation#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["VolumeSnapshotLocationSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VolumeSnapshotLocationProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_volumesnapshotlocation_iovelero.VolumeSnapshotLocationSpec",
    jsii_struct_bases=[],
    name_mapping={
        "provider": "provider",
        "config": "config",
        "credential": "credential",
    },
)
class VolumeSnapshotLocationSpec:
    def __init__(
        self,
        *,
        provider: builtins.str,
        config: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        credential: typing.Optional[typing.Union["VolumeSnapshotLocationSpecCredential", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''VolumeSnapshotLocationSpec defines the specification for a Velero VolumeSnapshotLocation.

        :param provider: Provider is the provider of the volume storage.
        :param config: Config is for provider-specific configuration fields.
        :param credential: Credential contains the credential information intended to be used with this location.

        :schema: VolumeSnapshotLocationSpec
        '''
        if isinstance(credential, dict):
            credential = VolumeSnapshotLocationSpecCredential(**credential)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2489b720a3b167434b06fa192f50c920c07bf98159e548109eb9d8a841c5c833)
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument credential", value=credential, expected_type=type_hints["credential"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "provider": provider,
        }
        if config is not None:
            self._values["config"] = config
        if credential is not None:
            self._values["credential"] = credential

    @builtins.property
    def provider(self) -> builtins.str:
        '''Provider is the provider of the volume storage.

        :schema: VolumeSnapshotLocationSpec#provider
        '''
        result = self._values.get("provider")
        assert result is not None, "Required property 'provider' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def config(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Config is for provider-specific configuration fields.

        :schema: VolumeSnapshotLocationSpec#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def credential(self) -> typing.Optional["VolumeSnapshotLocationSpecCredential"]:
        '''Credential contains the credential information intended to be used with this location.

        :schema: VolumeSnapshotLocationSpec#credential
        '''
        result = self._values.get("credential")
        return typing.cast(typing.Optional["VolumeSnapshotLocationSpecCredential"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VolumeSnapshotLocationSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_volumesnapshotlocation_iovelero.VolumeSnapshotLocationSpecCredential",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class VolumeSnapshotLocationSpecCredential:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Credential contains the credential information intended to be used with this location.

        :param key: The key of the secret to select from. Must be a valid secret key.
        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param optional: Specify whether the Secret or its key must be defined.

        :schema: VolumeSnapshotLocationSpecCredential
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__35df03878bbf1cef91074ecc82abb22839547cafe82cfaeff8ed8d02552b0192)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key of the secret to select from.

        Must be a valid secret key.

        :schema: VolumeSnapshotLocationSpecCredential#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: VolumeSnapshotLocationSpecCredential#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the Secret or its key must be defined.

        :schema: VolumeSnapshotLocationSpecCredential#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VolumeSnapshotLocationSpecCredential(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "VolumeSnapshotLocation",
    "VolumeSnapshotLocationProps",
    "VolumeSnapshotLocationSpec",
    "VolumeSnapshotLocationSpecCredential",
]

publication.publish()

def _typecheckingstub__1da46cf888405925bec26f24f5285568c876a886cd9d3701d4fa4346847c17c1(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[VolumeSnapshotLocationSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__75a5e42101dc49c96d8182d01d37385a2800e91853d8275ff68785fb61dd60d3(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[VolumeSnapshotLocationSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2489b720a3b167434b06fa192f50c920c07bf98159e548109eb9d8a841c5c833(
    *,
    provider: builtins.str,
    config: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    credential: typing.Optional[typing.Union[VolumeSnapshotLocationSpecCredential, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__35df03878bbf1cef91074ecc82abb22839547cafe82cfaeff8ed8d02552b0192(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass
