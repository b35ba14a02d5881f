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


class User(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mariadb_user_commariadbk8s.User",
):
    '''User is the Schema for the users API.

    It is used to define grants as if you were running a 'CREATE USER' statement.

    :schema: User
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["UserSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "User" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: UserSpec defines the desired state of User.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__591e73157d3b07446ab960a796bc1f615992dbb2945e2fd3307dbefdc38f61cf)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = UserProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["UserSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "User".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: UserSpec defines the desired state of User.
        '''
        props = UserProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "User".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="mariadb_user_commariadbk8s.UserProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class UserProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["UserSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''User is the Schema for the users API.

        It is used to define grants as if you were running a 'CREATE USER' statement.

        :param metadata: 
        :param spec: UserSpec defines the desired state of User.

        :schema: User
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = UserSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__998c28efcc95e482fc7a58c18dfe2717a7deed4c158d915d0d454c9c0ed83790)
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
        :schema: User#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["UserSpec"]:
        '''UserSpec defines the desired state of User.

        :schema: User#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["UserSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "UserProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_user_commariadbk8s.UserSpec",
    jsii_struct_bases=[],
    name_mapping={
        "maria_db_ref": "mariaDbRef",
        "cleanup_policy": "cleanupPolicy",
        "host": "host",
        "max_user_connections": "maxUserConnections",
        "name": "name",
        "password_hash_secret_key_ref": "passwordHashSecretKeyRef",
        "password_plugin": "passwordPlugin",
        "password_secret_key_ref": "passwordSecretKeyRef",
        "requeue_interval": "requeueInterval",
        "require": "require",
        "retry_interval": "retryInterval",
    },
)
class UserSpec:
    def __init__(
        self,
        *,
        maria_db_ref: typing.Union["UserSpecMariaDbRef", typing.Dict[builtins.str, typing.Any]],
        cleanup_policy: typing.Optional["UserSpecCleanupPolicy"] = None,
        host: typing.Optional[builtins.str] = None,
        max_user_connections: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        password_hash_secret_key_ref: typing.Optional[typing.Union["UserSpecPasswordHashSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        password_plugin: typing.Optional[typing.Union["UserSpecPasswordPlugin", typing.Dict[builtins.str, typing.Any]]] = None,
        password_secret_key_ref: typing.Optional[typing.Union["UserSpecPasswordSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        requeue_interval: typing.Optional[builtins.str] = None,
        require: typing.Optional[typing.Union["UserSpecRequire", typing.Dict[builtins.str, typing.Any]]] = None,
        retry_interval: typing.Optional[builtins.str] = None,
    ) -> None:
        '''UserSpec defines the desired state of User.

        :param maria_db_ref: MariaDBRef is a reference to a MariaDB object.
        :param cleanup_policy: CleanupPolicy defines the behavior for cleaning up a SQL resource.
        :param host: Host related to the User.
        :param max_user_connections: MaxUserConnections defines the maximum number of simultaneous connections that the User can establish.
        :param name: Name overrides the default name provided by metadata.name.
        :param password_hash_secret_key_ref: PasswordHashSecretKeyRef is a reference to the password hash to be used by the User. If the referred Secret is labeled with "k8s.mariadb.com/watch", updates may be performed to the Secret in order to update the password hash.
        :param password_plugin: PasswordPlugin is a reference to the password plugin and arguments to be used by the User.
        :param password_secret_key_ref: PasswordSecretKeyRef is a reference to the password to be used by the User. If not provided, the account will be locked and the password will expire. If the referred Secret is labeled with "k8s.mariadb.com/watch", updates may be performed to the Secret in order to update the password.
        :param requeue_interval: RequeueInterval is used to perform requeue reconciliations.
        :param require: Require specifies TLS requirements for the user to connect. See: https://mariadb.com/kb/en/securing-connections-for-client-and-server/#requiring-tls.
        :param retry_interval: RetryInterval is the interval used to perform retries.

        :schema: UserSpec
        '''
        if isinstance(maria_db_ref, dict):
            maria_db_ref = UserSpecMariaDbRef(**maria_db_ref)
        if isinstance(password_hash_secret_key_ref, dict):
            password_hash_secret_key_ref = UserSpecPasswordHashSecretKeyRef(**password_hash_secret_key_ref)
        if isinstance(password_plugin, dict):
            password_plugin = UserSpecPasswordPlugin(**password_plugin)
        if isinstance(password_secret_key_ref, dict):
            password_secret_key_ref = UserSpecPasswordSecretKeyRef(**password_secret_key_ref)
        if isinstance(require, dict):
            require = UserSpecRequire(**require)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a686e61ce654a719eb827893012139957df7a08065b07216ed75ba9dfae4b075)
            check_type(argname="argument maria_db_ref", value=maria_db_ref, expected_type=type_hints["maria_db_ref"])
            check_type(argname="argument cleanup_policy", value=cleanup_policy, expected_type=type_hints["cleanup_policy"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument max_user_connections", value=max_user_connections, expected_type=type_hints["max_user_connections"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument password_hash_secret_key_ref", value=password_hash_secret_key_ref, expected_type=type_hints["password_hash_secret_key_ref"])
            check_type(argname="argument password_plugin", value=password_plugin, expected_type=type_hints["password_plugin"])
            check_type(argname="argument password_secret_key_ref", value=password_secret_key_ref, expected_type=type_hints["password_secret_key_ref"])
            check_type(argname="argument requeue_interval", value=requeue_interval, expected_type=type_hints["requeue_interval"])
            check_type(argname="argument require", value=require, expected_type=type_hints["require"])
            check_type(argname="argument retry_interval", value=retry_interval, expected_type=type_hints["retry_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "maria_db_ref": maria_db_ref,
        }
        if cleanup_policy is not None:
            self._values["cleanup_policy"] = cleanup_policy
        if host is not None:
            self._values["host"] = host
        if max_user_connections is not None:
            self._values["max_user_connections"] = max_user_connections
        if name is not None:
            self._values["name"] = name
        if password_hash_secret_key_ref is not None:
            self._values["password_hash_secret_key_ref"] = password_hash_secret_key_ref
        if password_plugin is not None:
            self._values["password_plugin"] = password_plugin
        if password_secret_key_ref is not None:
            self._values["password_secret_key_ref"] = password_secret_key_ref
        if requeue_interval is not None:
            self._values["requeue_interval"] = requeue_interval
        if require is not None:
            self._values["require"] = require
        if retry_interval is not None:
            self._values["retry_interval"] = retry_interval

    @builtins.property
    def maria_db_ref(self) -> "UserSpecMariaDbRef":
        '''MariaDBRef is a reference to a MariaDB object.

        :schema: UserSpec#mariaDbRef
        '''
        result = self._values.get("maria_db_ref")
        assert result is not None, "Required property 'maria_db_ref' is missing"
        return typing.cast("UserSpecMariaDbRef", result)

    @builtins.property
    def cleanup_policy(self) -> typing.Optional["UserSpecCleanupPolicy"]:
        '''CleanupPolicy defines the behavior for cleaning up a SQL resource.

        :schema: UserSpec#cleanupPolicy
        '''
        result = self._values.get("cleanup_policy")
        return typing.cast(typing.Optional["UserSpecCleanupPolicy"], result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''Host related to the User.

        :schema: UserSpec#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_user_connections(self) -> typing.Optional[jsii.Number]:
        '''MaxUserConnections defines the maximum number of simultaneous connections that the User can establish.

        :schema: UserSpec#maxUserConnections
        '''
        result = self._values.get("max_user_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name overrides the default name provided by metadata.name.

        :schema: UserSpec#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def password_hash_secret_key_ref(
        self,
    ) -> typing.Optional["UserSpecPasswordHashSecretKeyRef"]:
        '''PasswordHashSecretKeyRef is a reference to the password hash to be used by the User.

        If the referred Secret is labeled with "k8s.mariadb.com/watch", updates may be performed to the Secret in order to update the password hash.

        :schema: UserSpec#passwordHashSecretKeyRef
        '''
        result = self._values.get("password_hash_secret_key_ref")
        return typing.cast(typing.Optional["UserSpecPasswordHashSecretKeyRef"], result)

    @builtins.property
    def password_plugin(self) -> typing.Optional["UserSpecPasswordPlugin"]:
        '''PasswordPlugin is a reference to the password plugin and arguments to be used by the User.

        :schema: UserSpec#passwordPlugin
        '''
        result = self._values.get("password_plugin")
        return typing.cast(typing.Optional["UserSpecPasswordPlugin"], result)

    @builtins.property
    def password_secret_key_ref(
        self,
    ) -> typing.Optional["UserSpecPasswordSecretKeyRef"]:
        '''PasswordSecretKeyRef is a reference to the password to be used by the User.

        If not provided, the account will be locked and the password will expire.
        If the referred Secret is labeled with "k8s.mariadb.com/watch", updates may be performed to the Secret in order to update the password.

        :schema: UserSpec#passwordSecretKeyRef
        '''
        result = self._values.get("password_secret_key_ref")
        return typing.cast(typing.Optional["UserSpecPasswordSecretKeyRef"], result)

    @builtins.property
    def requeue_interval(self) -> typing.Optional[builtins.str]:
        '''RequeueInterval is used to perform requeue reconciliations.

        :schema: UserSpec#requeueInterval
        '''
        result = self._values.get("requeue_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def require(self) -> typing.Optional["UserSpecRequire"]:
        '''Require specifies TLS requirements for the user to connect.

        See: https://mariadb.com/kb/en/securing-connections-for-client-and-server/#requiring-tls.

        :schema: UserSpec#require
        '''
        result = self._values.get("require")
        return typing.cast(typing.Optional["UserSpecRequire"], result)

    @builtins.property
    def retry_interval(self) -> typing.Optional[builtins.str]:
        '''RetryInterval is the interval used to perform retries.

        :schema: UserSpec#retryInterval
        '''
        result = self._values.get("retry_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "UserSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="mariadb_user_commariadbk8s.UserSpecCleanupPolicy")
class UserSpecCleanupPolicy(enum.Enum):
    '''CleanupPolicy defines the behavior for cleaning up a SQL resource.

    :schema: UserSpecCleanupPolicy
    '''

    SKIP = "SKIP"
    '''Skip.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.data_type(
    jsii_type="mariadb_user_commariadbk8s.UserSpecMariaDbRef",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "namespace": "namespace",
        "wait_for_it": "waitForIt",
    },
)
class UserSpecMariaDbRef:
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

        :schema: UserSpecMariaDbRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6ca90b7a81cf6b918a9f127b8e466217972762f5e0b8ae7cb69c2d343fed578d)
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

        :schema: UserSpecMariaDbRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: UserSpecMariaDbRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: UserSpecMariaDbRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def wait_for_it(self) -> typing.Optional[builtins.bool]:
        '''WaitForIt indicates whether the controller using this reference should wait for MariaDB to be ready.

        :schema: UserSpecMariaDbRef#waitForIt
        '''
        result = self._values.get("wait_for_it")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "UserSpecMariaDbRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_user_commariadbk8s.UserSpecPasswordHashSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class UserSpecPasswordHashSecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''PasswordHashSecretKeyRef is a reference to the password hash to be used by the User.

        If the referred Secret is labeled with "k8s.mariadb.com/watch", updates may be performed to the Secret in order to update the password hash.

        :param key: 
        :param name: 

        :schema: UserSpecPasswordHashSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d0fe6b8fec558f6f03790b6ff64081952a000f363425d61dda86792515097db5)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: UserSpecPasswordHashSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: UserSpecPasswordHashSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "UserSpecPasswordHashSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_user_commariadbk8s.UserSpecPasswordPlugin",
    jsii_struct_bases=[],
    name_mapping={
        "plugin_arg_secret_key_ref": "pluginArgSecretKeyRef",
        "plugin_name_secret_key_ref": "pluginNameSecretKeyRef",
    },
)
class UserSpecPasswordPlugin:
    def __init__(
        self,
        *,
        plugin_arg_secret_key_ref: typing.Optional[typing.Union["UserSpecPasswordPluginPluginArgSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        plugin_name_secret_key_ref: typing.Optional[typing.Union["UserSpecPasswordPluginPluginNameSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''PasswordPlugin is a reference to the password plugin and arguments to be used by the User.

        :param plugin_arg_secret_key_ref: PluginArgSecretKeyRef is a reference to the arguments to be provided to the authentication plugin for the User. If the referred Secret is labeled with "k8s.mariadb.com/watch", updates may be performed to the Secret in order to update the authentication plugin arguments.
        :param plugin_name_secret_key_ref: PluginNameSecretKeyRef is a reference to the authentication plugin to be used by the User. If the referred Secret is labeled with "k8s.mariadb.com/watch", updates may be performed to the Secret in order to update the authentication plugin.

        :schema: UserSpecPasswordPlugin
        '''
        if isinstance(plugin_arg_secret_key_ref, dict):
            plugin_arg_secret_key_ref = UserSpecPasswordPluginPluginArgSecretKeyRef(**plugin_arg_secret_key_ref)
        if isinstance(plugin_name_secret_key_ref, dict):
            plugin_name_secret_key_ref = UserSpecPasswordPluginPluginNameSecretKeyRef(**plugin_name_secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3b066f10de7654c195bcd158a93136a7f3d1fe5cc920a9dc41bde3a51a4646c9)
            check_type(argname="argument plugin_arg_secret_key_ref", value=plugin_arg_secret_key_ref, expected_type=type_hints["plugin_arg_secret_key_ref"])
            check_type(argname="argument plugin_name_secret_key_ref", value=plugin_name_secret_key_ref, expected_type=type_hints["plugin_name_secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if plugin_arg_secret_key_ref is not None:
            self._values["plugin_arg_secret_key_ref"] = plugin_arg_secret_key_ref
        if plugin_name_secret_key_ref is not None:
            self._values["plugin_name_secret_key_ref"] = plugin_name_secret_key_ref

    @builtins.property
    def plugin_arg_secret_key_ref(
        self,
    ) -> typing.Optional["UserSpecPasswordPluginPluginArgSecretKeyRef"]:
        '''PluginArgSecretKeyRef is a reference to the arguments to be provided to the authentication plugin for the User.

        If the referred Secret is labeled with "k8s.mariadb.com/watch", updates may be performed to the Secret in order to update the authentication plugin arguments.

        :schema: UserSpecPasswordPlugin#pluginArgSecretKeyRef
        '''
        result = self._values.get("plugin_arg_secret_key_ref")
        return typing.cast(typing.Optional["UserSpecPasswordPluginPluginArgSecretKeyRef"], result)

    @builtins.property
    def plugin_name_secret_key_ref(
        self,
    ) -> typing.Optional["UserSpecPasswordPluginPluginNameSecretKeyRef"]:
        '''PluginNameSecretKeyRef is a reference to the authentication plugin to be used by the User.

        If the referred Secret is labeled with "k8s.mariadb.com/watch", updates may be performed to the Secret in order to update the authentication plugin.

        :schema: UserSpecPasswordPlugin#pluginNameSecretKeyRef
        '''
        result = self._values.get("plugin_name_secret_key_ref")
        return typing.cast(typing.Optional["UserSpecPasswordPluginPluginNameSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "UserSpecPasswordPlugin(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_user_commariadbk8s.UserSpecPasswordPluginPluginArgSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class UserSpecPasswordPluginPluginArgSecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''PluginArgSecretKeyRef is a reference to the arguments to be provided to the authentication plugin for the User.

        If the referred Secret is labeled with "k8s.mariadb.com/watch", updates may be performed to the Secret in order to update the authentication plugin arguments.

        :param key: 
        :param name: 

        :schema: UserSpecPasswordPluginPluginArgSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f4a79605839cbc384dc9b9883a5e09fabc61b428ad243e46533476809f11216e)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: UserSpecPasswordPluginPluginArgSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: UserSpecPasswordPluginPluginArgSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "UserSpecPasswordPluginPluginArgSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_user_commariadbk8s.UserSpecPasswordPluginPluginNameSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class UserSpecPasswordPluginPluginNameSecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''PluginNameSecretKeyRef is a reference to the authentication plugin to be used by the User.

        If the referred Secret is labeled with "k8s.mariadb.com/watch", updates may be performed to the Secret in order to update the authentication plugin.

        :param key: 
        :param name: 

        :schema: UserSpecPasswordPluginPluginNameSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__335829e383a1794f8dbe6cd5e3ada8c90fef5e7830d4ad9fbb035c954074bfe6)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: UserSpecPasswordPluginPluginNameSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: UserSpecPasswordPluginPluginNameSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "UserSpecPasswordPluginPluginNameSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_user_commariadbk8s.UserSpecPasswordSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class UserSpecPasswordSecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''PasswordSecretKeyRef is a reference to the password to be used by the User.

        If not provided, the account will be locked and the password will expire.
        If the referred Secret is labeled with "k8s.mariadb.com/watch", updates may be performed to the Secret in order to update the password.

        :param key: 
        :param name: 

        :schema: UserSpecPasswordSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bd5faa1f5294304d81b9f3a8c3a0b650f5fcd93ac83d5b25a81128c6601ba530)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: UserSpecPasswordSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: UserSpecPasswordSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "UserSpecPasswordSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_user_commariadbk8s.UserSpecRequire",
    jsii_struct_bases=[],
    name_mapping={
        "issuer": "issuer",
        "ssl": "ssl",
        "subject": "subject",
        "x509": "x509",
    },
)
class UserSpecRequire:
    def __init__(
        self,
        *,
        issuer: typing.Optional[builtins.str] = None,
        ssl: typing.Optional[builtins.bool] = None,
        subject: typing.Optional[builtins.str] = None,
        x509: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Require specifies TLS requirements for the user to connect.

        See: https://mariadb.com/kb/en/securing-connections-for-client-and-server/#requiring-tls.

        :param issuer: Issuer indicates that the TLS certificate provided by the user must be issued by a specific issuer.
        :param ssl: SSL indicates that the user must connect via TLS.
        :param subject: Subject indicates that the TLS certificate provided by the user must have a specific subject.
        :param x509: X509 indicates that the user must provide a valid x509 certificate to connect.

        :schema: UserSpecRequire
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8aea2ad847839a8d74902b431d54e8cd160fe097fe9e61ef9050c451e8558d51)
            check_type(argname="argument issuer", value=issuer, expected_type=type_hints["issuer"])
            check_type(argname="argument ssl", value=ssl, expected_type=type_hints["ssl"])
            check_type(argname="argument subject", value=subject, expected_type=type_hints["subject"])
            check_type(argname="argument x509", value=x509, expected_type=type_hints["x509"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if issuer is not None:
            self._values["issuer"] = issuer
        if ssl is not None:
            self._values["ssl"] = ssl
        if subject is not None:
            self._values["subject"] = subject
        if x509 is not None:
            self._values["x509"] = x509

    @builtins.property
    def issuer(self) -> typing.Optional[builtins.str]:
        '''Issuer indicates that the TLS certificate provided by the user must be issued by a specific issuer.

        :schema: UserSpecRequire#issuer
        '''
        result = self._values.get("issuer")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ssl(self) -> typing.Optional[builtins.bool]:
        '''SSL indicates that the user must connect via TLS.

        :schema: UserSpecRequire#ssl
        '''
        result = self._values.get("ssl")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def subject(self) -> typing.Optional[builtins.str]:
        '''Subject indicates that the TLS certificate provided by the user must have a specific subject.

        :schema: UserSpecRequire#subject
        '''
        result = self._values.get("subject")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def x509(self) -> typing.Optional[builtins.bool]:
        '''X509 indicates that the user must provide a valid x509 certificate to connect.

        :schema: UserSpecRequire#x509
        '''
        result = self._values.get("x509")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "UserSpecRequire(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "User",
    "UserProps",
    "UserSpec",
    "UserSpecCleanupPolicy",
    "UserSpecMariaDbRef",
    "UserSpecPasswordHashSecretKeyRef",
    "UserSpecPasswordPlugin",
    "UserSpecPasswordPluginPluginArgSecretKeyRef",
    "UserSpecPasswordPluginPluginNameSecretKeyRef",
    "UserSpecPasswordSecretKeyRef",
    "UserSpecRequire",
]

publication.publish()

def _typecheckingstub__591e73157d3b07446ab960a796bc1f615992dbb2945e2fd3307dbefdc38f61cf(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[UserSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__998c28efcc95e482fc7a58c18dfe2717a7deed4c158d915d0d454c9c0ed83790(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[UserSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a686e61ce654a719eb827893012139957df7a08065b07216ed75ba9dfae4b075(
    *,
    maria_db_ref: typing.Union[UserSpecMariaDbRef, typing.Dict[builtins.str, typing.Any]],
    cleanup_policy: typing.Optional[UserSpecCleanupPolicy] = None,
    host: typing.Optional[builtins.str] = None,
    max_user_connections: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    password_hash_secret_key_ref: typing.Optional[typing.Union[UserSpecPasswordHashSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    password_plugin: typing.Optional[typing.Union[UserSpecPasswordPlugin, typing.Dict[builtins.str, typing.Any]]] = None,
    password_secret_key_ref: typing.Optional[typing.Union[UserSpecPasswordSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    requeue_interval: typing.Optional[builtins.str] = None,
    require: typing.Optional[typing.Union[UserSpecRequire, typing.Dict[builtins.str, typing.Any]]] = None,
    retry_interval: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ca90b7a81cf6b918a9f127b8e466217972762f5e0b8ae7cb69c2d343fed578d(
    *,
    kind: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    wait_for_it: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d0fe6b8fec558f6f03790b6ff64081952a000f363425d61dda86792515097db5(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b066f10de7654c195bcd158a93136a7f3d1fe5cc920a9dc41bde3a51a4646c9(
    *,
    plugin_arg_secret_key_ref: typing.Optional[typing.Union[UserSpecPasswordPluginPluginArgSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    plugin_name_secret_key_ref: typing.Optional[typing.Union[UserSpecPasswordPluginPluginNameSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f4a79605839cbc384dc9b9883a5e09fabc61b428ad243e46533476809f11216e(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__335829e383a1794f8dbe6cd5e3ada8c90fef5e7830d4ad9fbb035c954074bfe6(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd5faa1f5294304d81b9f3a8c3a0b650f5fcd93ac83d5b25a81128c6601ba530(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8aea2ad847839a8d74902b431d54e8cd160fe097fe9e61ef9050c451e8558d51(
    *,
    issuer: typing.Optional[builtins.str] = None,
    ssl: typing.Optional[builtins.bool] = None,
    subject: typing.Optional[builtins.str] = None,
    x509: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass
