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


class Database(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mariadb_database_commariadbk8s.Database",
):
    '''Database is the Schema for the databases API.

    It is used to define a logical database as if you were running a 'CREATE DATABASE' statement.

    :schema: Database
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["DatabaseSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Database" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: DatabaseSpec defines the desired state of Database.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5de0ef0f564aa600928e7e48ea4daa0682e84d9ab78f9bb0151cdf19cf25197c)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = DatabaseProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["DatabaseSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Database".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: DatabaseSpec defines the desired state of Database.
        '''
        props = DatabaseProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Database".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="mariadb_database_commariadbk8s.DatabaseProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class DatabaseProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["DatabaseSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Database is the Schema for the databases API.

        It is used to define a logical database as if you were running a 'CREATE DATABASE' statement.

        :param metadata: 
        :param spec: DatabaseSpec defines the desired state of Database.

        :schema: Database
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = DatabaseSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ce4716e1833e9756f3d4567b390f2babc1dfef4fa9bf36c0251c69dc3703265d)
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
        :schema: Database#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["DatabaseSpec"]:
        '''DatabaseSpec defines the desired state of Database.

        :schema: Database#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["DatabaseSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_database_commariadbk8s.DatabaseSpec",
    jsii_struct_bases=[],
    name_mapping={
        "maria_db_ref": "mariaDbRef",
        "character_set": "characterSet",
        "cleanup_policy": "cleanupPolicy",
        "collate": "collate",
        "name": "name",
        "requeue_interval": "requeueInterval",
        "retry_interval": "retryInterval",
    },
)
class DatabaseSpec:
    def __init__(
        self,
        *,
        maria_db_ref: typing.Union["DatabaseSpecMariaDbRef", typing.Dict[builtins.str, typing.Any]],
        character_set: typing.Optional[builtins.str] = None,
        cleanup_policy: typing.Optional["DatabaseSpecCleanupPolicy"] = None,
        collate: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        requeue_interval: typing.Optional[builtins.str] = None,
        retry_interval: typing.Optional[builtins.str] = None,
    ) -> None:
        '''DatabaseSpec defines the desired state of Database.

        :param maria_db_ref: MariaDBRef is a reference to a MariaDB object.
        :param character_set: CharacterSet to use in the Database.
        :param cleanup_policy: CleanupPolicy defines the behavior for cleaning up a SQL resource.
        :param collate: Collate to use in the Database.
        :param name: Name overrides the default Database name provided by metadata.name.
        :param requeue_interval: RequeueInterval is used to perform requeue reconciliations.
        :param retry_interval: RetryInterval is the interval used to perform retries.

        :schema: DatabaseSpec
        '''
        if isinstance(maria_db_ref, dict):
            maria_db_ref = DatabaseSpecMariaDbRef(**maria_db_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ac6efab402d520c119929a2598130f000b9dd25efb7e365af6674723c9a6a7c5)
            check_type(argname="argument maria_db_ref", value=maria_db_ref, expected_type=type_hints["maria_db_ref"])
            check_type(argname="argument character_set", value=character_set, expected_type=type_hints["character_set"])
            check_type(argname="argument cleanup_policy", value=cleanup_policy, expected_type=type_hints["cleanup_policy"])
            check_type(argname="argument collate", value=collate, expected_type=type_hints["collate"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument requeue_interval", value=requeue_interval, expected_type=type_hints["requeue_interval"])
            check_type(argname="argument retry_interval", value=retry_interval, expected_type=type_hints["retry_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "maria_db_ref": maria_db_ref,
        }
        if character_set is not None:
            self._values["character_set"] = character_set
        if cleanup_policy is not None:
            self._values["cleanup_policy"] = cleanup_policy
        if collate is not None:
            self._values["collate"] = collate
        if name is not None:
            self._values["name"] = name
        if requeue_interval is not None:
            self._values["requeue_interval"] = requeue_interval
        if retry_interval is not None:
            self._values["retry_interval"] = retry_interval

    @builtins.property
    def maria_db_ref(self) -> "DatabaseSpecMariaDbRef":
        '''MariaDBRef is a reference to a MariaDB object.

        :schema: DatabaseSpec#mariaDbRef
        '''
        result = self._values.get("maria_db_ref")
        assert result is not None, "Required property 'maria_db_ref' is missing"
        return typing.cast("DatabaseSpecMariaDbRef", result)

    @builtins.property
    def character_set(self) -> typing.Optional[builtins.str]:
        '''CharacterSet to use in the Database.

        :schema: DatabaseSpec#characterSet
        '''
        result = self._values.get("character_set")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cleanup_policy(self) -> typing.Optional["DatabaseSpecCleanupPolicy"]:
        '''CleanupPolicy defines the behavior for cleaning up a SQL resource.

        :schema: DatabaseSpec#cleanupPolicy
        '''
        result = self._values.get("cleanup_policy")
        return typing.cast(typing.Optional["DatabaseSpecCleanupPolicy"], result)

    @builtins.property
    def collate(self) -> typing.Optional[builtins.str]:
        '''Collate to use in the Database.

        :schema: DatabaseSpec#collate
        '''
        result = self._values.get("collate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name overrides the default Database name provided by metadata.name.

        :schema: DatabaseSpec#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def requeue_interval(self) -> typing.Optional[builtins.str]:
        '''RequeueInterval is used to perform requeue reconciliations.

        :schema: DatabaseSpec#requeueInterval
        '''
        result = self._values.get("requeue_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retry_interval(self) -> typing.Optional[builtins.str]:
        '''RetryInterval is the interval used to perform retries.

        :schema: DatabaseSpec#retryInterval
        '''
        result = self._values.get("retry_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="mariadb_database_commariadbk8s.DatabaseSpecCleanupPolicy")
class DatabaseSpecCleanupPolicy(enum.Enum):
    '''CleanupPolicy defines the behavior for cleaning up a SQL resource.

    :schema: DatabaseSpecCleanupPolicy
    '''

    SKIP = "SKIP"
    '''Skip.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.data_type(
    jsii_type="mariadb_database_commariadbk8s.DatabaseSpecMariaDbRef",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "namespace": "namespace",
        "wait_for_it": "waitForIt",
    },
)
class DatabaseSpecMariaDbRef:
    def __init__(
        self,
        *,
        kind: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        wait_for_it: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''MariaDBRef is a reference to a MariaDB object.

        :param kind: Kind of the referent.
        :param name: 
        :param namespace: 
        :param wait_for_it: WaitForIt indicates whether the controller using this reference should wait for MariaDB to be ready.

        :schema: DatabaseSpecMariaDbRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__51c390f101674d4e62257684414073634a9c114c8415787925046ad953064642)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument wait_for_it", value=wait_for_it, expected_type=type_hints["wait_for_it"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace
        if wait_for_it is not None:
            self._values["wait_for_it"] = wait_for_it

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind of the referent.

        :schema: DatabaseSpecMariaDbRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DatabaseSpecMariaDbRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DatabaseSpecMariaDbRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def wait_for_it(self) -> typing.Optional[builtins.bool]:
        '''WaitForIt indicates whether the controller using this reference should wait for MariaDB to be ready.

        :schema: DatabaseSpecMariaDbRef#waitForIt
        '''
        result = self._values.get("wait_for_it")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseSpecMariaDbRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "Database",
    "DatabaseProps",
    "DatabaseSpec",
    "DatabaseSpecCleanupPolicy",
    "DatabaseSpecMariaDbRef",
]

publication.publish()

def _typecheckingstub__5de0ef0f564aa600928e7e48ea4daa0682e84d9ab78f9bb0151cdf19cf25197c(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[DatabaseSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce4716e1833e9756f3d4567b390f2babc1dfef4fa9bf36c0251c69dc3703265d(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[DatabaseSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac6efab402d520c119929a2598130f000b9dd25efb7e365af6674723c9a6a7c5(
    *,
    maria_db_ref: typing.Union[DatabaseSpecMariaDbRef, typing.Dict[builtins.str, typing.Any]],
    character_set: typing.Optional[builtins.str] = None,
    cleanup_policy: typing.Optional[DatabaseSpecCleanupPolicy] = None,
    collate: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    requeue_interval: typing.Optional[builtins.str] = None,
    retry_interval: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__51c390f101674d4e62257684414073634a9c114c8415787925046ad953064642(
    *,
    kind: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    wait_for_it: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass
