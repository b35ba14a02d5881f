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


class Grant(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mariadb_grant_commariadbk8s.Grant",
):
    '''Grant is the Schema for the grants API.

    It is used to define grants as if you were running a 'GRANT' statement.

    :schema: Grant
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["GrantSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Grant" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: GrantSpec defines the desired state of Grant.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__194aa391c8f1db71b55ab91ca0d60b1b279d8d8996563ec9d92096ee1a26c858)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = GrantProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["GrantSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Grant".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: GrantSpec defines the desired state of Grant.
        '''
        props = GrantProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Grant".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="mariadb_grant_commariadbk8s.GrantProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class GrantProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["GrantSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Grant is the Schema for the grants API.

        It is used to define grants as if you were running a 'GRANT' statement.

        :param metadata: 
        :param spec: GrantSpec defines the desired state of Grant.

        :schema: Grant
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = GrantSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a1179cceb6ba64de2caacd5e708cca17aba72ade5520481d3f2c4af737a10b67)
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
        :schema: Grant#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["GrantSpec"]:
        '''GrantSpec defines the desired state of Grant.

        :schema: Grant#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["GrantSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrantProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_grant_commariadbk8s.GrantSpec",
    jsii_struct_bases=[],
    name_mapping={
        "maria_db_ref": "mariaDbRef",
        "privileges": "privileges",
        "username": "username",
        "cleanup_policy": "cleanupPolicy",
        "database": "database",
        "grant_option": "grantOption",
        "host": "host",
        "requeue_interval": "requeueInterval",
        "retry_interval": "retryInterval",
        "table": "table",
    },
)
class GrantSpec:
    def __init__(
        self,
        *,
        maria_db_ref: typing.Union["GrantSpecMariaDbRef", typing.Dict[builtins.str, typing.Any]],
        privileges: typing.Sequence[builtins.str],
        username: builtins.str,
        cleanup_policy: typing.Optional["GrantSpecCleanupPolicy"] = None,
        database: typing.Optional[builtins.str] = None,
        grant_option: typing.Optional[builtins.bool] = None,
        host: typing.Optional[builtins.str] = None,
        requeue_interval: typing.Optional[builtins.str] = None,
        retry_interval: typing.Optional[builtins.str] = None,
        table: typing.Optional[builtins.str] = None,
    ) -> None:
        '''GrantSpec defines the desired state of Grant.

        :param maria_db_ref: MariaDBRef is a reference to a MariaDB object.
        :param privileges: Privileges to use in the Grant.
        :param username: Username to use in the Grant.
        :param cleanup_policy: CleanupPolicy defines the behavior for cleaning up a SQL resource.
        :param database: Database to use in the Grant.
        :param grant_option: GrantOption to use in the Grant.
        :param host: Host to use in the Grant. It can be localhost, an IP or '%'.
        :param requeue_interval: RequeueInterval is used to perform requeue reconciliations.
        :param retry_interval: RetryInterval is the interval used to perform retries.
        :param table: Table to use in the Grant.

        :schema: GrantSpec
        '''
        if isinstance(maria_db_ref, dict):
            maria_db_ref = GrantSpecMariaDbRef(**maria_db_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9eeddeef106f6c0d055d277f5ff4abe58d52a9dcc02c510470f8b4eea4c82bf2)
            check_type(argname="argument maria_db_ref", value=maria_db_ref, expected_type=type_hints["maria_db_ref"])
            check_type(argname="argument privileges", value=privileges, expected_type=type_hints["privileges"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
            check_type(argname="argument cleanup_policy", value=cleanup_policy, expected_type=type_hints["cleanup_policy"])
            check_type(argname="argument database", value=database, expected_type=type_hints["database"])
            check_type(argname="argument grant_option", value=grant_option, expected_type=type_hints["grant_option"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument requeue_interval", value=requeue_interval, expected_type=type_hints["requeue_interval"])
            check_type(argname="argument retry_interval", value=retry_interval, expected_type=type_hints["retry_interval"])
            check_type(argname="argument table", value=table, expected_type=type_hints["table"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "maria_db_ref": maria_db_ref,
            "privileges": privileges,
            "username": username,
        }
        if cleanup_policy is not None:
            self._values["cleanup_policy"] = cleanup_policy
        if database is not None:
            self._values["database"] = database
        if grant_option is not None:
            self._values["grant_option"] = grant_option
        if host is not None:
            self._values["host"] = host
        if requeue_interval is not None:
            self._values["requeue_interval"] = requeue_interval
        if retry_interval is not None:
            self._values["retry_interval"] = retry_interval
        if table is not None:
            self._values["table"] = table

    @builtins.property
    def maria_db_ref(self) -> "GrantSpecMariaDbRef":
        '''MariaDBRef is a reference to a MariaDB object.

        :schema: GrantSpec#mariaDbRef
        '''
        result = self._values.get("maria_db_ref")
        assert result is not None, "Required property 'maria_db_ref' is missing"
        return typing.cast("GrantSpecMariaDbRef", result)

    @builtins.property
    def privileges(self) -> typing.List[builtins.str]:
        '''Privileges to use in the Grant.

        :schema: GrantSpec#privileges
        '''
        result = self._values.get("privileges")
        assert result is not None, "Required property 'privileges' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def username(self) -> builtins.str:
        '''Username to use in the Grant.

        :schema: GrantSpec#username
        '''
        result = self._values.get("username")
        assert result is not None, "Required property 'username' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cleanup_policy(self) -> typing.Optional["GrantSpecCleanupPolicy"]:
        '''CleanupPolicy defines the behavior for cleaning up a SQL resource.

        :schema: GrantSpec#cleanupPolicy
        '''
        result = self._values.get("cleanup_policy")
        return typing.cast(typing.Optional["GrantSpecCleanupPolicy"], result)

    @builtins.property
    def database(self) -> typing.Optional[builtins.str]:
        '''Database to use in the Grant.

        :schema: GrantSpec#database
        '''
        result = self._values.get("database")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def grant_option(self) -> typing.Optional[builtins.bool]:
        '''GrantOption to use in the Grant.

        :schema: GrantSpec#grantOption
        '''
        result = self._values.get("grant_option")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''Host to use in the Grant.

        It can be localhost, an IP or '%'.

        :schema: GrantSpec#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def requeue_interval(self) -> typing.Optional[builtins.str]:
        '''RequeueInterval is used to perform requeue reconciliations.

        :schema: GrantSpec#requeueInterval
        '''
        result = self._values.get("requeue_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retry_interval(self) -> typing.Optional[builtins.str]:
        '''RetryInterval is the interval used to perform retries.

        :schema: GrantSpec#retryInterval
        '''
        result = self._values.get("retry_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def table(self) -> typing.Optional[builtins.str]:
        '''Table to use in the Grant.

        :schema: GrantSpec#table
        '''
        result = self._values.get("table")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrantSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="mariadb_grant_commariadbk8s.GrantSpecCleanupPolicy")
class GrantSpecCleanupPolicy(enum.Enum):
    '''CleanupPolicy defines the behavior for cleaning up a SQL resource.

    :schema: GrantSpecCleanupPolicy
    '''

    SKIP = "SKIP"
    '''Skip.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.data_type(
    jsii_type="mariadb_grant_commariadbk8s.GrantSpecMariaDbRef",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "namespace": "namespace",
        "wait_for_it": "waitForIt",
    },
)
class GrantSpecMariaDbRef:
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

        :schema: GrantSpecMariaDbRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3daf11ec953fbd0393b4b710904da3b85fb74031206dcdc8b3c6265f66289a03)
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

        :schema: GrantSpecMariaDbRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GrantSpecMariaDbRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GrantSpecMariaDbRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def wait_for_it(self) -> typing.Optional[builtins.bool]:
        '''WaitForIt indicates whether the controller using this reference should wait for MariaDB to be ready.

        :schema: GrantSpecMariaDbRef#waitForIt
        '''
        result = self._values.get("wait_for_it")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrantSpecMariaDbRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "Grant",
    "GrantProps",
    "GrantSpec",
    "GrantSpecCleanupPolicy",
    "GrantSpecMariaDbRef",
]

publication.publish()

def _typecheckingstub__194aa391c8f1db71b55ab91ca0d60b1b279d8d8996563ec9d92096ee1a26c858(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[GrantSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a1179cceb6ba64de2caacd5e708cca17aba72ade5520481d3f2c4af737a10b67(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[GrantSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9eeddeef106f6c0d055d277f5ff4abe58d52a9dcc02c510470f8b4eea4c82bf2(
    *,
    maria_db_ref: typing.Union[GrantSpecMariaDbRef, typing.Dict[builtins.str, typing.Any]],
    privileges: typing.Sequence[builtins.str],
    username: builtins.str,
    cleanup_policy: typing.Optional[GrantSpecCleanupPolicy] = None,
    database: typing.Optional[builtins.str] = None,
    grant_option: typing.Optional[builtins.bool] = None,
    host: typing.Optional[builtins.str] = None,
    requeue_interval: typing.Optional[builtins.str] = None,
    retry_interval: typing.Optional[builtins.str] = None,
    table: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3daf11ec953fbd0393b4b710904da3b85fb74031206dcdc8b3c6265f66289a03(
    *,
    kind: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    wait_for_it: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass
