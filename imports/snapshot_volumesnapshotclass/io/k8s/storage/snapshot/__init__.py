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


class VolumeSnapshotClass(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="snapshot_volumesnapshotclass_iok8sstoragesnapshot.VolumeSnapshotClass",
):
    '''VolumeSnapshotClass specifies parameters that a underlying storage system uses when creating a volume snapshot.

    A specific VolumeSnapshotClass is used by specifying its
    name in a VolumeSnapshot object.
    VolumeSnapshotClasses are non-namespaced

    :schema: VolumeSnapshotClass
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        deletion_policy: "VolumeSnapshotClassDeletionPolicy",
        driver: builtins.str,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Defines a "VolumeSnapshotClass" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param deletion_policy: deletionPolicy determines whether a VolumeSnapshotContent created through the VolumeSnapshotClass should be deleted when its bound VolumeSnapshot is deleted. Supported values are "Retain" and "Delete". "Retain" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are kept. "Delete" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are deleted. Required.
        :param driver: driver is the name of the storage driver that handles this VolumeSnapshotClass. Required.
        :param metadata: 
        :param parameters: parameters is a key-value map with storage driver specific parameters for creating snapshots. These values are opaque to Kubernetes.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__945946e74d68b34165658f5377842920f716ba44e24c0c8e78fb6bc12e9a4bdd)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = VolumeSnapshotClassProps(
            deletion_policy=deletion_policy,
            driver=driver,
            metadata=metadata,
            parameters=parameters,
        )

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        deletion_policy: "VolumeSnapshotClassDeletionPolicy",
        driver: builtins.str,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "VolumeSnapshotClass".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param deletion_policy: deletionPolicy determines whether a VolumeSnapshotContent created through the VolumeSnapshotClass should be deleted when its bound VolumeSnapshot is deleted. Supported values are "Retain" and "Delete". "Retain" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are kept. "Delete" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are deleted. Required.
        :param driver: driver is the name of the storage driver that handles this VolumeSnapshotClass. Required.
        :param metadata: 
        :param parameters: parameters is a key-value map with storage driver specific parameters for creating snapshots. These values are opaque to Kubernetes.
        '''
        props = VolumeSnapshotClassProps(
            deletion_policy=deletion_policy,
            driver=driver,
            metadata=metadata,
            parameters=parameters,
        )

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "VolumeSnapshotClass".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.enum(
    jsii_type="snapshot_volumesnapshotclass_iok8sstoragesnapshot.VolumeSnapshotClassDeletionPolicy"
)
class VolumeSnapshotClassDeletionPolicy(enum.Enum):
    '''deletionPolicy determines whether a VolumeSnapshotContent created through the VolumeSnapshotClass should be deleted when its bound VolumeSnapshot is deleted.

    Supported values are "Retain" and "Delete".
    "Retain" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are kept.
    "Delete" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are deleted.
    Required.

    :schema: VolumeSnapshotClassDeletionPolicy
    '''

    DELETE = "DELETE"
    '''Delete.'''
    RETAIN = "RETAIN"
    '''Retain.'''


@jsii.data_type(
    jsii_type="snapshot_volumesnapshotclass_iok8sstoragesnapshot.VolumeSnapshotClassProps",
    jsii_struct_bases=[],
    name_mapping={
        "deletion_policy": "deletionPolicy",
        "driver": "driver",
        "metadata": "metadata",
        "parameters": "parameters",
    },
)
class VolumeSnapshotClassProps:
    def __init__(
        self,
        *,
        deletion_policy: "VolumeSnapshotClassDeletionPolicy",
        driver: builtins.str,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''VolumeSnapshotClass specifies parameters that a underlying storage system uses when creating a volume snapshot.

        A specific VolumeSnapshotClass is used by specifying its
        name in a VolumeSnapshot object.
        VolumeSnapshotClasses are non-namespaced

        :param deletion_policy: deletionPolicy determines whether a VolumeSnapshotContent created through the VolumeSnapshotClass should be deleted when its bound VolumeSnapshot is deleted. Supported values are "Retain" and "Delete". "Retain" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are kept. "Delete" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are deleted. Required.
        :param driver: driver is the name of the storage driver that handles this VolumeSnapshotClass. Required.
        :param metadata: 
        :param parameters: parameters is a key-value map with storage driver specific parameters for creating snapshots. These values are opaque to Kubernetes.

        :schema: VolumeSnapshotClass
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f7cefea10e0a1f8cb147aa0463b7a1369e61f2373735a7317c060f6847361327)
            check_type(argname="argument deletion_policy", value=deletion_policy, expected_type=type_hints["deletion_policy"])
            check_type(argname="argument driver", value=driver, expected_type=type_hints["driver"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "deletion_policy": deletion_policy,
            "driver": driver,
        }
        if metadata is not None:
            self._values["metadata"] = metadata
        if parameters is not None:
            self._values["parameters"] = parameters

    @builtins.property
    def deletion_policy(self) -> "VolumeSnapshotClassDeletionPolicy":
        '''deletionPolicy determines whether a VolumeSnapshotContent created through the VolumeSnapshotClass should be deleted when its bound VolumeSnapshot is deleted.

        Supported values are "Retain" and "Delete".
        "Retain" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are kept.
        "Delete" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are deleted.
        Required.

        :schema: VolumeSnapshotClass#deletionPolicy
        '''
        result = self._values.get("deletion_policy")
        assert result is not None, "Required property 'deletion_policy' is missing"
        return typing.cast("VolumeSnapshotClassDeletionPolicy", result)

    @builtins.property
    def driver(self) -> builtins.str:
        '''driver is the name of the storage driver that handles this VolumeSnapshotClass.

        Required.

        :schema: VolumeSnapshotClass#driver
        '''
        result = self._values.get("driver")
        assert result is not None, "Required property 'driver' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: VolumeSnapshotClass#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def parameters(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''parameters is a key-value map with storage driver specific parameters for creating snapshots.

        These values are opaque to Kubernetes.

        :schema: VolumeSnapshotClass#parameters
        '''
        result = self._values.get("parameters")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VolumeSnapshotClassProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class VolumeSnapshotClassV1Beta1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="snapshot_volumesnapshotclass_iok8sstoragesnapshot.VolumeSnapshotClassV1Beta1",
):
    '''VolumeSnapshotClass specifies parameters that a underlying storage system uses when creating a volume snapshot.

    A specific VolumeSnapshotClass is used by specifying its name in a VolumeSnapshot object. VolumeSnapshotClasses are non-namespaced

    :schema: VolumeSnapshotClassV1Beta1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        deletion_policy: "VolumeSnapshotClassV1Beta1DeletionPolicy",
        driver: builtins.str,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Defines a "VolumeSnapshotClassV1Beta1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param deletion_policy: deletionPolicy determines whether a VolumeSnapshotContent created through the VolumeSnapshotClass should be deleted when its bound VolumeSnapshot is deleted. Supported values are "Retain" and "Delete". "Retain" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are kept. "Delete" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are deleted. Required.
        :param driver: driver is the name of the storage driver that handles this VolumeSnapshotClass. Required.
        :param metadata: 
        :param parameters: parameters is a key-value map with storage driver specific parameters for creating snapshots. These values are opaque to Kubernetes.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a1498a910b7dd5d95d79603adc41e02b5fb862922885b7a97a656edd7e94a2cd)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = VolumeSnapshotClassV1Beta1Props(
            deletion_policy=deletion_policy,
            driver=driver,
            metadata=metadata,
            parameters=parameters,
        )

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        deletion_policy: "VolumeSnapshotClassV1Beta1DeletionPolicy",
        driver: builtins.str,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "VolumeSnapshotClassV1Beta1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param deletion_policy: deletionPolicy determines whether a VolumeSnapshotContent created through the VolumeSnapshotClass should be deleted when its bound VolumeSnapshot is deleted. Supported values are "Retain" and "Delete". "Retain" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are kept. "Delete" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are deleted. Required.
        :param driver: driver is the name of the storage driver that handles this VolumeSnapshotClass. Required.
        :param metadata: 
        :param parameters: parameters is a key-value map with storage driver specific parameters for creating snapshots. These values are opaque to Kubernetes.
        '''
        props = VolumeSnapshotClassV1Beta1Props(
            deletion_policy=deletion_policy,
            driver=driver,
            metadata=metadata,
            parameters=parameters,
        )

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "VolumeSnapshotClassV1Beta1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.enum(
    jsii_type="snapshot_volumesnapshotclass_iok8sstoragesnapshot.VolumeSnapshotClassV1Beta1DeletionPolicy"
)
class VolumeSnapshotClassV1Beta1DeletionPolicy(enum.Enum):
    '''deletionPolicy determines whether a VolumeSnapshotContent created through the VolumeSnapshotClass should be deleted when its bound VolumeSnapshot is deleted.

    Supported values are "Retain" and "Delete". "Retain" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are kept. "Delete" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are deleted. Required.

    :schema: VolumeSnapshotClassV1Beta1DeletionPolicy
    '''

    DELETE = "DELETE"
    '''Delete.'''
    RETAIN = "RETAIN"
    '''Retain.'''


@jsii.data_type(
    jsii_type="snapshot_volumesnapshotclass_iok8sstoragesnapshot.VolumeSnapshotClassV1Beta1Props",
    jsii_struct_bases=[],
    name_mapping={
        "deletion_policy": "deletionPolicy",
        "driver": "driver",
        "metadata": "metadata",
        "parameters": "parameters",
    },
)
class VolumeSnapshotClassV1Beta1Props:
    def __init__(
        self,
        *,
        deletion_policy: "VolumeSnapshotClassV1Beta1DeletionPolicy",
        driver: builtins.str,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''VolumeSnapshotClass specifies parameters that a underlying storage system uses when creating a volume snapshot.

        A specific VolumeSnapshotClass is used by specifying its name in a VolumeSnapshot object. VolumeSnapshotClasses are non-namespaced

        :param deletion_policy: deletionPolicy determines whether a VolumeSnapshotContent created through the VolumeSnapshotClass should be deleted when its bound VolumeSnapshot is deleted. Supported values are "Retain" and "Delete". "Retain" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are kept. "Delete" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are deleted. Required.
        :param driver: driver is the name of the storage driver that handles this VolumeSnapshotClass. Required.
        :param metadata: 
        :param parameters: parameters is a key-value map with storage driver specific parameters for creating snapshots. These values are opaque to Kubernetes.

        :schema: VolumeSnapshotClassV1Beta1
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__34d80211482b3ea8c600c4b3fa78750d05440ff2716a6e53d00d12778272b8e0)
            check_type(argname="argument deletion_policy", value=deletion_policy, expected_type=type_hints["deletion_policy"])
            check_type(argname="argument driver", value=driver, expected_type=type_hints["driver"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "deletion_policy": deletion_policy,
            "driver": driver,
        }
        if metadata is not None:
            self._values["metadata"] = metadata
        if parameters is not None:
            self._values["parameters"] = parameters

    @builtins.property
    def deletion_policy(self) -> "VolumeSnapshotClassV1Beta1DeletionPolicy":
        '''deletionPolicy determines whether a VolumeSnapshotContent created through the VolumeSnapshotClass should be deleted when its bound VolumeSnapshot is deleted.

        Supported values are "Retain" and "Delete". "Retain" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are kept. "Delete" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are deleted. Required.

        :schema: VolumeSnapshotClassV1Beta1#deletionPolicy
        '''
        result = self._values.get("deletion_policy")
        assert result is not None, "Required property 'deletion_policy' is missing"
        return typing.cast("VolumeSnapshotClassV1Beta1DeletionPolicy", result)

    @builtins.property
    def driver(self) -> builtins.str:
        '''driver is the name of the storage driver that handles this VolumeSnapshotClass.

        Required.

        :schema: VolumeSnapshotClassV1Beta1#driver
        '''
        result = self._values.get("driver")
        assert result is not None, "Required property 'driver' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: VolumeSnapshotClassV1Beta1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def parameters(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''parameters is a key-value map with storage driver specific parameters for creating snapshots.

        These values are opaque to Kubernetes.

        :schema: VolumeSnapshotClassV1Beta1#parameters
        '''
        result = self._values.get("parameters")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VolumeSnapshotClassV1Beta1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "VolumeSnapshotClass",
    "VolumeSnapshotClassDeletionPolicy",
    "VolumeSnapshotClassProps",
    "VolumeSnapshotClassV1Beta1",
    "VolumeSnapshotClassV1Beta1DeletionPolicy",
    "VolumeSnapshotClassV1Beta1Props",
]

publication.publish()

def _typecheckingstub__945946e74d68b34165658f5377842920f716ba44e24c0c8e78fb6bc12e9a4bdd(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    deletion_policy: VolumeSnapshotClassDeletionPolicy,
    driver: builtins.str,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7cefea10e0a1f8cb147aa0463b7a1369e61f2373735a7317c060f6847361327(
    *,
    deletion_policy: VolumeSnapshotClassDeletionPolicy,
    driver: builtins.str,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a1498a910b7dd5d95d79603adc41e02b5fb862922885b7a97a656edd7e94a2cd(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    deletion_policy: VolumeSnapshotClassV1Beta1DeletionPolicy,
    driver: builtins.str,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34d80211482b3ea8c600c4b3fa78750d05440ff2716a6e53d00d12778272b8e0(
    *,
    deletion_policy: VolumeSnapshotClassV1Beta1DeletionPolicy,
    driver: builtins.str,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass
