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


class Restore(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mariadb_restore_commariadbk8s.Restore",
):
    '''Restore is the Schema for the restores API.

    It is used to define restore jobs and its restoration source.

    :schema: Restore
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["RestoreSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Restore" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: RestoreSpec defines the desired state of restore.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__12181771079973e0554840b3171ce8afff12b278ffb52a2916222b02c394b61e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = RestoreProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["RestoreSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Restore".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: RestoreSpec defines the desired state of restore.
        '''
        props = RestoreProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Restore".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class RestoreProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["RestoreSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Restore is the Schema for the restores API.

        It is used to define restore jobs and its restoration source.

        :param metadata: 
        :param spec: RestoreSpec defines the desired state of restore.

        :schema: Restore
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = RestoreSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__36cf14e92b7c4215dac59ef8f409e71dc9f7aaf13dc6bfb01eceb222366ff1a1)
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
        :schema: Restore#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["RestoreSpec"]:
        '''RestoreSpec defines the desired state of restore.

        :schema: Restore#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["RestoreSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpec",
    jsii_struct_bases=[],
    name_mapping={
        "maria_db_ref": "mariaDbRef",
        "affinity": "affinity",
        "args": "args",
        "backoff_limit": "backoffLimit",
        "backup_ref": "backupRef",
        "database": "database",
        "image_pull_secrets": "imagePullSecrets",
        "inherit_metadata": "inheritMetadata",
        "log_level": "logLevel",
        "node_selector": "nodeSelector",
        "pod_metadata": "podMetadata",
        "pod_security_context": "podSecurityContext",
        "priority_class_name": "priorityClassName",
        "resources": "resources",
        "restart_policy": "restartPolicy",
        "s3": "s3",
        "security_context": "securityContext",
        "service_account_name": "serviceAccountName",
        "staging_storage": "stagingStorage",
        "target_recovery_time": "targetRecoveryTime",
        "tolerations": "tolerations",
        "volume": "volume",
    },
)
class RestoreSpec:
    def __init__(
        self,
        *,
        maria_db_ref: typing.Union["RestoreSpecMariaDbRef", typing.Dict[builtins.str, typing.Any]],
        affinity: typing.Optional[typing.Union["RestoreSpecAffinity", typing.Dict[builtins.str, typing.Any]]] = None,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        backoff_limit: typing.Optional[jsii.Number] = None,
        backup_ref: typing.Optional[typing.Union["RestoreSpecBackupRef", typing.Dict[builtins.str, typing.Any]]] = None,
        database: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[typing.Union["RestoreSpecImagePullSecrets", typing.Dict[builtins.str, typing.Any]]]] = None,
        inherit_metadata: typing.Optional[typing.Union["RestoreSpecInheritMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        log_level: typing.Optional["RestoreSpecLogLevel"] = None,
        node_selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        pod_metadata: typing.Optional[typing.Union["RestoreSpecPodMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        pod_security_context: typing.Optional[typing.Union["RestoreSpecPodSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        priority_class_name: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Union["RestoreSpecResources", typing.Dict[builtins.str, typing.Any]]] = None,
        restart_policy: typing.Optional["RestoreSpecRestartPolicy"] = None,
        s3: typing.Optional[typing.Union["RestoreSpecS3", typing.Dict[builtins.str, typing.Any]]] = None,
        security_context: typing.Optional[typing.Union["RestoreSpecSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        staging_storage: typing.Optional[typing.Union["RestoreSpecStagingStorage", typing.Dict[builtins.str, typing.Any]]] = None,
        target_recovery_time: typing.Optional[datetime.datetime] = None,
        tolerations: typing.Optional[typing.Sequence[typing.Union["RestoreSpecTolerations", typing.Dict[builtins.str, typing.Any]]]] = None,
        volume: typing.Optional[typing.Union["RestoreSpecVolume", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''RestoreSpec defines the desired state of restore.

        :param maria_db_ref: MariaDBRef is a reference to a MariaDB object.
        :param affinity: Affinity to be used in the Pod.
        :param args: Args to be used in the Container.
        :param backoff_limit: BackoffLimit defines the maximum number of attempts to successfully perform a Backup.
        :param backup_ref: BackupRef is a reference to a Backup object. It has priority over S3 and Volume.
        :param database: Database defines the logical database to be restored. If not provided, all databases available in the backup are restored. IMPORTANT: The database must previously exist.
        :param image_pull_secrets: ImagePullSecrets is the list of pull Secrets to be used to pull the image.
        :param inherit_metadata: InheritMetadata defines the metadata to be inherited by children resources.
        :param log_level: LogLevel to be used n the Backup Job. It defaults to 'info'.
        :param node_selector: NodeSelector to be used in the Pod.
        :param pod_metadata: PodMetadata defines extra metadata for the Pod.
        :param pod_security_context: SecurityContext holds pod-level security attributes and common container settings.
        :param priority_class_name: PriorityClassName to be used in the Pod.
        :param resources: Resources describes the compute resource requirements.
        :param restart_policy: RestartPolicy to be added to the Backup Job.
        :param s3: S3 defines the configuration to restore backups from a S3 compatible storage. It has priority over Volume.
        :param security_context: SecurityContext holds security configuration that will be applied to a container.
        :param service_account_name: ServiceAccountName is the name of the ServiceAccount to be used by the Pods.
        :param staging_storage: StagingStorage defines the temporary storage used to keep external backups (i.e. S3) while they are being processed. It defaults to an emptyDir volume, meaning that the backups will be temporarily stored in the node where the Restore Job is scheduled.
        :param target_recovery_time: TargetRecoveryTime is a RFC3339 (1970-01-01T00:00:00Z) date and time that defines the point in time recovery objective. It is used to determine the closest restoration source in time.
        :param tolerations: Tolerations to be used in the Pod.
        :param volume: Volume is a Kubernetes Volume object that contains a backup.

        :schema: RestoreSpec
        '''
        if isinstance(maria_db_ref, dict):
            maria_db_ref = RestoreSpecMariaDbRef(**maria_db_ref)
        if isinstance(affinity, dict):
            affinity = RestoreSpecAffinity(**affinity)
        if isinstance(backup_ref, dict):
            backup_ref = RestoreSpecBackupRef(**backup_ref)
        if isinstance(inherit_metadata, dict):
            inherit_metadata = RestoreSpecInheritMetadata(**inherit_metadata)
        if isinstance(pod_metadata, dict):
            pod_metadata = RestoreSpecPodMetadata(**pod_metadata)
        if isinstance(pod_security_context, dict):
            pod_security_context = RestoreSpecPodSecurityContext(**pod_security_context)
        if isinstance(resources, dict):
            resources = RestoreSpecResources(**resources)
        if isinstance(s3, dict):
            s3 = RestoreSpecS3(**s3)
        if isinstance(security_context, dict):
            security_context = RestoreSpecSecurityContext(**security_context)
        if isinstance(staging_storage, dict):
            staging_storage = RestoreSpecStagingStorage(**staging_storage)
        if isinstance(volume, dict):
            volume = RestoreSpecVolume(**volume)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1cc8c8ba264cb2b4a7851ab570fc01ae487439da5e493a262ba0c8d0685d1d29)
            check_type(argname="argument maria_db_ref", value=maria_db_ref, expected_type=type_hints["maria_db_ref"])
            check_type(argname="argument affinity", value=affinity, expected_type=type_hints["affinity"])
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument backoff_limit", value=backoff_limit, expected_type=type_hints["backoff_limit"])
            check_type(argname="argument backup_ref", value=backup_ref, expected_type=type_hints["backup_ref"])
            check_type(argname="argument database", value=database, expected_type=type_hints["database"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument inherit_metadata", value=inherit_metadata, expected_type=type_hints["inherit_metadata"])
            check_type(argname="argument log_level", value=log_level, expected_type=type_hints["log_level"])
            check_type(argname="argument node_selector", value=node_selector, expected_type=type_hints["node_selector"])
            check_type(argname="argument pod_metadata", value=pod_metadata, expected_type=type_hints["pod_metadata"])
            check_type(argname="argument pod_security_context", value=pod_security_context, expected_type=type_hints["pod_security_context"])
            check_type(argname="argument priority_class_name", value=priority_class_name, expected_type=type_hints["priority_class_name"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument restart_policy", value=restart_policy, expected_type=type_hints["restart_policy"])
            check_type(argname="argument s3", value=s3, expected_type=type_hints["s3"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument staging_storage", value=staging_storage, expected_type=type_hints["staging_storage"])
            check_type(argname="argument target_recovery_time", value=target_recovery_time, expected_type=type_hints["target_recovery_time"])
            check_type(argname="argument tolerations", value=tolerations, expected_type=type_hints["tolerations"])
            check_type(argname="argument volume", value=volume, expected_type=type_hints["volume"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "maria_db_ref": maria_db_ref,
        }
        if affinity is not None:
            self._values["affinity"] = affinity
        if args is not None:
            self._values["args"] = args
        if backoff_limit is not None:
            self._values["backoff_limit"] = backoff_limit
        if backup_ref is not None:
            self._values["backup_ref"] = backup_ref
        if database is not None:
            self._values["database"] = database
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if inherit_metadata is not None:
            self._values["inherit_metadata"] = inherit_metadata
        if log_level is not None:
            self._values["log_level"] = log_level
        if node_selector is not None:
            self._values["node_selector"] = node_selector
        if pod_metadata is not None:
            self._values["pod_metadata"] = pod_metadata
        if pod_security_context is not None:
            self._values["pod_security_context"] = pod_security_context
        if priority_class_name is not None:
            self._values["priority_class_name"] = priority_class_name
        if resources is not None:
            self._values["resources"] = resources
        if restart_policy is not None:
            self._values["restart_policy"] = restart_policy
        if s3 is not None:
            self._values["s3"] = s3
        if security_context is not None:
            self._values["security_context"] = security_context
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if staging_storage is not None:
            self._values["staging_storage"] = staging_storage
        if target_recovery_time is not None:
            self._values["target_recovery_time"] = target_recovery_time
        if tolerations is not None:
            self._values["tolerations"] = tolerations
        if volume is not None:
            self._values["volume"] = volume

    @builtins.property
    def maria_db_ref(self) -> "RestoreSpecMariaDbRef":
        '''MariaDBRef is a reference to a MariaDB object.

        :schema: RestoreSpec#mariaDbRef
        '''
        result = self._values.get("maria_db_ref")
        assert result is not None, "Required property 'maria_db_ref' is missing"
        return typing.cast("RestoreSpecMariaDbRef", result)

    @builtins.property
    def affinity(self) -> typing.Optional["RestoreSpecAffinity"]:
        '''Affinity to be used in the Pod.

        :schema: RestoreSpec#affinity
        '''
        result = self._values.get("affinity")
        return typing.cast(typing.Optional["RestoreSpecAffinity"], result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Args to be used in the Container.

        :schema: RestoreSpec#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def backoff_limit(self) -> typing.Optional[jsii.Number]:
        '''BackoffLimit defines the maximum number of attempts to successfully perform a Backup.

        :schema: RestoreSpec#backoffLimit
        '''
        result = self._values.get("backoff_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def backup_ref(self) -> typing.Optional["RestoreSpecBackupRef"]:
        '''BackupRef is a reference to a Backup object.

        It has priority over S3 and Volume.

        :schema: RestoreSpec#backupRef
        '''
        result = self._values.get("backup_ref")
        return typing.cast(typing.Optional["RestoreSpecBackupRef"], result)

    @builtins.property
    def database(self) -> typing.Optional[builtins.str]:
        '''Database defines the logical database to be restored.

        If not provided, all databases available in the backup are restored.
        IMPORTANT: The database must previously exist.

        :schema: RestoreSpec#database
        '''
        result = self._values.get("database")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(
        self,
    ) -> typing.Optional[typing.List["RestoreSpecImagePullSecrets"]]:
        '''ImagePullSecrets is the list of pull Secrets to be used to pull the image.

        :schema: RestoreSpec#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List["RestoreSpecImagePullSecrets"]], result)

    @builtins.property
    def inherit_metadata(self) -> typing.Optional["RestoreSpecInheritMetadata"]:
        '''InheritMetadata defines the metadata to be inherited by children resources.

        :schema: RestoreSpec#inheritMetadata
        '''
        result = self._values.get("inherit_metadata")
        return typing.cast(typing.Optional["RestoreSpecInheritMetadata"], result)

    @builtins.property
    def log_level(self) -> typing.Optional["RestoreSpecLogLevel"]:
        '''LogLevel to be used n the Backup Job.

        It defaults to 'info'.

        :schema: RestoreSpec#logLevel
        '''
        result = self._values.get("log_level")
        return typing.cast(typing.Optional["RestoreSpecLogLevel"], result)

    @builtins.property
    def node_selector(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''NodeSelector to be used in the Pod.

        :schema: RestoreSpec#nodeSelector
        '''
        result = self._values.get("node_selector")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def pod_metadata(self) -> typing.Optional["RestoreSpecPodMetadata"]:
        '''PodMetadata defines extra metadata for the Pod.

        :schema: RestoreSpec#podMetadata
        '''
        result = self._values.get("pod_metadata")
        return typing.cast(typing.Optional["RestoreSpecPodMetadata"], result)

    @builtins.property
    def pod_security_context(self) -> typing.Optional["RestoreSpecPodSecurityContext"]:
        '''SecurityContext holds pod-level security attributes and common container settings.

        :schema: RestoreSpec#podSecurityContext
        '''
        result = self._values.get("pod_security_context")
        return typing.cast(typing.Optional["RestoreSpecPodSecurityContext"], result)

    @builtins.property
    def priority_class_name(self) -> typing.Optional[builtins.str]:
        '''PriorityClassName to be used in the Pod.

        :schema: RestoreSpec#priorityClassName
        '''
        result = self._values.get("priority_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(self) -> typing.Optional["RestoreSpecResources"]:
        '''Resources describes the compute resource requirements.

        :schema: RestoreSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["RestoreSpecResources"], result)

    @builtins.property
    def restart_policy(self) -> typing.Optional["RestoreSpecRestartPolicy"]:
        '''RestartPolicy to be added to the Backup Job.

        :schema: RestoreSpec#restartPolicy
        '''
        result = self._values.get("restart_policy")
        return typing.cast(typing.Optional["RestoreSpecRestartPolicy"], result)

    @builtins.property
    def s3(self) -> typing.Optional["RestoreSpecS3"]:
        '''S3 defines the configuration to restore backups from a S3 compatible storage.

        It has priority over Volume.

        :schema: RestoreSpec#s3
        '''
        result = self._values.get("s3")
        return typing.cast(typing.Optional["RestoreSpecS3"], result)

    @builtins.property
    def security_context(self) -> typing.Optional["RestoreSpecSecurityContext"]:
        '''SecurityContext holds security configuration that will be applied to a container.

        :schema: RestoreSpec#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Optional["RestoreSpecSecurityContext"], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''ServiceAccountName is the name of the ServiceAccount to be used by the Pods.

        :schema: RestoreSpec#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def staging_storage(self) -> typing.Optional["RestoreSpecStagingStorage"]:
        '''StagingStorage defines the temporary storage used to keep external backups (i.e. S3) while they are being processed. It defaults to an emptyDir volume, meaning that the backups will be temporarily stored in the node where the Restore Job is scheduled.

        :schema: RestoreSpec#stagingStorage
        '''
        result = self._values.get("staging_storage")
        return typing.cast(typing.Optional["RestoreSpecStagingStorage"], result)

    @builtins.property
    def target_recovery_time(self) -> typing.Optional[datetime.datetime]:
        '''TargetRecoveryTime is a RFC3339 (1970-01-01T00:00:00Z) date and time that defines the point in time recovery objective.

        It is used to determine the closest restoration source in time.

        :schema: RestoreSpec#targetRecoveryTime
        '''
        result = self._values.get("target_recovery_time")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def tolerations(self) -> typing.Optional[typing.List["RestoreSpecTolerations"]]:
        '''Tolerations to be used in the Pod.

        :schema: RestoreSpec#tolerations
        '''
        result = self._values.get("tolerations")
        return typing.cast(typing.Optional[typing.List["RestoreSpecTolerations"]], result)

    @builtins.property
    def volume(self) -> typing.Optional["RestoreSpecVolume"]:
        '''Volume is a Kubernetes Volume object that contains a backup.

        :schema: RestoreSpec#volume
        '''
        result = self._values.get("volume")
        return typing.cast(typing.Optional["RestoreSpecVolume"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecAffinity",
    jsii_struct_bases=[],
    name_mapping={
        "anti_affinity_enabled": "antiAffinityEnabled",
        "node_affinity": "nodeAffinity",
        "pod_anti_affinity": "podAntiAffinity",
    },
)
class RestoreSpecAffinity:
    def __init__(
        self,
        *,
        anti_affinity_enabled: typing.Optional[builtins.bool] = None,
        node_affinity: typing.Optional[typing.Union["RestoreSpecAffinityNodeAffinity", typing.Dict[builtins.str, typing.Any]]] = None,
        pod_anti_affinity: typing.Optional[typing.Union["RestoreSpecAffinityPodAntiAffinity", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Affinity to be used in the Pod.

        :param anti_affinity_enabled: AntiAffinityEnabled configures PodAntiAffinity so each Pod is scheduled in a different Node, enabling HA. Make sure you have at least as many Nodes available as the replicas to not end up with unscheduled Pods.
        :param node_affinity: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeaffinity-v1-core.
        :param pod_anti_affinity: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podantiaffinity-v1-core.

        :schema: RestoreSpecAffinity
        '''
        if isinstance(node_affinity, dict):
            node_affinity = RestoreSpecAffinityNodeAffinity(**node_affinity)
        if isinstance(pod_anti_affinity, dict):
            pod_anti_affinity = RestoreSpecAffinityPodAntiAffinity(**pod_anti_affinity)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fab51b04a114127ab03e0baead797cd559fb6e7a52d43336cf302424ebf9cd4a)
            check_type(argname="argument anti_affinity_enabled", value=anti_affinity_enabled, expected_type=type_hints["anti_affinity_enabled"])
            check_type(argname="argument node_affinity", value=node_affinity, expected_type=type_hints["node_affinity"])
            check_type(argname="argument pod_anti_affinity", value=pod_anti_affinity, expected_type=type_hints["pod_anti_affinity"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if anti_affinity_enabled is not None:
            self._values["anti_affinity_enabled"] = anti_affinity_enabled
        if node_affinity is not None:
            self._values["node_affinity"] = node_affinity
        if pod_anti_affinity is not None:
            self._values["pod_anti_affinity"] = pod_anti_affinity

    @builtins.property
    def anti_affinity_enabled(self) -> typing.Optional[builtins.bool]:
        '''AntiAffinityEnabled configures PodAntiAffinity so each Pod is scheduled in a different Node, enabling HA.

        Make sure you have at least as many Nodes available as the replicas to not end up with unscheduled Pods.

        :schema: RestoreSpecAffinity#antiAffinityEnabled
        '''
        result = self._values.get("anti_affinity_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def node_affinity(self) -> typing.Optional["RestoreSpecAffinityNodeAffinity"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeaffinity-v1-core.

        :schema: RestoreSpecAffinity#nodeAffinity
        '''
        result = self._values.get("node_affinity")
        return typing.cast(typing.Optional["RestoreSpecAffinityNodeAffinity"], result)

    @builtins.property
    def pod_anti_affinity(
        self,
    ) -> typing.Optional["RestoreSpecAffinityPodAntiAffinity"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podantiaffinity-v1-core.

        :schema: RestoreSpecAffinity#podAntiAffinity
        '''
        result = self._values.get("pod_anti_affinity")
        return typing.cast(typing.Optional["RestoreSpecAffinityPodAntiAffinity"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecAffinityNodeAffinity",
    jsii_struct_bases=[],
    name_mapping={
        "preferred_during_scheduling_ignored_during_execution": "preferredDuringSchedulingIgnoredDuringExecution",
        "required_during_scheduling_ignored_during_execution": "requiredDuringSchedulingIgnoredDuringExecution",
    },
)
class RestoreSpecAffinityNodeAffinity:
    def __init__(
        self,
        *,
        preferred_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union["RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution", typing.Dict[builtins.str, typing.Any]]]] = None,
        required_during_scheduling_ignored_during_execution: typing.Optional[typing.Union["RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeaffinity-v1-core.

        :param preferred_during_scheduling_ignored_during_execution: 
        :param required_during_scheduling_ignored_during_execution: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeselector-v1-core.

        :schema: RestoreSpecAffinityNodeAffinity
        '''
        if isinstance(required_during_scheduling_ignored_during_execution, dict):
            required_during_scheduling_ignored_during_execution = RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(**required_during_scheduling_ignored_during_execution)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__14ed3e5f5e8de2a73f01d26db108a0fdb819960a7a078faa14a2a82e16a31fb0)
            check_type(argname="argument preferred_during_scheduling_ignored_during_execution", value=preferred_during_scheduling_ignored_during_execution, expected_type=type_hints["preferred_during_scheduling_ignored_during_execution"])
            check_type(argname="argument required_during_scheduling_ignored_during_execution", value=required_during_scheduling_ignored_during_execution, expected_type=type_hints["required_during_scheduling_ignored_during_execution"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if preferred_during_scheduling_ignored_during_execution is not None:
            self._values["preferred_during_scheduling_ignored_during_execution"] = preferred_during_scheduling_ignored_during_execution
        if required_during_scheduling_ignored_during_execution is not None:
            self._values["required_during_scheduling_ignored_during_execution"] = required_during_scheduling_ignored_during_execution

    @builtins.property
    def preferred_during_scheduling_ignored_during_execution(
        self,
    ) -> typing.Optional[typing.List["RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution"]]:
        '''
        :schema: RestoreSpecAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
        '''
        result = self._values.get("preferred_during_scheduling_ignored_during_execution")
        return typing.cast(typing.Optional[typing.List["RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution"]], result)

    @builtins.property
    def required_during_scheduling_ignored_during_execution(
        self,
    ) -> typing.Optional["RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeselector-v1-core.

        :schema: RestoreSpecAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
        '''
        result = self._values.get("required_during_scheduling_ignored_during_execution")
        return typing.cast(typing.Optional["RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecAffinityNodeAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution",
    jsii_struct_bases=[],
    name_mapping={"preference": "preference", "weight": "weight"},
)
class RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution:
    def __init__(
        self,
        *,
        preference: typing.Union["RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference", typing.Dict[builtins.str, typing.Any]],
        weight: jsii.Number,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#preferredschedulingterm-v1-core.

        :param preference: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeselectorterm-v1-core.
        :param weight: 

        :schema: RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
        '''
        if isinstance(preference, dict):
            preference = RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(**preference)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2bebd534abeb3a6fe2c495e452970d201b3a711321be3266a2170c5f8cd9ee1e)
            check_type(argname="argument preference", value=preference, expected_type=type_hints["preference"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "preference": preference,
            "weight": weight,
        }

    @builtins.property
    def preference(
        self,
    ) -> "RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference":
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeselectorterm-v1-core.

        :schema: RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
        '''
        result = self._values.get("preference")
        assert result is not None, "Required property 'preference' is missing"
        return typing.cast("RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference", result)

    @builtins.property
    def weight(self) -> jsii.Number:
        '''
        :schema: RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
        '''
        result = self._values.get("weight")
        assert result is not None, "Required property 'weight' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_fields": "matchFields",
    },
)
class RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_fields: typing.Optional[typing.Sequence[typing.Union["RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeselectorterm-v1-core.

        :param match_expressions: 
        :param match_fields: 

        :schema: RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b68528ea7b8743d7f34677db020d0343ccbe5a6259b8450defe008d8e0569b67)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_fields", value=match_fields, expected_type=type_hints["match_fields"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_fields is not None:
            self._values["match_fields"] = match_fields

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions"]]:
        '''
        :schema: RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions"]], result)

    @builtins.property
    def match_fields(
        self,
    ) -> typing.Optional[typing.List["RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields"]]:
        '''
        :schema: RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
        '''
        result = self._values.get("match_fields")
        return typing.cast(typing.Optional[typing.List["RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeselectorrequirement-v1-core.

        :param key: 
        :param operator: A node selector operator is the set of operators that can be used in a node selector requirement.
        :param values: 

        :schema: RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d89e0bc234e2582e551eb35b5b7768d21b397e76edff41a9a3136346356932f0)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''A node selector operator is the set of operators that can be used in a node selector requirement.

        :schema: RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeselectorrequirement-v1-core.

        :param key: 
        :param operator: A node selector operator is the set of operators that can be used in a node selector requirement.
        :param values: 

        :schema: RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__89fbfb4a2bc5b2d4d4f95f929d112861365680cdbfe0eb3721cf7abdef9e03c3)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''A node selector operator is the set of operators that can be used in a node selector requirement.

        :schema: RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution",
    jsii_struct_bases=[],
    name_mapping={"node_selector_terms": "nodeSelectorTerms"},
)
class RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution:
    def __init__(
        self,
        *,
        node_selector_terms: typing.Sequence[typing.Union["RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms", typing.Dict[builtins.str, typing.Any]]],
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeselector-v1-core.

        :param node_selector_terms: 

        :schema: RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__60cb4a0913e470810f7c57ea17fef8c89726d2147410b63a630c4f7375496850)
            check_type(argname="argument node_selector_terms", value=node_selector_terms, expected_type=type_hints["node_selector_terms"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "node_selector_terms": node_selector_terms,
        }

    @builtins.property
    def node_selector_terms(
        self,
    ) -> typing.List["RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms"]:
        '''
        :schema: RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
        '''
        result = self._values.get("node_selector_terms")
        assert result is not None, "Required property 'node_selector_terms' is missing"
        return typing.cast(typing.List["RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_fields": "matchFields",
    },
)
class RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_fields: typing.Optional[typing.Sequence[typing.Union["RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeselectorterm-v1-core.

        :param match_expressions: 
        :param match_fields: 

        :schema: RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__508e4ba8029f8f08d9ff9db4feff99501d82cbbb21253af3fc8481cd4a9abf16)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_fields", value=match_fields, expected_type=type_hints["match_fields"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_fields is not None:
            self._values["match_fields"] = match_fields

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions"]]:
        '''
        :schema: RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions"]], result)

    @builtins.property
    def match_fields(
        self,
    ) -> typing.Optional[typing.List["RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields"]]:
        '''
        :schema: RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
        '''
        result = self._values.get("match_fields")
        return typing.cast(typing.Optional[typing.List["RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeselectorrequirement-v1-core.

        :param key: 
        :param operator: A node selector operator is the set of operators that can be used in a node selector requirement.
        :param values: 

        :schema: RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d963f86bbcdd54f0ddc14b36d6201ce2f6a240a41e83a5015b3ddc5a96150903)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''A node selector operator is the set of operators that can be used in a node selector requirement.

        :schema: RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeselectorrequirement-v1-core.

        :param key: 
        :param operator: A node selector operator is the set of operators that can be used in a node selector requirement.
        :param values: 

        :schema: RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__638bf7d47bd223b13a2fe0478222213a41620c07b88671e5ab57a2618822a3c9)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''A node selector operator is the set of operators that can be used in a node selector requirement.

        :schema: RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecAffinityPodAntiAffinity",
    jsii_struct_bases=[],
    name_mapping={
        "preferred_during_scheduling_ignored_during_execution": "preferredDuringSchedulingIgnoredDuringExecution",
        "required_during_scheduling_ignored_during_execution": "requiredDuringSchedulingIgnoredDuringExecution",
    },
)
class RestoreSpecAffinityPodAntiAffinity:
    def __init__(
        self,
        *,
        preferred_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union["RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution", typing.Dict[builtins.str, typing.Any]]]] = None,
        required_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union["RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podantiaffinity-v1-core.

        :param preferred_during_scheduling_ignored_during_execution: 
        :param required_during_scheduling_ignored_during_execution: 

        :schema: RestoreSpecAffinityPodAntiAffinity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8193e63a330d2706eac96434867c655702547787676b4ec84351c939d7b309b2)
            check_type(argname="argument preferred_during_scheduling_ignored_during_execution", value=preferred_during_scheduling_ignored_during_execution, expected_type=type_hints["preferred_during_scheduling_ignored_during_execution"])
            check_type(argname="argument required_during_scheduling_ignored_during_execution", value=required_during_scheduling_ignored_during_execution, expected_type=type_hints["required_during_scheduling_ignored_during_execution"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if preferred_during_scheduling_ignored_during_execution is not None:
            self._values["preferred_during_scheduling_ignored_during_execution"] = preferred_during_scheduling_ignored_during_execution
        if required_during_scheduling_ignored_during_execution is not None:
            self._values["required_during_scheduling_ignored_during_execution"] = required_during_scheduling_ignored_during_execution

    @builtins.property
    def preferred_during_scheduling_ignored_during_execution(
        self,
    ) -> typing.Optional[typing.List["RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution"]]:
        '''
        :schema: RestoreSpecAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
        '''
        result = self._values.get("preferred_during_scheduling_ignored_during_execution")
        return typing.cast(typing.Optional[typing.List["RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution"]], result)

    @builtins.property
    def required_during_scheduling_ignored_during_execution(
        self,
    ) -> typing.Optional[typing.List["RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution"]]:
        '''
        :schema: RestoreSpecAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
        '''
        result = self._values.get("required_during_scheduling_ignored_during_execution")
        return typing.cast(typing.Optional[typing.List["RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecAffinityPodAntiAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution",
    jsii_struct_bases=[],
    name_mapping={"pod_affinity_term": "podAffinityTerm", "weight": "weight"},
)
class RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution:
    def __init__(
        self,
        *,
        pod_affinity_term: typing.Union["RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm", typing.Dict[builtins.str, typing.Any]],
        weight: jsii.Number,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#weightedpodaffinityterm-v1-core.

        :param pod_affinity_term: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podaffinityterm-v1-core.
        :param weight: 

        :schema: RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
        '''
        if isinstance(pod_affinity_term, dict):
            pod_affinity_term = RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(**pod_affinity_term)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__db253e22c3bbf31a477a8cfe48d20f0299121e629b817d6f3f27919f55404568)
            check_type(argname="argument pod_affinity_term", value=pod_affinity_term, expected_type=type_hints["pod_affinity_term"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "pod_affinity_term": pod_affinity_term,
            "weight": weight,
        }

    @builtins.property
    def pod_affinity_term(
        self,
    ) -> "RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm":
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podaffinityterm-v1-core.

        :schema: RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
        '''
        result = self._values.get("pod_affinity_term")
        assert result is not None, "Required property 'pod_affinity_term' is missing"
        return typing.cast("RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm", result)

    @builtins.property
    def weight(self) -> jsii.Number:
        '''
        :schema: RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
        '''
        result = self._values.get("weight")
        assert result is not None, "Required property 'weight' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm",
    jsii_struct_bases=[],
    name_mapping={"topology_key": "topologyKey", "label_selector": "labelSelector"},
)
class RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm:
    def __init__(
        self,
        *,
        topology_key: builtins.str,
        label_selector: typing.Optional[typing.Union["RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podaffinityterm-v1-core.

        :param topology_key: 
        :param label_selector: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#labelselector-v1-meta.

        :schema: RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
        '''
        if isinstance(label_selector, dict):
            label_selector = RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(**label_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__66f9ef400829e352e4f89663deacb8f798d8ec7f62bbe486f9e517f634342b72)
            check_type(argname="argument topology_key", value=topology_key, expected_type=type_hints["topology_key"])
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "topology_key": topology_key,
        }
        if label_selector is not None:
            self._values["label_selector"] = label_selector

    @builtins.property
    def topology_key(self) -> builtins.str:
        '''
        :schema: RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
        '''
        result = self._values.get("topology_key")
        assert result is not None, "Required property 'topology_key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#labelselector-v1-meta.

        :schema: RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#labelselector-v1-meta.

        :param match_expressions: 
        :param match_labels: 

        :schema: RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e568ce3a651323aeff85a869c531886fa814ee57e1227b2cf63d147bce32c234)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions"]]:
        '''
        :schema: RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#labelselectorrequirement-v1-meta.

        :param key: 
        :param operator: A label selector operator is the set of operators that can be used in a selector requirement.
        :param values: 

        :schema: RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2399cc19f6894b1f4c9cbee6086921c1645c51041d272742ad18ac7c1b586b75)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''A label selector operator is the set of operators that can be used in a selector requirement.

        :schema: RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution",
    jsii_struct_bases=[],
    name_mapping={"topology_key": "topologyKey", "label_selector": "labelSelector"},
)
class RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution:
    def __init__(
        self,
        *,
        topology_key: builtins.str,
        label_selector: typing.Optional[typing.Union["RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podaffinityterm-v1-core.

        :param topology_key: 
        :param label_selector: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#labelselector-v1-meta.

        :schema: RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
        '''
        if isinstance(label_selector, dict):
            label_selector = RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(**label_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__63005cdc3f912a29336d4f3d4084fab768f2e1a1fdc53ad35c6061993363ae05)
            check_type(argname="argument topology_key", value=topology_key, expected_type=type_hints["topology_key"])
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "topology_key": topology_key,
        }
        if label_selector is not None:
            self._values["label_selector"] = label_selector

    @builtins.property
    def topology_key(self) -> builtins.str:
        '''
        :schema: RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
        '''
        result = self._values.get("topology_key")
        assert result is not None, "Required property 'topology_key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#labelselector-v1-meta.

        :schema: RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#labelselector-v1-meta.

        :param match_expressions: 
        :param match_labels: 

        :schema: RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4f36f8e0e70086002ac972e8ba0f386de7792c8940e8653d50a18eacd8a39355)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions"]]:
        '''
        :schema: RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#labelselectorrequirement-v1-meta.

        :param key: 
        :param operator: A label selector operator is the set of operators that can be used in a selector requirement.
        :param values: 

        :schema: RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2a1d2addc01990f29c3fd67f7c337e30dbe9f7834baa27ca3665fbf9a5894df6)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''A label selector operator is the set of operators that can be used in a selector requirement.

        :schema: RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecBackupRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class RestoreSpecBackupRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''BackupRef is a reference to a Backup object.

        It has priority over S3 and Volume.

        :param name: 

        :schema: RestoreSpecBackupRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__570d92991a23c4abb1a8249aa1600d76bde65f2dfa3345b3d5b75a2b81f7e0f2)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RestoreSpecBackupRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecBackupRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecImagePullSecrets",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class RestoreSpecImagePullSecrets:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#localobjectreference-v1-core.

        :param name: 

        :schema: RestoreSpecImagePullSecrets
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0aabb6d7063fbe273e637f25858dd6dba5b2956a12dc39a05bb61e6ff3fdbe79)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RestoreSpecImagePullSecrets#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecImagePullSecrets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecInheritMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class RestoreSpecInheritMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''InheritMetadata defines the metadata to be inherited by children resources.

        :param annotations: Annotations to be added to children resources.
        :param labels: Labels to be added to children resources.

        :schema: RestoreSpecInheritMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4cb31339fc541864701825109c8760a221ca4fd02117284fb7f208783e2394c0)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Annotations to be added to children resources.

        :schema: RestoreSpecInheritMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Labels to be added to children resources.

        :schema: RestoreSpecInheritMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecInheritMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="mariadb_restore_commariadbk8s.RestoreSpecLogLevel")
class RestoreSpecLogLevel(enum.Enum):
    '''LogLevel to be used n the Backup Job.

    It defaults to 'info'.

    :schema: RestoreSpecLogLevel
    '''

    DEBUG = "DEBUG"
    '''debug.'''
    INFO = "INFO"
    '''info.'''
    WARN = "WARN"
    '''warn.'''
    ERROR = "ERROR"
    '''error.'''
    DPANIC = "DPANIC"
    '''dpanic.'''
    PANIC = "PANIC"
    '''panic.'''
    FATAL = "FATAL"
    '''fatal.'''


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecMariaDbRef",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "namespace": "namespace",
        "wait_for_it": "waitForIt",
    },
)
class RestoreSpecMariaDbRef:
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

        :schema: RestoreSpecMariaDbRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bea4abedac79dba3f5c3104dcb3ed1e7c60713acfd45a048e59c9fe2c9354363)
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

        :schema: RestoreSpecMariaDbRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RestoreSpecMariaDbRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RestoreSpecMariaDbRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def wait_for_it(self) -> typing.Optional[builtins.bool]:
        '''WaitForIt indicates whether the controller using this reference should wait for MariaDB to be ready.

        :schema: RestoreSpecMariaDbRef#waitForIt
        '''
        result = self._values.get("wait_for_it")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecMariaDbRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecPodMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class RestoreSpecPodMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''PodMetadata defines extra metadata for the Pod.

        :param annotations: Annotations to be added to children resources.
        :param labels: Labels to be added to children resources.

        :schema: RestoreSpecPodMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0aa2e0636a57f6ca369ad08385414bdecd5374de2bb2fe327d7d53b24c75f5b4)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Annotations to be added to children resources.

        :schema: RestoreSpecPodMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Labels to be added to children resources.

        :schema: RestoreSpecPodMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecPodMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecPodSecurityContext",
    jsii_struct_bases=[],
    name_mapping={
        "app_armor_profile": "appArmorProfile",
        "fs_group": "fsGroup",
        "fs_group_change_policy": "fsGroupChangePolicy",
        "run_as_group": "runAsGroup",
        "run_as_non_root": "runAsNonRoot",
        "run_as_user": "runAsUser",
        "seccomp_profile": "seccompProfile",
        "se_linux_options": "seLinuxOptions",
        "supplemental_groups": "supplementalGroups",
    },
)
class RestoreSpecPodSecurityContext:
    def __init__(
        self,
        *,
        app_armor_profile: typing.Optional[typing.Union["RestoreSpecPodSecurityContextAppArmorProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        fs_group: typing.Optional[jsii.Number] = None,
        fs_group_change_policy: typing.Optional[builtins.str] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Optional[typing.Union["RestoreSpecPodSecurityContextSeccompProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        se_linux_options: typing.Optional[typing.Union["RestoreSpecPodSecurityContextSeLinuxOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        supplemental_groups: typing.Optional[typing.Sequence[jsii.Number]] = None,
    ) -> None:
        '''SecurityContext holds pod-level security attributes and common container settings.

        :param app_armor_profile: AppArmorProfile defines a pod or container's AppArmor settings.
        :param fs_group: 
        :param fs_group_change_policy: PodFSGroupChangePolicy holds policies that will be used for applying fsGroup to a volume when volume is mounted.
        :param run_as_group: 
        :param run_as_non_root: 
        :param run_as_user: 
        :param seccomp_profile: SeccompProfile defines a pod/container's seccomp profile settings. Only one profile source may be set.
        :param se_linux_options: SELinuxOptions are the labels to be applied to the container.
        :param supplemental_groups: 

        :schema: RestoreSpecPodSecurityContext
        '''
        if isinstance(app_armor_profile, dict):
            app_armor_profile = RestoreSpecPodSecurityContextAppArmorProfile(**app_armor_profile)
        if isinstance(seccomp_profile, dict):
            seccomp_profile = RestoreSpecPodSecurityContextSeccompProfile(**seccomp_profile)
        if isinstance(se_linux_options, dict):
            se_linux_options = RestoreSpecPodSecurityContextSeLinuxOptions(**se_linux_options)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__61b327d224cfea8b883a4d3fd40244275d1ccf3a1a09652a0ec72251b66a76f3)
            check_type(argname="argument app_armor_profile", value=app_armor_profile, expected_type=type_hints["app_armor_profile"])
            check_type(argname="argument fs_group", value=fs_group, expected_type=type_hints["fs_group"])
            check_type(argname="argument fs_group_change_policy", value=fs_group_change_policy, expected_type=type_hints["fs_group_change_policy"])
            check_type(argname="argument run_as_group", value=run_as_group, expected_type=type_hints["run_as_group"])
            check_type(argname="argument run_as_non_root", value=run_as_non_root, expected_type=type_hints["run_as_non_root"])
            check_type(argname="argument run_as_user", value=run_as_user, expected_type=type_hints["run_as_user"])
            check_type(argname="argument seccomp_profile", value=seccomp_profile, expected_type=type_hints["seccomp_profile"])
            check_type(argname="argument se_linux_options", value=se_linux_options, expected_type=type_hints["se_linux_options"])
            check_type(argname="argument supplemental_groups", value=supplemental_groups, expected_type=type_hints["supplemental_groups"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if app_armor_profile is not None:
            self._values["app_armor_profile"] = app_armor_profile
        if fs_group is not None:
            self._values["fs_group"] = fs_group
        if fs_group_change_policy is not None:
            self._values["fs_group_change_policy"] = fs_group_change_policy
        if run_as_group is not None:
            self._values["run_as_group"] = run_as_group
        if run_as_non_root is not None:
            self._values["run_as_non_root"] = run_as_non_root
        if run_as_user is not None:
            self._values["run_as_user"] = run_as_user
        if seccomp_profile is not None:
            self._values["seccomp_profile"] = seccomp_profile
        if se_linux_options is not None:
            self._values["se_linux_options"] = se_linux_options
        if supplemental_groups is not None:
            self._values["supplemental_groups"] = supplemental_groups

    @builtins.property
    def app_armor_profile(
        self,
    ) -> typing.Optional["RestoreSpecPodSecurityContextAppArmorProfile"]:
        '''AppArmorProfile defines a pod or container's AppArmor settings.

        :schema: RestoreSpecPodSecurityContext#appArmorProfile
        '''
        result = self._values.get("app_armor_profile")
        return typing.cast(typing.Optional["RestoreSpecPodSecurityContextAppArmorProfile"], result)

    @builtins.property
    def fs_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RestoreSpecPodSecurityContext#fsGroup
        '''
        result = self._values.get("fs_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def fs_group_change_policy(self) -> typing.Optional[builtins.str]:
        '''PodFSGroupChangePolicy holds policies that will be used for applying fsGroup to a volume when volume is mounted.

        :schema: RestoreSpecPodSecurityContext#fsGroupChangePolicy
        '''
        result = self._values.get("fs_group_change_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RestoreSpecPodSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: RestoreSpecPodSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RestoreSpecPodSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(
        self,
    ) -> typing.Optional["RestoreSpecPodSecurityContextSeccompProfile"]:
        '''SeccompProfile defines a pod/container's seccomp profile settings.

        Only one profile source may be set.

        :schema: RestoreSpecPodSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Optional["RestoreSpecPodSecurityContextSeccompProfile"], result)

    @builtins.property
    def se_linux_options(
        self,
    ) -> typing.Optional["RestoreSpecPodSecurityContextSeLinuxOptions"]:
        '''SELinuxOptions are the labels to be applied to the container.

        :schema: RestoreSpecPodSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Optional["RestoreSpecPodSecurityContextSeLinuxOptions"], result)

    @builtins.property
    def supplemental_groups(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''
        :schema: RestoreSpecPodSecurityContext#supplementalGroups
        '''
        result = self._values.get("supplemental_groups")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecPodSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecPodSecurityContextAppArmorProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class RestoreSpecPodSecurityContextAppArmorProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''AppArmorProfile defines a pod or container's AppArmor settings.

        :param type: type indicates which kind of AppArmor profile will be applied. Valid options are: Localhost - a profile pre-loaded on the node. RuntimeDefault - the container runtime's default profile. Unconfined - no AppArmor enforcement.
        :param localhost_profile: localhostProfile indicates a profile loaded on the node that should be used. The profile must be preconfigured on the node to work. Must match the loaded name of the profile. Must be set if and only if type is "Localhost".

        :schema: RestoreSpecPodSecurityContextAppArmorProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1a990feee57ab4b25626915038bf4302eb203e1e92721474fc03f84fbf7723fd)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument localhost_profile", value=localhost_profile, expected_type=type_hints["localhost_profile"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if localhost_profile is not None:
            self._values["localhost_profile"] = localhost_profile

    @builtins.property
    def type(self) -> builtins.str:
        '''type indicates which kind of AppArmor profile will be applied.

        Valid options are:
        Localhost - a profile pre-loaded on the node.
        RuntimeDefault - the container runtime's default profile.
        Unconfined - no AppArmor enforcement.

        :schema: RestoreSpecPodSecurityContextAppArmorProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''localhostProfile indicates a profile loaded on the node that should be used.

        The profile must be preconfigured on the node to work.
        Must match the loaded name of the profile.
        Must be set if and only if type is "Localhost".

        :schema: RestoreSpecPodSecurityContextAppArmorProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecPodSecurityContextAppArmorProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecPodSecurityContextSeLinuxOptions",
    jsii_struct_bases=[],
    name_mapping={"level": "level", "role": "role", "type": "type", "user": "user"},
)
class RestoreSpecPodSecurityContextSeLinuxOptions:
    def __init__(
        self,
        *,
        level: typing.Optional[builtins.str] = None,
        role: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
        user: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SELinuxOptions are the labels to be applied to the container.

        :param level: Level is SELinux level label that applies to the container.
        :param role: Role is a SELinux role label that applies to the container.
        :param type: Type is a SELinux type label that applies to the container.
        :param user: User is a SELinux user label that applies to the container.

        :schema: RestoreSpecPodSecurityContextSeLinuxOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__64370a7949f734a1f3802f50c5f377fcceb642a4c0d0a367eb5220c74f344efc)
            check_type(argname="argument level", value=level, expected_type=type_hints["level"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if level is not None:
            self._values["level"] = level
        if role is not None:
            self._values["role"] = role
        if type is not None:
            self._values["type"] = type
        if user is not None:
            self._values["user"] = user

    @builtins.property
    def level(self) -> typing.Optional[builtins.str]:
        '''Level is SELinux level label that applies to the container.

        :schema: RestoreSpecPodSecurityContextSeLinuxOptions#level
        '''
        result = self._values.get("level")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''Role is a SELinux role label that applies to the container.

        :schema: RestoreSpecPodSecurityContextSeLinuxOptions#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''Type is a SELinux type label that applies to the container.

        :schema: RestoreSpecPodSecurityContextSeLinuxOptions#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''User is a SELinux user label that applies to the container.

        :schema: RestoreSpecPodSecurityContextSeLinuxOptions#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecPodSecurityContextSeLinuxOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecPodSecurityContextSeccompProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class RestoreSpecPodSecurityContextSeccompProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SeccompProfile defines a pod/container's seccomp profile settings.

        Only one profile source may be set.

        :param type: type indicates which kind of seccomp profile will be applied. Valid options are:. Localhost - a profile defined in a file on the node should be used. RuntimeDefault - the container runtime default profile should be used. Unconfined - no profile should be applied.
        :param localhost_profile: localhostProfile indicates a profile defined in a file on the node should be used. The profile must be preconfigured on the node to work. Must be a descending path, relative to the kubelet's configured seccomp profile location. Must be set if type is "Localhost". Must NOT be set for any other type.

        :schema: RestoreSpecPodSecurityContextSeccompProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__692d7fe312effda93ca141446cc26152ad7e58268252149d1dbfd99c123ef7c8)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument localhost_profile", value=localhost_profile, expected_type=type_hints["localhost_profile"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if localhost_profile is not None:
            self._values["localhost_profile"] = localhost_profile

    @builtins.property
    def type(self) -> builtins.str:
        '''type indicates which kind of seccomp profile will be applied. Valid options are:.

        Localhost - a profile defined in a file on the node should be used.
        RuntimeDefault - the container runtime default profile should be used.
        Unconfined - no profile should be applied.

        :schema: RestoreSpecPodSecurityContextSeccompProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''localhostProfile indicates a profile defined in a file on the node should be used.

        The profile must be preconfigured on the node to work.
        Must be a descending path, relative to the kubelet's configured seccomp profile location.
        Must be set if type is "Localhost". Must NOT be set for any other type.

        :schema: RestoreSpecPodSecurityContextSeccompProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecPodSecurityContextSeccompProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class RestoreSpecResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "RestoreSpecResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "RestoreSpecResourcesRequests"]] = None,
    ) -> None:
        '''Resources describes the compute resource requirements.

        :param limits: ResourceList is a set of (resource name, quantity) pairs.
        :param requests: ResourceList is a set of (resource name, quantity) pairs.

        :schema: RestoreSpecResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f2ca8ab3d9f07751166537007d92197ac19fc46943424b86699ac969e4ab72d1)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "RestoreSpecResourcesLimits"]]:
        '''ResourceList is a set of (resource name, quantity) pairs.

        :schema: RestoreSpecResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "RestoreSpecResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "RestoreSpecResourcesRequests"]]:
        '''ResourceList is a set of (resource name, quantity) pairs.

        :schema: RestoreSpecResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "RestoreSpecResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class RestoreSpecResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecResourcesLimits",
):
    '''
    :schema: RestoreSpecResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "RestoreSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7de1e56eabef75d22340d327e4b299bdaa1c9cb2560bd2445175dc8d3f7b10cb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("RestoreSpecResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "RestoreSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a0b4619a85b3c71534beba2d3e4920bb692f14bcfc248d3b68d4354db8acfb57)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("RestoreSpecResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class RestoreSpecResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecResourcesRequests",
):
    '''
    :schema: RestoreSpecResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "RestoreSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3f62d5495fe157341ea05dc80aee87c37a0d305b18df8c0aff6182b9cd9ebcda)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("RestoreSpecResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "RestoreSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2f0f31f118fb9d75c0c216ba9e6c1d89b105ffd2b03422cc54ab37a9352d3af1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("RestoreSpecResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(jsii_type="mariadb_restore_commariadbk8s.RestoreSpecRestartPolicy")
class RestoreSpecRestartPolicy(enum.Enum):
    '''RestartPolicy to be added to the Backup Job.

    :schema: RestoreSpecRestartPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    ON_FAILURE = "ON_FAILURE"
    '''OnFailure.'''
    NEVER = "NEVER"
    '''Never.'''


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecS3",
    jsii_struct_bases=[],
    name_mapping={
        "bucket": "bucket",
        "endpoint": "endpoint",
        "access_key_id_secret_key_ref": "accessKeyIdSecretKeyRef",
        "prefix": "prefix",
        "region": "region",
        "secret_access_key_secret_key_ref": "secretAccessKeySecretKeyRef",
        "session_token_secret_key_ref": "sessionTokenSecretKeyRef",
        "ssec": "ssec",
        "tls": "tls",
    },
)
class RestoreSpecS3:
    def __init__(
        self,
        *,
        bucket: builtins.str,
        endpoint: builtins.str,
        access_key_id_secret_key_ref: typing.Optional[typing.Union["RestoreSpecS3AccessKeyIdSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        prefix: typing.Optional[builtins.str] = None,
        region: typing.Optional[builtins.str] = None,
        secret_access_key_secret_key_ref: typing.Optional[typing.Union["RestoreSpecS3SecretAccessKeySecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        session_token_secret_key_ref: typing.Optional[typing.Union["RestoreSpecS3SessionTokenSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        ssec: typing.Optional[typing.Union["RestoreSpecS3Ssec", typing.Dict[builtins.str, typing.Any]]] = None,
        tls: typing.Optional[typing.Union["RestoreSpecS3Tls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''S3 defines the configuration to restore backups from a S3 compatible storage.

        It has priority over Volume.

        :param bucket: Bucket is the name Name of the bucket to store backups.
        :param endpoint: Endpoint is the S3 API endpoint without scheme.
        :param access_key_id_secret_key_ref: AccessKeyIdSecretKeyRef is a reference to a Secret key containing the S3 access key id.
        :param prefix: Prefix indicates a folder/subfolder in the bucket. For example: mariadb/ or mariadb/backups. A trailing slash '/' is added if not provided.
        :param region: Region is the S3 region name to use.
        :param secret_access_key_secret_key_ref: AccessKeyIdSecretKeyRef is a reference to a Secret key containing the S3 secret key.
        :param session_token_secret_key_ref: SessionTokenSecretKeyRef is a reference to a Secret key containing the S3 session token.
        :param ssec: SSEC is a reference to a Secret containing the SSE-C (Server-Side Encryption with Customer-Provided Keys) key. The secret must contain a 32-byte key (256 bits) in the specified key. This enables server-side encryption where you provide and manage the encryption key.
        :param tls: TLS provides the configuration required to establish TLS connections with S3.

        :schema: RestoreSpecS3
        '''
        if isinstance(access_key_id_secret_key_ref, dict):
            access_key_id_secret_key_ref = RestoreSpecS3AccessKeyIdSecretKeyRef(**access_key_id_secret_key_ref)
        if isinstance(secret_access_key_secret_key_ref, dict):
            secret_access_key_secret_key_ref = RestoreSpecS3SecretAccessKeySecretKeyRef(**secret_access_key_secret_key_ref)
        if isinstance(session_token_secret_key_ref, dict):
            session_token_secret_key_ref = RestoreSpecS3SessionTokenSecretKeyRef(**session_token_secret_key_ref)
        if isinstance(ssec, dict):
            ssec = RestoreSpecS3Ssec(**ssec)
        if isinstance(tls, dict):
            tls = RestoreSpecS3Tls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__55a9ee680c265db11a559895f19d233e522aa7d4ce0b5534f47b016d412a5b7f)
            check_type(argname="argument bucket", value=bucket, expected_type=type_hints["bucket"])
            check_type(argname="argument endpoint", value=endpoint, expected_type=type_hints["endpoint"])
            check_type(argname="argument access_key_id_secret_key_ref", value=access_key_id_secret_key_ref, expected_type=type_hints["access_key_id_secret_key_ref"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument secret_access_key_secret_key_ref", value=secret_access_key_secret_key_ref, expected_type=type_hints["secret_access_key_secret_key_ref"])
            check_type(argname="argument session_token_secret_key_ref", value=session_token_secret_key_ref, expected_type=type_hints["session_token_secret_key_ref"])
            check_type(argname="argument ssec", value=ssec, expected_type=type_hints["ssec"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "bucket": bucket,
            "endpoint": endpoint,
        }
        if access_key_id_secret_key_ref is not None:
            self._values["access_key_id_secret_key_ref"] = access_key_id_secret_key_ref
        if prefix is not None:
            self._values["prefix"] = prefix
        if region is not None:
            self._values["region"] = region
        if secret_access_key_secret_key_ref is not None:
            self._values["secret_access_key_secret_key_ref"] = secret_access_key_secret_key_ref
        if session_token_secret_key_ref is not None:
            self._values["session_token_secret_key_ref"] = session_token_secret_key_ref
        if ssec is not None:
            self._values["ssec"] = ssec
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def bucket(self) -> builtins.str:
        '''Bucket is the name Name of the bucket to store backups.

        :schema: RestoreSpecS3#bucket
        '''
        result = self._values.get("bucket")
        assert result is not None, "Required property 'bucket' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def endpoint(self) -> builtins.str:
        '''Endpoint is the S3 API endpoint without scheme.

        :schema: RestoreSpecS3#endpoint
        '''
        result = self._values.get("endpoint")
        assert result is not None, "Required property 'endpoint' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def access_key_id_secret_key_ref(
        self,
    ) -> typing.Optional["RestoreSpecS3AccessKeyIdSecretKeyRef"]:
        '''AccessKeyIdSecretKeyRef is a reference to a Secret key containing the S3 access key id.

        :schema: RestoreSpecS3#accessKeyIdSecretKeyRef
        '''
        result = self._values.get("access_key_id_secret_key_ref")
        return typing.cast(typing.Optional["RestoreSpecS3AccessKeyIdSecretKeyRef"], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''Prefix indicates a folder/subfolder in the bucket.

        For example: mariadb/ or mariadb/backups. A trailing slash '/' is added if not provided.

        :schema: RestoreSpecS3#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''Region is the S3 region name to use.

        :schema: RestoreSpecS3#region
        '''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_access_key_secret_key_ref(
        self,
    ) -> typing.Optional["RestoreSpecS3SecretAccessKeySecretKeyRef"]:
        '''AccessKeyIdSecretKeyRef is a reference to a Secret key containing the S3 secret key.

        :schema: RestoreSpecS3#secretAccessKeySecretKeyRef
        '''
        result = self._values.get("secret_access_key_secret_key_ref")
        return typing.cast(typing.Optional["RestoreSpecS3SecretAccessKeySecretKeyRef"], result)

    @builtins.property
    def session_token_secret_key_ref(
        self,
    ) -> typing.Optional["RestoreSpecS3SessionTokenSecretKeyRef"]:
        '''SessionTokenSecretKeyRef is a reference to a Secret key containing the S3 session token.

        :schema: RestoreSpecS3#sessionTokenSecretKeyRef
        '''
        result = self._values.get("session_token_secret_key_ref")
        return typing.cast(typing.Optional["RestoreSpecS3SessionTokenSecretKeyRef"], result)

    @builtins.property
    def ssec(self) -> typing.Optional["RestoreSpecS3Ssec"]:
        '''SSEC is a reference to a Secret containing the SSE-C (Server-Side Encryption with Customer-Provided Keys) key.

        The secret must contain a 32-byte key (256 bits) in the specified key.
        This enables server-side encryption where you provide and manage the encryption key.

        :schema: RestoreSpecS3#ssec
        '''
        result = self._values.get("ssec")
        return typing.cast(typing.Optional["RestoreSpecS3Ssec"], result)

    @builtins.property
    def tls(self) -> typing.Optional["RestoreSpecS3Tls"]:
        '''TLS provides the configuration required to establish TLS connections with S3.

        :schema: RestoreSpecS3#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["RestoreSpecS3Tls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecS3(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecS3AccessKeyIdSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class RestoreSpecS3AccessKeyIdSecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''AccessKeyIdSecretKeyRef is a reference to a Secret key containing the S3 access key id.

        :param key: 
        :param name: 

        :schema: RestoreSpecS3AccessKeyIdSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8753199a129fd8b901b1415913832d9ecd5cbb2e59316b6e0634bb18443f4f27)
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
        :schema: RestoreSpecS3AccessKeyIdSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RestoreSpecS3AccessKeyIdSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecS3AccessKeyIdSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecS3SecretAccessKeySecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class RestoreSpecS3SecretAccessKeySecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''AccessKeyIdSecretKeyRef is a reference to a Secret key containing the S3 secret key.

        :param key: 
        :param name: 

        :schema: RestoreSpecS3SecretAccessKeySecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d5ef83194a4ed1d45c4d8273020cc819257df15556e66b5d41596de4ad7b6588)
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
        :schema: RestoreSpecS3SecretAccessKeySecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RestoreSpecS3SecretAccessKeySecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecS3SecretAccessKeySecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecS3SessionTokenSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class RestoreSpecS3SessionTokenSecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SessionTokenSecretKeyRef is a reference to a Secret key containing the S3 session token.

        :param key: 
        :param name: 

        :schema: RestoreSpecS3SessionTokenSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d98d21c20dff69cfeda5a55ed124d1e0c456b7cd289ba66ffdecfc8710f5ba57)
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
        :schema: RestoreSpecS3SessionTokenSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RestoreSpecS3SessionTokenSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecS3SessionTokenSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecS3Ssec",
    jsii_struct_bases=[],
    name_mapping={"customer_key_secret_key_ref": "customerKeySecretKeyRef"},
)
class RestoreSpecS3Ssec:
    def __init__(
        self,
        *,
        customer_key_secret_key_ref: typing.Union["RestoreSpecS3SsecCustomerKeySecretKeyRef", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''SSEC is a reference to a Secret containing the SSE-C (Server-Side Encryption with Customer-Provided Keys) key.

        The secret must contain a 32-byte key (256 bits) in the specified key.
        This enables server-side encryption where you provide and manage the encryption key.

        :param customer_key_secret_key_ref: CustomerKeySecretKeyRef is a reference to a Secret key containing the SSE-C customer-provided encryption key. The key must be a 32-byte (256-bit) key encoded in base64.

        :schema: RestoreSpecS3Ssec
        '''
        if isinstance(customer_key_secret_key_ref, dict):
            customer_key_secret_key_ref = RestoreSpecS3SsecCustomerKeySecretKeyRef(**customer_key_secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e5afea5b5bc7022b20a870972837cd4c1b95c20b863965b0c9e2dbcbdbc7e1c2)
            check_type(argname="argument customer_key_secret_key_ref", value=customer_key_secret_key_ref, expected_type=type_hints["customer_key_secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "customer_key_secret_key_ref": customer_key_secret_key_ref,
        }

    @builtins.property
    def customer_key_secret_key_ref(self) -> "RestoreSpecS3SsecCustomerKeySecretKeyRef":
        '''CustomerKeySecretKeyRef is a reference to a Secret key containing the SSE-C customer-provided encryption key.

        The key must be a 32-byte (256-bit) key encoded in base64.

        :schema: RestoreSpecS3Ssec#customerKeySecretKeyRef
        '''
        result = self._values.get("customer_key_secret_key_ref")
        assert result is not None, "Required property 'customer_key_secret_key_ref' is missing"
        return typing.cast("RestoreSpecS3SsecCustomerKeySecretKeyRef", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecS3Ssec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecS3SsecCustomerKeySecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class RestoreSpecS3SsecCustomerKeySecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''CustomerKeySecretKeyRef is a reference to a Secret key containing the SSE-C customer-provided encryption key.

        The key must be a 32-byte (256-bit) key encoded in base64.

        :param key: 
        :param name: 

        :schema: RestoreSpecS3SsecCustomerKeySecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7995188817f5853ebdca1c9b563c29fbdb17ff727326c95b32ebafe41327d2a8)
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
        :schema: RestoreSpecS3SsecCustomerKeySecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RestoreSpecS3SsecCustomerKeySecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecS3SsecCustomerKeySecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecS3Tls",
    jsii_struct_bases=[],
    name_mapping={"ca_secret_key_ref": "caSecretKeyRef", "enabled": "enabled"},
)
class RestoreSpecS3Tls:
    def __init__(
        self,
        *,
        ca_secret_key_ref: typing.Optional[typing.Union["RestoreSpecS3TlsCaSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''TLS provides the configuration required to establish TLS connections with S3.

        :param ca_secret_key_ref: CASecretKeyRef is a reference to a Secret key containing a CA bundle in PEM format used to establish TLS connections with S3. By default, the system trust chain will be used, but you can use this field to add more CAs to the bundle.
        :param enabled: Enabled is a flag to enable TLS.

        :schema: RestoreSpecS3Tls
        '''
        if isinstance(ca_secret_key_ref, dict):
            ca_secret_key_ref = RestoreSpecS3TlsCaSecretKeyRef(**ca_secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b4f8d259484011a3eccbccdc398a4cc17b60d50cd159da6bb271d893599ae808)
            check_type(argname="argument ca_secret_key_ref", value=ca_secret_key_ref, expected_type=type_hints["ca_secret_key_ref"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_secret_key_ref is not None:
            self._values["ca_secret_key_ref"] = ca_secret_key_ref
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def ca_secret_key_ref(self) -> typing.Optional["RestoreSpecS3TlsCaSecretKeyRef"]:
        '''CASecretKeyRef is a reference to a Secret key containing a CA bundle in PEM format used to establish TLS connections with S3.

        By default, the system trust chain will be used, but you can use this field to add more CAs to the bundle.

        :schema: RestoreSpecS3Tls#caSecretKeyRef
        '''
        result = self._values.get("ca_secret_key_ref")
        return typing.cast(typing.Optional["RestoreSpecS3TlsCaSecretKeyRef"], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled is a flag to enable TLS.

        :schema: RestoreSpecS3Tls#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecS3Tls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecS3TlsCaSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class RestoreSpecS3TlsCaSecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''CASecretKeyRef is a reference to a Secret key containing a CA bundle in PEM format used to establish TLS connections with S3.

        By default, the system trust chain will be used, but you can use this field to add more CAs to the bundle.

        :param key: 
        :param name: 

        :schema: RestoreSpecS3TlsCaSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__25147c276a96ecf1ad3d4025ac7143ba7bc1620d1743d9df3375eabfe37336e7)
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
        :schema: RestoreSpecS3TlsCaSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RestoreSpecS3TlsCaSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecS3TlsCaSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecSecurityContext",
    jsii_struct_bases=[],
    name_mapping={
        "allow_privilege_escalation": "allowPrivilegeEscalation",
        "capabilities": "capabilities",
        "privileged": "privileged",
        "read_only_root_filesystem": "readOnlyRootFilesystem",
        "run_as_group": "runAsGroup",
        "run_as_non_root": "runAsNonRoot",
        "run_as_user": "runAsUser",
    },
)
class RestoreSpecSecurityContext:
    def __init__(
        self,
        *,
        allow_privilege_escalation: typing.Optional[builtins.bool] = None,
        capabilities: typing.Optional[typing.Union["RestoreSpecSecurityContextCapabilities", typing.Dict[builtins.str, typing.Any]]] = None,
        privileged: typing.Optional[builtins.bool] = None,
        read_only_root_filesystem: typing.Optional[builtins.bool] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''SecurityContext holds security configuration that will be applied to a container.

        :param allow_privilege_escalation: 
        :param capabilities: Adds and removes POSIX capabilities from running containers.
        :param privileged: 
        :param read_only_root_filesystem: 
        :param run_as_group: 
        :param run_as_non_root: 
        :param run_as_user: 

        :schema: RestoreSpecSecurityContext
        '''
        if isinstance(capabilities, dict):
            capabilities = RestoreSpecSecurityContextCapabilities(**capabilities)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9d19f77f707d8d8e250bbde302f068f147ae0442829864802b6955f5bc8943e2)
            check_type(argname="argument allow_privilege_escalation", value=allow_privilege_escalation, expected_type=type_hints["allow_privilege_escalation"])
            check_type(argname="argument capabilities", value=capabilities, expected_type=type_hints["capabilities"])
            check_type(argname="argument privileged", value=privileged, expected_type=type_hints["privileged"])
            check_type(argname="argument read_only_root_filesystem", value=read_only_root_filesystem, expected_type=type_hints["read_only_root_filesystem"])
            check_type(argname="argument run_as_group", value=run_as_group, expected_type=type_hints["run_as_group"])
            check_type(argname="argument run_as_non_root", value=run_as_non_root, expected_type=type_hints["run_as_non_root"])
            check_type(argname="argument run_as_user", value=run_as_user, expected_type=type_hints["run_as_user"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_privilege_escalation is not None:
            self._values["allow_privilege_escalation"] = allow_privilege_escalation
        if capabilities is not None:
            self._values["capabilities"] = capabilities
        if privileged is not None:
            self._values["privileged"] = privileged
        if read_only_root_filesystem is not None:
            self._values["read_only_root_filesystem"] = read_only_root_filesystem
        if run_as_group is not None:
            self._values["run_as_group"] = run_as_group
        if run_as_non_root is not None:
            self._values["run_as_non_root"] = run_as_non_root
        if run_as_user is not None:
            self._values["run_as_user"] = run_as_user

    @builtins.property
    def allow_privilege_escalation(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: RestoreSpecSecurityContext#allowPrivilegeEscalation
        '''
        result = self._values.get("allow_privilege_escalation")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def capabilities(self) -> typing.Optional["RestoreSpecSecurityContextCapabilities"]:
        '''Adds and removes POSIX capabilities from running containers.

        :schema: RestoreSpecSecurityContext#capabilities
        '''
        result = self._values.get("capabilities")
        return typing.cast(typing.Optional["RestoreSpecSecurityContextCapabilities"], result)

    @builtins.property
    def privileged(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: RestoreSpecSecurityContext#privileged
        '''
        result = self._values.get("privileged")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def read_only_root_filesystem(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: RestoreSpecSecurityContext#readOnlyRootFilesystem
        '''
        result = self._values.get("read_only_root_filesystem")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RestoreSpecSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: RestoreSpecSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RestoreSpecSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecSecurityContextCapabilities",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "drop": "drop"},
)
class RestoreSpecSecurityContextCapabilities:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[builtins.str]] = None,
        drop: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Adds and removes POSIX capabilities from running containers.

        :param add: Added capabilities.
        :param drop: Removed capabilities.

        :schema: RestoreSpecSecurityContextCapabilities
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__af00659904c5fc8b0648bf2010f8e45e6422ff4e2c09b0af13dd8179e946ec79)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument drop", value=drop, expected_type=type_hints["drop"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if drop is not None:
            self._values["drop"] = drop

    @builtins.property
    def add(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Added capabilities.

        :schema: RestoreSpecSecurityContextCapabilities#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def drop(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Removed capabilities.

        :schema: RestoreSpecSecurityContextCapabilities#drop
        '''
        result = self._values.get("drop")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecSecurityContextCapabilities(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecStagingStorage",
    jsii_struct_bases=[],
    name_mapping={
        "persistent_volume_claim": "persistentVolumeClaim",
        "volume": "volume",
    },
)
class RestoreSpecStagingStorage:
    def __init__(
        self,
        *,
        persistent_volume_claim: typing.Optional[typing.Union["RestoreSpecStagingStoragePersistentVolumeClaim", typing.Dict[builtins.str, typing.Any]]] = None,
        volume: typing.Optional[typing.Union["RestoreSpecStagingStorageVolume", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''StagingStorage defines the temporary storage used to keep external backups (i.e. S3) while they are being processed. It defaults to an emptyDir volume, meaning that the backups will be temporarily stored in the node where the Restore Job is scheduled.

        :param persistent_volume_claim: PersistentVolumeClaim is a Kubernetes PVC specification.
        :param volume: Volume is a Kubernetes volume specification.

        :schema: RestoreSpecStagingStorage
        '''
        if isinstance(persistent_volume_claim, dict):
            persistent_volume_claim = RestoreSpecStagingStoragePersistentVolumeClaim(**persistent_volume_claim)
        if isinstance(volume, dict):
            volume = RestoreSpecStagingStorageVolume(**volume)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b706e4708aface9f4913f76fdff80f766c637bc246826c713167c17ea3c3eb20)
            check_type(argname="argument persistent_volume_claim", value=persistent_volume_claim, expected_type=type_hints["persistent_volume_claim"])
            check_type(argname="argument volume", value=volume, expected_type=type_hints["volume"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if persistent_volume_claim is not None:
            self._values["persistent_volume_claim"] = persistent_volume_claim
        if volume is not None:
            self._values["volume"] = volume

    @builtins.property
    def persistent_volume_claim(
        self,
    ) -> typing.Optional["RestoreSpecStagingStoragePersistentVolumeClaim"]:
        '''PersistentVolumeClaim is a Kubernetes PVC specification.

        :schema: RestoreSpecStagingStorage#persistentVolumeClaim
        '''
        result = self._values.get("persistent_volume_claim")
        return typing.cast(typing.Optional["RestoreSpecStagingStoragePersistentVolumeClaim"], result)

    @builtins.property
    def volume(self) -> typing.Optional["RestoreSpecStagingStorageVolume"]:
        '''Volume is a Kubernetes volume specification.

        :schema: RestoreSpecStagingStorage#volume
        '''
        result = self._values.get("volume")
        return typing.cast(typing.Optional["RestoreSpecStagingStorageVolume"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecStagingStorage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecStagingStoragePersistentVolumeClaim",
    jsii_struct_bases=[],
    name_mapping={
        "access_modes": "accessModes",
        "resources": "resources",
        "selector": "selector",
        "storage_class_name": "storageClassName",
    },
)
class RestoreSpecStagingStoragePersistentVolumeClaim:
    def __init__(
        self,
        *,
        access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
        resources: typing.Optional[typing.Union["RestoreSpecStagingStoragePersistentVolumeClaimResources", typing.Dict[builtins.str, typing.Any]]] = None,
        selector: typing.Optional[typing.Union["RestoreSpecStagingStoragePersistentVolumeClaimSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        storage_class_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''PersistentVolumeClaim is a Kubernetes PVC specification.

        :param access_modes: 
        :param resources: VolumeResourceRequirements describes the storage resource requirements for a volume.
        :param selector: A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.
        :param storage_class_name: 

        :schema: RestoreSpecStagingStoragePersistentVolumeClaim
        '''
        if isinstance(resources, dict):
            resources = RestoreSpecStagingStoragePersistentVolumeClaimResources(**resources)
        if isinstance(selector, dict):
            selector = RestoreSpecStagingStoragePersistentVolumeClaimSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1222d75dc6b6271444b453751189a3d57c4a8274a008eb40ac82d4e1390e3e68)
            check_type(argname="argument access_modes", value=access_modes, expected_type=type_hints["access_modes"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument storage_class_name", value=storage_class_name, expected_type=type_hints["storage_class_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access_modes is not None:
            self._values["access_modes"] = access_modes
        if resources is not None:
            self._values["resources"] = resources
        if selector is not None:
            self._values["selector"] = selector
        if storage_class_name is not None:
            self._values["storage_class_name"] = storage_class_name

    @builtins.property
    def access_modes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RestoreSpecStagingStoragePersistentVolumeClaim#accessModes
        '''
        result = self._values.get("access_modes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["RestoreSpecStagingStoragePersistentVolumeClaimResources"]:
        '''VolumeResourceRequirements describes the storage resource requirements for a volume.

        :schema: RestoreSpecStagingStoragePersistentVolumeClaim#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["RestoreSpecStagingStoragePersistentVolumeClaimResources"], result)

    @builtins.property
    def selector(
        self,
    ) -> typing.Optional["RestoreSpecStagingStoragePersistentVolumeClaimSelector"]:
        '''A label selector is a label query over a set of resources.

        The result of matchLabels and
        matchExpressions are ANDed. An empty label selector matches all objects. A null
        label selector matches no objects.

        :schema: RestoreSpecStagingStoragePersistentVolumeClaim#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["RestoreSpecStagingStoragePersistentVolumeClaimSelector"], result)

    @builtins.property
    def storage_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RestoreSpecStagingStoragePersistentVolumeClaim#storageClassName
        '''
        result = self._values.get("storage_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecStagingStoragePersistentVolumeClaim(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecStagingStoragePersistentVolumeClaimResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class RestoreSpecStagingStoragePersistentVolumeClaimResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "RestoreSpecStagingStoragePersistentVolumeClaimResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "RestoreSpecStagingStoragePersistentVolumeClaimResourcesRequests"]] = None,
    ) -> None:
        '''VolumeResourceRequirements describes the storage resource requirements for a volume.

        :param limits: Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
        :param requests: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: RestoreSpecStagingStoragePersistentVolumeClaimResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2f21f9cc28750023a5817cca80c9de403867b0a4e075b636b3dcedeb62f3d735)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "RestoreSpecStagingStoragePersistentVolumeClaimResourcesLimits"]]:
        '''Limits describes the maximum amount of compute resources allowed.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: RestoreSpecStagingStoragePersistentVolumeClaimResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "RestoreSpecStagingStoragePersistentVolumeClaimResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "RestoreSpecStagingStoragePersistentVolumeClaimResourcesRequests"]]:
        '''Requests describes the minimum amount of compute resources required.

        If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
        otherwise to an implementation-defined value. Requests cannot exceed Limits.
        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: RestoreSpecStagingStoragePersistentVolumeClaimResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "RestoreSpecStagingStoragePersistentVolumeClaimResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecStagingStoragePersistentVolumeClaimResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class RestoreSpecStagingStoragePersistentVolumeClaimResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecStagingStoragePersistentVolumeClaimResourcesLimits",
):
    '''
    :schema: RestoreSpecStagingStoragePersistentVolumeClaimResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "RestoreSpecStagingStoragePersistentVolumeClaimResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a9a22442e59626c83ea4cbdd162b2b1e64913d17f0083a095ab49bb7ab471794)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("RestoreSpecStagingStoragePersistentVolumeClaimResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "RestoreSpecStagingStoragePersistentVolumeClaimResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__05c64a40b29773b27d2af9e5068bc1815b23b5093d9a131b1e8de243f02ec9ef)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("RestoreSpecStagingStoragePersistentVolumeClaimResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class RestoreSpecStagingStoragePersistentVolumeClaimResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecStagingStoragePersistentVolumeClaimResourcesRequests",
):
    '''
    :schema: RestoreSpecStagingStoragePersistentVolumeClaimResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "RestoreSpecStagingStoragePersistentVolumeClaimResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8ffed57cdd667994cd2d1ffed32f0ecb97c5ae4831b8186ecd6e64742378b3e7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("RestoreSpecStagingStoragePersistentVolumeClaimResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "RestoreSpecStagingStoragePersistentVolumeClaimResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__38b52b3c35ea1e9c2163f2e174185896e8fb0954144fc7a09407dcf71db22570)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("RestoreSpecStagingStoragePersistentVolumeClaimResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecStagingStoragePersistentVolumeClaimSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class RestoreSpecStagingStoragePersistentVolumeClaimSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["RestoreSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''A label selector is a label query over a set of resources.

        The result of matchLabels and
        matchExpressions are ANDed. An empty label selector matches all objects. A null
        label selector matches no objects.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: RestoreSpecStagingStoragePersistentVolumeClaimSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__91288546e2622a6712b779d321513c2e0509fd546464ff1f39f0ebb36737503e)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["RestoreSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: RestoreSpecStagingStoragePersistentVolumeClaimSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["RestoreSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: RestoreSpecStagingStoragePersistentVolumeClaimSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecStagingStoragePersistentVolumeClaimSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class RestoreSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: RestoreSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5017bf70bea02cc1685ed9c373c4dc677ba250ad3095c7f6d9fb1afe27e1dde0)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: RestoreSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: RestoreSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: RestoreSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecStagingStorageVolume",
    jsii_struct_bases=[],
    name_mapping={
        "csi": "csi",
        "empty_dir": "emptyDir",
        "host_path": "hostPath",
        "nfs": "nfs",
        "persistent_volume_claim": "persistentVolumeClaim",
    },
)
class RestoreSpecStagingStorageVolume:
    def __init__(
        self,
        *,
        csi: typing.Optional[typing.Union["RestoreSpecStagingStorageVolumeCsi", typing.Dict[builtins.str, typing.Any]]] = None,
        empty_dir: typing.Optional[typing.Union["RestoreSpecStagingStorageVolumeEmptyDir", typing.Dict[builtins.str, typing.Any]]] = None,
        host_path: typing.Optional[typing.Union["RestoreSpecStagingStorageVolumeHostPath", typing.Dict[builtins.str, typing.Any]]] = None,
        nfs: typing.Optional[typing.Union["RestoreSpecStagingStorageVolumeNfs", typing.Dict[builtins.str, typing.Any]]] = None,
        persistent_volume_claim: typing.Optional[typing.Union["RestoreSpecStagingStorageVolumePersistentVolumeClaim", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Volume is a Kubernetes volume specification.

        :param csi: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#csivolumesource-v1-core.
        :param empty_dir: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#emptydirvolumesource-v1-core.
        :param host_path: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#hostpathvolumesource-v1-core.
        :param nfs: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nfsvolumesource-v1-core.
        :param persistent_volume_claim: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#persistentvolumeclaimvolumesource-v1-core.

        :schema: RestoreSpecStagingStorageVolume
        '''
        if isinstance(csi, dict):
            csi = RestoreSpecStagingStorageVolumeCsi(**csi)
        if isinstance(empty_dir, dict):
            empty_dir = RestoreSpecStagingStorageVolumeEmptyDir(**empty_dir)
        if isinstance(host_path, dict):
            host_path = RestoreSpecStagingStorageVolumeHostPath(**host_path)
        if isinstance(nfs, dict):
            nfs = RestoreSpecStagingStorageVolumeNfs(**nfs)
        if isinstance(persistent_volume_claim, dict):
            persistent_volume_claim = RestoreSpecStagingStorageVolumePersistentVolumeClaim(**persistent_volume_claim)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5f5e93e2d5fd56baa3d07b7fc9745ece1b20e8e07a6a0436d05d46a8d87fda2c)
            check_type(argname="argument csi", value=csi, expected_type=type_hints["csi"])
            check_type(argname="argument empty_dir", value=empty_dir, expected_type=type_hints["empty_dir"])
            check_type(argname="argument host_path", value=host_path, expected_type=type_hints["host_path"])
            check_type(argname="argument nfs", value=nfs, expected_type=type_hints["nfs"])
            check_type(argname="argument persistent_volume_claim", value=persistent_volume_claim, expected_type=type_hints["persistent_volume_claim"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if csi is not None:
            self._values["csi"] = csi
        if empty_dir is not None:
            self._values["empty_dir"] = empty_dir
        if host_path is not None:
            self._values["host_path"] = host_path
        if nfs is not None:
            self._values["nfs"] = nfs
        if persistent_volume_claim is not None:
            self._values["persistent_volume_claim"] = persistent_volume_claim

    @builtins.property
    def csi(self) -> typing.Optional["RestoreSpecStagingStorageVolumeCsi"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#csivolumesource-v1-core.

        :schema: RestoreSpecStagingStorageVolume#csi
        '''
        result = self._values.get("csi")
        return typing.cast(typing.Optional["RestoreSpecStagingStorageVolumeCsi"], result)

    @builtins.property
    def empty_dir(self) -> typing.Optional["RestoreSpecStagingStorageVolumeEmptyDir"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#emptydirvolumesource-v1-core.

        :schema: RestoreSpecStagingStorageVolume#emptyDir
        '''
        result = self._values.get("empty_dir")
        return typing.cast(typing.Optional["RestoreSpecStagingStorageVolumeEmptyDir"], result)

    @builtins.property
    def host_path(self) -> typing.Optional["RestoreSpecStagingStorageVolumeHostPath"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#hostpathvolumesource-v1-core.

        :schema: RestoreSpecStagingStorageVolume#hostPath
        '''
        result = self._values.get("host_path")
        return typing.cast(typing.Optional["RestoreSpecStagingStorageVolumeHostPath"], result)

    @builtins.property
    def nfs(self) -> typing.Optional["RestoreSpecStagingStorageVolumeNfs"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nfsvolumesource-v1-core.

        :schema: RestoreSpecStagingStorageVolume#nfs
        '''
        result = self._values.get("nfs")
        return typing.cast(typing.Optional["RestoreSpecStagingStorageVolumeNfs"], result)

    @builtins.property
    def persistent_volume_claim(
        self,
    ) -> typing.Optional["RestoreSpecStagingStorageVolumePersistentVolumeClaim"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#persistentvolumeclaimvolumesource-v1-core.

        :schema: RestoreSpecStagingStorageVolume#persistentVolumeClaim
        '''
        result = self._values.get("persistent_volume_claim")
        return typing.cast(typing.Optional["RestoreSpecStagingStorageVolumePersistentVolumeClaim"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecStagingStorageVolume(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecStagingStorageVolumeCsi",
    jsii_struct_bases=[],
    name_mapping={
        "driver": "driver",
        "fs_type": "fsType",
        "node_publish_secret_ref": "nodePublishSecretRef",
        "read_only": "readOnly",
        "volume_attributes": "volumeAttributes",
    },
)
class RestoreSpecStagingStorageVolumeCsi:
    def __init__(
        self,
        *,
        driver: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
        node_publish_secret_ref: typing.Optional[typing.Union["RestoreSpecStagingStorageVolumeCsiNodePublishSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        read_only: typing.Optional[builtins.bool] = None,
        volume_attributes: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#csivolumesource-v1-core.

        :param driver: 
        :param fs_type: 
        :param node_publish_secret_ref: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#localobjectreference-v1-core.
        :param read_only: 
        :param volume_attributes: 

        :schema: RestoreSpecStagingStorageVolumeCsi
        '''
        if isinstance(node_publish_secret_ref, dict):
            node_publish_secret_ref = RestoreSpecStagingStorageVolumeCsiNodePublishSecretRef(**node_publish_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f4223d812de425daa2b8f64759bb6c7e51919b34a5329e7710ff3189aecaef33)
            check_type(argname="argument driver", value=driver, expected_type=type_hints["driver"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument node_publish_secret_ref", value=node_publish_secret_ref, expected_type=type_hints["node_publish_secret_ref"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument volume_attributes", value=volume_attributes, expected_type=type_hints["volume_attributes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "driver": driver,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if node_publish_secret_ref is not None:
            self._values["node_publish_secret_ref"] = node_publish_secret_ref
        if read_only is not None:
            self._values["read_only"] = read_only
        if volume_attributes is not None:
            self._values["volume_attributes"] = volume_attributes

    @builtins.property
    def driver(self) -> builtins.str:
        '''
        :schema: RestoreSpecStagingStorageVolumeCsi#driver
        '''
        result = self._values.get("driver")
        assert result is not None, "Required property 'driver' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RestoreSpecStagingStorageVolumeCsi#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_publish_secret_ref(
        self,
    ) -> typing.Optional["RestoreSpecStagingStorageVolumeCsiNodePublishSecretRef"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#localobjectreference-v1-core.

        :schema: RestoreSpecStagingStorageVolumeCsi#nodePublishSecretRef
        '''
        result = self._values.get("node_publish_secret_ref")
        return typing.cast(typing.Optional["RestoreSpecStagingStorageVolumeCsiNodePublishSecretRef"], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: RestoreSpecStagingStorageVolumeCsi#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def volume_attributes(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: RestoreSpecStagingStorageVolumeCsi#volumeAttributes
        '''
        result = self._values.get("volume_attributes")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecStagingStorageVolumeCsi(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecStagingStorageVolumeCsiNodePublishSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class RestoreSpecStagingStorageVolumeCsiNodePublishSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#localobjectreference-v1-core.

        :param name: 

        :schema: RestoreSpecStagingStorageVolumeCsiNodePublishSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__806a357fc57a6921ee344e5aadfcce2669af941490fafb689a165b4f52c23db8)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RestoreSpecStagingStorageVolumeCsiNodePublishSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecStagingStorageVolumeCsiNodePublishSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecStagingStorageVolumeEmptyDir",
    jsii_struct_bases=[],
    name_mapping={"medium": "medium", "size_limit": "sizeLimit"},
)
class RestoreSpecStagingStorageVolumeEmptyDir:
    def __init__(
        self,
        *,
        medium: typing.Optional[builtins.str] = None,
        size_limit: typing.Optional["RestoreSpecStagingStorageVolumeEmptyDirSizeLimit"] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#emptydirvolumesource-v1-core.

        :param medium: StorageMedium defines ways that storage can be allocated to a volume.
        :param size_limit: 

        :schema: RestoreSpecStagingStorageVolumeEmptyDir
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__070c4600d92a764bf1a94e3ab50b42085a614cf973eeca162bbf4710e71207d1)
            check_type(argname="argument medium", value=medium, expected_type=type_hints["medium"])
            check_type(argname="argument size_limit", value=size_limit, expected_type=type_hints["size_limit"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if medium is not None:
            self._values["medium"] = medium
        if size_limit is not None:
            self._values["size_limit"] = size_limit

    @builtins.property
    def medium(self) -> typing.Optional[builtins.str]:
        '''StorageMedium defines ways that storage can be allocated to a volume.

        :schema: RestoreSpecStagingStorageVolumeEmptyDir#medium
        '''
        result = self._values.get("medium")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def size_limit(
        self,
    ) -> typing.Optional["RestoreSpecStagingStorageVolumeEmptyDirSizeLimit"]:
        '''
        :schema: RestoreSpecStagingStorageVolumeEmptyDir#sizeLimit
        '''
        result = self._values.get("size_limit")
        return typing.cast(typing.Optional["RestoreSpecStagingStorageVolumeEmptyDirSizeLimit"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecStagingStorageVolumeEmptyDir(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class RestoreSpecStagingStorageVolumeEmptyDirSizeLimit(
    metaclass=jsii.JSIIMeta,
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecStagingStorageVolumeEmptyDirSizeLimit",
):
    '''
    :schema: RestoreSpecStagingStorageVolumeEmptyDirSizeLimit
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "RestoreSpecStagingStorageVolumeEmptyDirSizeLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6d229d02acaa86e0373674e9061b4ea05595fe53ee1a8ed946fbeef037e37ccd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("RestoreSpecStagingStorageVolumeEmptyDirSizeLimit", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "RestoreSpecStagingStorageVolumeEmptyDirSizeLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d40d5f2271a9f06662293e732116a6729e81bd3cdf4f3496a7f3d9c8104970d2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("RestoreSpecStagingStorageVolumeEmptyDirSizeLimit", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecStagingStorageVolumeHostPath",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "type": "type"},
)
class RestoreSpecStagingStorageVolumeHostPath:
    def __init__(
        self,
        *,
        path: builtins.str,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#hostpathvolumesource-v1-core.

        :param path: 
        :param type: 

        :schema: RestoreSpecStagingStorageVolumeHostPath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e6009f8e0814ec49d3e32d1443ac421a99df1eb414b607e3ca04043850e1e935)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
        }
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: RestoreSpecStagingStorageVolumeHostPath#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RestoreSpecStagingStorageVolumeHostPath#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecStagingStorageVolumeHostPath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecStagingStorageVolumeNfs",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "server": "server", "read_only": "readOnly"},
)
class RestoreSpecStagingStorageVolumeNfs:
    def __init__(
        self,
        *,
        path: builtins.str,
        server: builtins.str,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nfsvolumesource-v1-core.

        :param path: 
        :param server: 
        :param read_only: 

        :schema: RestoreSpecStagingStorageVolumeNfs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ff018d7d9affee5abf47cef850dbd5f486e02acdee50522e3a29fe6030933ca6)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument server", value=server, expected_type=type_hints["server"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "server": server,
        }
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: RestoreSpecStagingStorageVolumeNfs#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def server(self) -> builtins.str:
        '''
        :schema: RestoreSpecStagingStorageVolumeNfs#server
        '''
        result = self._values.get("server")
        assert result is not None, "Required property 'server' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: RestoreSpecStagingStorageVolumeNfs#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecStagingStorageVolumeNfs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecStagingStorageVolumePersistentVolumeClaim",
    jsii_struct_bases=[],
    name_mapping={"claim_name": "claimName", "read_only": "readOnly"},
)
class RestoreSpecStagingStorageVolumePersistentVolumeClaim:
    def __init__(
        self,
        *,
        claim_name: builtins.str,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#persistentvolumeclaimvolumesource-v1-core.

        :param claim_name: 
        :param read_only: 

        :schema: RestoreSpecStagingStorageVolumePersistentVolumeClaim
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6c3c31a300f0a50e7332ac629d61df69beffe9131bfe95ee977cc585e12df906)
            check_type(argname="argument claim_name", value=claim_name, expected_type=type_hints["claim_name"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "claim_name": claim_name,
        }
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def claim_name(self) -> builtins.str:
        '''
        :schema: RestoreSpecStagingStorageVolumePersistentVolumeClaim#claimName
        '''
        result = self._values.get("claim_name")
        assert result is not None, "Required property 'claim_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: RestoreSpecStagingStorageVolumePersistentVolumeClaim#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecStagingStorageVolumePersistentVolumeClaim(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecTolerations",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "operator": "operator",
        "toleration_seconds": "tolerationSeconds",
        "value": "value",
    },
)
class RestoreSpecTolerations:
    def __init__(
        self,
        *,
        effect: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        toleration_seconds: typing.Optional[jsii.Number] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The pod this Toleration is attached to tolerates any taint that matches the triple <key,value,effect> using the matching operator .

        :param effect: Effect indicates the taint effect to match. Empty means match all taint effects. When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
        :param key: Key is the taint key that the toleration applies to. Empty means match all taint keys. If the key is empty, operator must be Exists; this combination means to match all values and all keys.
        :param operator: Operator represents a key's relationship to the value. Valid operators are Exists, Equal, Lt, and Gt. Defaults to Equal. Exists is equivalent to wildcard for value, so that a pod can tolerate all taints of a particular category. Lt and Gt perform numeric comparisons (requires feature gate TaintTolerationComparisonOperators). Default: Equal.
        :param toleration_seconds: TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default, it is not set, which means tolerate the taint forever (do not evict). Zero and negative values will be treated as 0 (evict immediately) by the system.
        :param value: Value is the taint value the toleration matches to. If the operator is Exists, the value should be empty, otherwise just a regular string.

        :schema: RestoreSpecTolerations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__800a9db50273d9f7a7a89e7abc048c8915cf98cf4da667ffe856caa86b73ca9b)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument toleration_seconds", value=toleration_seconds, expected_type=type_hints["toleration_seconds"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if effect is not None:
            self._values["effect"] = effect
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if toleration_seconds is not None:
            self._values["toleration_seconds"] = toleration_seconds
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(self) -> typing.Optional[builtins.str]:
        '''Effect indicates the taint effect to match.

        Empty means match all taint effects.
        When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.

        :schema: RestoreSpecTolerations#effect
        '''
        result = self._values.get("effect")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Key is the taint key that the toleration applies to.

        Empty means match all taint keys.
        If the key is empty, operator must be Exists; this combination means to match all values and all keys.

        :schema: RestoreSpecTolerations#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''Operator represents a key's relationship to the value.

        Valid operators are Exists, Equal, Lt, and Gt. Defaults to Equal.
        Exists is equivalent to wildcard for value, so that a pod can
        tolerate all taints of a particular category.
        Lt and Gt perform numeric comparisons (requires feature gate TaintTolerationComparisonOperators).

        :default: Equal.

        :schema: RestoreSpecTolerations#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def toleration_seconds(self) -> typing.Optional[jsii.Number]:
        '''TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint.

        By default,
        it is not set, which means tolerate the taint forever (do not evict). Zero and
        negative values will be treated as 0 (evict immediately) by the system.

        :schema: RestoreSpecTolerations#tolerationSeconds
        '''
        result = self._values.get("toleration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value is the taint value the toleration matches to.

        If the operator is Exists, the value should be empty, otherwise just a regular string.

        :schema: RestoreSpecTolerations#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecTolerations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecVolume",
    jsii_struct_bases=[],
    name_mapping={
        "csi": "csi",
        "empty_dir": "emptyDir",
        "host_path": "hostPath",
        "nfs": "nfs",
        "persistent_volume_claim": "persistentVolumeClaim",
    },
)
class RestoreSpecVolume:
    def __init__(
        self,
        *,
        csi: typing.Optional[typing.Union["RestoreSpecVolumeCsi", typing.Dict[builtins.str, typing.Any]]] = None,
        empty_dir: typing.Optional[typing.Union["RestoreSpecVolumeEmptyDir", typing.Dict[builtins.str, typing.Any]]] = None,
        host_path: typing.Optional[typing.Union["RestoreSpecVolumeHostPath", typing.Dict[builtins.str, typing.Any]]] = None,
        nfs: typing.Optional[typing.Union["RestoreSpecVolumeNfs", typing.Dict[builtins.str, typing.Any]]] = None,
        persistent_volume_claim: typing.Optional[typing.Union["RestoreSpecVolumePersistentVolumeClaim", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Volume is a Kubernetes Volume object that contains a backup.

        :param csi: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#csivolumesource-v1-core.
        :param empty_dir: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#emptydirvolumesource-v1-core.
        :param host_path: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#hostpathvolumesource-v1-core.
        :param nfs: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nfsvolumesource-v1-core.
        :param persistent_volume_claim: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#persistentvolumeclaimvolumesource-v1-core.

        :schema: RestoreSpecVolume
        '''
        if isinstance(csi, dict):
            csi = RestoreSpecVolumeCsi(**csi)
        if isinstance(empty_dir, dict):
            empty_dir = RestoreSpecVolumeEmptyDir(**empty_dir)
        if isinstance(host_path, dict):
            host_path = RestoreSpecVolumeHostPath(**host_path)
        if isinstance(nfs, dict):
            nfs = RestoreSpecVolumeNfs(**nfs)
        if isinstance(persistent_volume_claim, dict):
            persistent_volume_claim = RestoreSpecVolumePersistentVolumeClaim(**persistent_volume_claim)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f8eadae19e2a65dbdf14369fbaddfeeb6c37d6ac570f8483df88d6fc4142f831)
            check_type(argname="argument csi", value=csi, expected_type=type_hints["csi"])
            check_type(argname="argument empty_dir", value=empty_dir, expected_type=type_hints["empty_dir"])
            check_type(argname="argument host_path", value=host_path, expected_type=type_hints["host_path"])
            check_type(argname="argument nfs", value=nfs, expected_type=type_hints["nfs"])
            check_type(argname="argument persistent_volume_claim", value=persistent_volume_claim, expected_type=type_hints["persistent_volume_claim"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if csi is not None:
            self._values["csi"] = csi
        if empty_dir is not None:
            self._values["empty_dir"] = empty_dir
        if host_path is not None:
            self._values["host_path"] = host_path
        if nfs is not None:
            self._values["nfs"] = nfs
        if persistent_volume_claim is not None:
            self._values["persistent_volume_claim"] = persistent_volume_claim

    @builtins.property
    def csi(self) -> typing.Optional["RestoreSpecVolumeCsi"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#csivolumesource-v1-core.

        :schema: RestoreSpecVolume#csi
        '''
        result = self._values.get("csi")
        return typing.cast(typing.Optional["RestoreSpecVolumeCsi"], result)

    @builtins.property
    def empty_dir(self) -> typing.Optional["RestoreSpecVolumeEmptyDir"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#emptydirvolumesource-v1-core.

        :schema: RestoreSpecVolume#emptyDir
        '''
        result = self._values.get("empty_dir")
        return typing.cast(typing.Optional["RestoreSpecVolumeEmptyDir"], result)

    @builtins.property
    def host_path(self) -> typing.Optional["RestoreSpecVolumeHostPath"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#hostpathvolumesource-v1-core.

        :schema: RestoreSpecVolume#hostPath
        '''
        result = self._values.get("host_path")
        return typing.cast(typing.Optional["RestoreSpecVolumeHostPath"], result)

    @builtins.property
    def nfs(self) -> typing.Optional["RestoreSpecVolumeNfs"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nfsvolumesource-v1-core.

        :schema: RestoreSpecVolume#nfs
        '''
        result = self._values.get("nfs")
        return typing.cast(typing.Optional["RestoreSpecVolumeNfs"], result)

    @builtins.property
    def persistent_volume_claim(
        self,
    ) -> typing.Optional["RestoreSpecVolumePersistentVolumeClaim"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#persistentvolumeclaimvolumesource-v1-core.

        :schema: RestoreSpecVolume#persistentVolumeClaim
        '''
        result = self._values.get("persistent_volume_claim")
        return typing.cast(typing.Optional["RestoreSpecVolumePersistentVolumeClaim"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecVolume(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecVolumeCsi",
    jsii_struct_bases=[],
    name_mapping={
        "driver": "driver",
        "fs_type": "fsType",
        "node_publish_secret_ref": "nodePublishSecretRef",
        "read_only": "readOnly",
        "volume_attributes": "volumeAttributes",
    },
)
class RestoreSpecVolumeCsi:
    def __init__(
        self,
        *,
        driver: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
        node_publish_secret_ref: typing.Optional[typing.Union["RestoreSpecVolumeCsiNodePublishSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        read_only: typing.Optional[builtins.bool] = None,
        volume_attributes: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#csivolumesource-v1-core.

        :param driver: 
        :param fs_type: 
        :param node_publish_secret_ref: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#localobjectreference-v1-core.
        :param read_only: 
        :param volume_attributes: 

        :schema: RestoreSpecVolumeCsi
        '''
        if isinstance(node_publish_secret_ref, dict):
            node_publish_secret_ref = RestoreSpecVolumeCsiNodePublishSecretRef(**node_publish_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f8b5e77457c33dcbd52a9f9d22b6671f1bc1e5bba543704719573722ead39647)
            check_type(argname="argument driver", value=driver, expected_type=type_hints["driver"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument node_publish_secret_ref", value=node_publish_secret_ref, expected_type=type_hints["node_publish_secret_ref"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument volume_attributes", value=volume_attributes, expected_type=type_hints["volume_attributes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "driver": driver,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if node_publish_secret_ref is not None:
            self._values["node_publish_secret_ref"] = node_publish_secret_ref
        if read_only is not None:
            self._values["read_only"] = read_only
        if volume_attributes is not None:
            self._values["volume_attributes"] = volume_attributes

    @builtins.property
    def driver(self) -> builtins.str:
        '''
        :schema: RestoreSpecVolumeCsi#driver
        '''
        result = self._values.get("driver")
        assert result is not None, "Required property 'driver' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RestoreSpecVolumeCsi#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_publish_secret_ref(
        self,
    ) -> typing.Optional["RestoreSpecVolumeCsiNodePublishSecretRef"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#localobjectreference-v1-core.

        :schema: RestoreSpecVolumeCsi#nodePublishSecretRef
        '''
        result = self._values.get("node_publish_secret_ref")
        return typing.cast(typing.Optional["RestoreSpecVolumeCsiNodePublishSecretRef"], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: RestoreSpecVolumeCsi#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def volume_attributes(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: RestoreSpecVolumeCsi#volumeAttributes
        '''
        result = self._values.get("volume_attributes")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecVolumeCsi(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecVolumeCsiNodePublishSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class RestoreSpecVolumeCsiNodePublishSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#localobjectreference-v1-core.

        :param name: 

        :schema: RestoreSpecVolumeCsiNodePublishSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__61c932e5d79419ea21d4491b56417f5e23ab12898b6d56a875aa2ea1f460c7e0)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RestoreSpecVolumeCsiNodePublishSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecVolumeCsiNodePublishSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecVolumeEmptyDir",
    jsii_struct_bases=[],
    name_mapping={"medium": "medium", "size_limit": "sizeLimit"},
)
class RestoreSpecVolumeEmptyDir:
    def __init__(
        self,
        *,
        medium: typing.Optional[builtins.str] = None,
        size_limit: typing.Optional["RestoreSpecVolumeEmptyDirSizeLimit"] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#emptydirvolumesource-v1-core.

        :param medium: StorageMedium defines ways that storage can be allocated to a volume.
        :param size_limit: 

        :schema: RestoreSpecVolumeEmptyDir
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3104b10bfc4c15cc15a18cc72d91af9072852a982852e3ffe3eaa5a7e2b32ff2)
            check_type(argname="argument medium", value=medium, expected_type=type_hints["medium"])
            check_type(argname="argument size_limit", value=size_limit, expected_type=type_hints["size_limit"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if medium is not None:
            self._values["medium"] = medium
        if size_limit is not None:
            self._values["size_limit"] = size_limit

    @builtins.property
    def medium(self) -> typing.Optional[builtins.str]:
        '''StorageMedium defines ways that storage can be allocated to a volume.

        :schema: RestoreSpecVolumeEmptyDir#medium
        '''
        result = self._values.get("medium")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def size_limit(self) -> typing.Optional["RestoreSpecVolumeEmptyDirSizeLimit"]:
        '''
        :schema: RestoreSpecVolumeEmptyDir#sizeLimit
        '''
        result = self._values.get("size_limit")
        return typing.cast(typing.Optional["RestoreSpecVolumeEmptyDirSizeLimit"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecVolumeEmptyDir(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class RestoreSpecVolumeEmptyDirSizeLimit(
    metaclass=jsii.JSIIMeta,
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecVolumeEmptyDirSizeLimit",
):
    '''
    :schema: RestoreSpecVolumeEmptyDirSizeLimit
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "RestoreSpecVolumeEmptyDirSizeLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9deb3476bb4ca40e157adfcdd9d7364157199ff82f26a82d161da85acd251dd4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("RestoreSpecVolumeEmptyDirSizeLimit", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "RestoreSpecVolumeEmptyDirSizeLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a37f8c5006537b39dcc28453c0352c5dc3bd410a470830dbbe6f51c442a913e8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("RestoreSpecVolumeEmptyDirSizeLimit", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecVolumeHostPath",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "type": "type"},
)
class RestoreSpecVolumeHostPath:
    def __init__(
        self,
        *,
        path: builtins.str,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#hostpathvolumesource-v1-core.

        :param path: 
        :param type: 

        :schema: RestoreSpecVolumeHostPath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__41ff00e32c128f875f3bdbb12281c9cb76088cf732f0c1a87e220e95292f0007)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
        }
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: RestoreSpecVolumeHostPath#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RestoreSpecVolumeHostPath#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecVolumeHostPath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecVolumeNfs",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "server": "server", "read_only": "readOnly"},
)
class RestoreSpecVolumeNfs:
    def __init__(
        self,
        *,
        path: builtins.str,
        server: builtins.str,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nfsvolumesource-v1-core.

        :param path: 
        :param server: 
        :param read_only: 

        :schema: RestoreSpecVolumeNfs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ed9ddc9e563c4d2a716ba13064d3a3eeae3f57bdbff0ef99a5ae1265a09a59cd)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument server", value=server, expected_type=type_hints["server"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "server": server,
        }
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: RestoreSpecVolumeNfs#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def server(self) -> builtins.str:
        '''
        :schema: RestoreSpecVolumeNfs#server
        '''
        result = self._values.get("server")
        assert result is not None, "Required property 'server' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: RestoreSpecVolumeNfs#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecVolumeNfs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_restore_commariadbk8s.RestoreSpecVolumePersistentVolumeClaim",
    jsii_struct_bases=[],
    name_mapping={"claim_name": "claimName", "read_only": "readOnly"},
)
class RestoreSpecVolumePersistentVolumeClaim:
    def __init__(
        self,
        *,
        claim_name: builtins.str,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#persistentvolumeclaimvolumesource-v1-core.

        :param claim_name: 
        :param read_only: 

        :schema: RestoreSpecVolumePersistentVolumeClaim
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__278d6648820f28e9ec9a3613b2de60bb798b52cd5390955ba91d23cece3d2b18)
            check_type(argname="argument claim_name", value=claim_name, expected_type=type_hints["claim_name"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "claim_name": claim_name,
        }
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def claim_name(self) -> builtins.str:
        '''
        :schema: RestoreSpecVolumePersistentVolumeClaim#claimName
        '''
        result = self._values.get("claim_name")
        assert result is not None, "Required property 'claim_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: RestoreSpecVolumePersistentVolumeClaim#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecVolumePersistentVolumeClaim(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "Restore",
    "RestoreProps",
    "RestoreSpec",
    "RestoreSpecAffinity",
    "RestoreSpecAffinityNodeAffinity",
    "RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution",
    "RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference",
    "RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions",
    "RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields",
    "RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution",
    "RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms",
    "RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions",
    "RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields",
    "RestoreSpecAffinityPodAntiAffinity",
    "RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution",
    "RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm",
    "RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector",
    "RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions",
    "RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution",
    "RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector",
    "RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions",
    "RestoreSpecBackupRef",
    "RestoreSpecImagePullSecrets",
    "RestoreSpecInheritMetadata",
    "RestoreSpecLogLevel",
    "RestoreSpecMariaDbRef",
    "RestoreSpecPodMetadata",
    "RestoreSpecPodSecurityContext",
    "RestoreSpecPodSecurityContextAppArmorProfile",
    "RestoreSpecPodSecurityContextSeLinuxOptions",
    "RestoreSpecPodSecurityContextSeccompProfile",
    "RestoreSpecResources",
    "RestoreSpecResourcesLimits",
    "RestoreSpecResourcesRequests",
    "RestoreSpecRestartPolicy",
    "RestoreSpecS3",
    "RestoreSpecS3AccessKeyIdSecretKeyRef",
    "RestoreSpecS3SecretAccessKeySecretKeyRef",
    "RestoreSpecS3SessionTokenSecretKeyRef",
    "RestoreSpecS3Ssec",
    "RestoreSpecS3SsecCustomerKeySecretKeyRef",
    "RestoreSpecS3Tls",
    "RestoreSpecS3TlsCaSecretKeyRef",
    "RestoreSpecSecurityContext",
    "RestoreSpecSecurityContextCapabilities",
    "RestoreSpecStagingStorage",
    "RestoreSpecStagingStoragePersistentVolumeClaim",
    "RestoreSpecStagingStoragePersistentVolumeClaimResources",
    "RestoreSpecStagingStoragePersistentVolumeClaimResourcesLimits",
    "RestoreSpecStagingStoragePersistentVolumeClaimResourcesRequests",
    "RestoreSpecStagingStoragePersistentVolumeClaimSelector",
    "RestoreSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions",
    "RestoreSpecStagingStorageVolume",
    "RestoreSpecStagingStorageVolumeCsi",
    "RestoreSpecStagingStorageVolumeCsiNodePublishSecretRef",
    "RestoreSpecStagingStorageVolumeEmptyDir",
    "RestoreSpecStagingStorageVolumeEmptyDirSizeLimit",
    "RestoreSpecStagingStorageVolumeHostPath",
    "RestoreSpecStagingStorageVolumeNfs",
    "RestoreSpecStagingStorageVolumePersistentVolumeClaim",
    "RestoreSpecTolerations",
    "RestoreSpecVolume",
    "RestoreSpecVolumeCsi",
    "RestoreSpecVolumeCsiNodePublishSecretRef",
    "RestoreSpecVolumeEmptyDir",
    "RestoreSpecVolumeEmptyDirSizeLimit",
    "RestoreSpecVolumeHostPath",
    "RestoreSpecVolumeNfs",
    "RestoreSpecVolumePersistentVolumeClaim",
]

publication.publish()

def _typecheckingstub__12181771079973e0554840b3171ce8afff12b278ffb52a2916222b02c394b61e(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[RestoreSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__36cf14e92b7c4215dac59ef8f409e71dc9f7aaf13dc6bfb01eceb222366ff1a1(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[RestoreSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1cc8c8ba264cb2b4a7851ab570fc01ae487439da5e493a262ba0c8d0685d1d29(
    *,
    maria_db_ref: typing.Union[RestoreSpecMariaDbRef, typing.Dict[builtins.str, typing.Any]],
    affinity: typing.Optional[typing.Union[RestoreSpecAffinity, typing.Dict[builtins.str, typing.Any]]] = None,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    backoff_limit: typing.Optional[jsii.Number] = None,
    backup_ref: typing.Optional[typing.Union[RestoreSpecBackupRef, typing.Dict[builtins.str, typing.Any]]] = None,
    database: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[typing.Union[RestoreSpecImagePullSecrets, typing.Dict[builtins.str, typing.Any]]]] = None,
    inherit_metadata: typing.Optional[typing.Union[RestoreSpecInheritMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    log_level: typing.Optional[RestoreSpecLogLevel] = None,
    node_selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    pod_metadata: typing.Optional[typing.Union[RestoreSpecPodMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    pod_security_context: typing.Optional[typing.Union[RestoreSpecPodSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    priority_class_name: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Union[RestoreSpecResources, typing.Dict[builtins.str, typing.Any]]] = None,
    restart_policy: typing.Optional[RestoreSpecRestartPolicy] = None,
    s3: typing.Optional[typing.Union[RestoreSpecS3, typing.Dict[builtins.str, typing.Any]]] = None,
    security_context: typing.Optional[typing.Union[RestoreSpecSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    staging_storage: typing.Optional[typing.Union[RestoreSpecStagingStorage, typing.Dict[builtins.str, typing.Any]]] = None,
    target_recovery_time: typing.Optional[datetime.datetime] = None,
    tolerations: typing.Optional[typing.Sequence[typing.Union[RestoreSpecTolerations, typing.Dict[builtins.str, typing.Any]]]] = None,
    volume: typing.Optional[typing.Union[RestoreSpecVolume, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fab51b04a114127ab03e0baead797cd559fb6e7a52d43336cf302424ebf9cd4a(
    *,
    anti_affinity_enabled: typing.Optional[builtins.bool] = None,
    node_affinity: typing.Optional[typing.Union[RestoreSpecAffinityNodeAffinity, typing.Dict[builtins.str, typing.Any]]] = None,
    pod_anti_affinity: typing.Optional[typing.Union[RestoreSpecAffinityPodAntiAffinity, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__14ed3e5f5e8de2a73f01d26db108a0fdb819960a7a078faa14a2a82e16a31fb0(
    *,
    preferred_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union[RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution, typing.Dict[builtins.str, typing.Any]]]] = None,
    required_during_scheduling_ignored_during_execution: typing.Optional[typing.Union[RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2bebd534abeb3a6fe2c495e452970d201b3a711321be3266a2170c5f8cd9ee1e(
    *,
    preference: typing.Union[RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference, typing.Dict[builtins.str, typing.Any]],
    weight: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b68528ea7b8743d7f34677db020d0343ccbe5a6259b8450defe008d8e0569b67(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_fields: typing.Optional[typing.Sequence[typing.Union[RestoreSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d89e0bc234e2582e551eb35b5b7768d21b397e76edff41a9a3136346356932f0(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__89fbfb4a2bc5b2d4d4f95f929d112861365680cdbfe0eb3721cf7abdef9e03c3(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__60cb4a0913e470810f7c57ea17fef8c89726d2147410b63a630c4f7375496850(
    *,
    node_selector_terms: typing.Sequence[typing.Union[RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms, typing.Dict[builtins.str, typing.Any]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__508e4ba8029f8f08d9ff9db4feff99501d82cbbb21253af3fc8481cd4a9abf16(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_fields: typing.Optional[typing.Sequence[typing.Union[RestoreSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d963f86bbcdd54f0ddc14b36d6201ce2f6a240a41e83a5015b3ddc5a96150903(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__638bf7d47bd223b13a2fe0478222213a41620c07b88671e5ab57a2618822a3c9(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8193e63a330d2706eac96434867c655702547787676b4ec84351c939d7b309b2(
    *,
    preferred_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union[RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution, typing.Dict[builtins.str, typing.Any]]]] = None,
    required_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union[RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db253e22c3bbf31a477a8cfe48d20f0299121e629b817d6f3f27919f55404568(
    *,
    pod_affinity_term: typing.Union[RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm, typing.Dict[builtins.str, typing.Any]],
    weight: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66f9ef400829e352e4f89663deacb8f798d8ec7f62bbe486f9e517f634342b72(
    *,
    topology_key: builtins.str,
    label_selector: typing.Optional[typing.Union[RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e568ce3a651323aeff85a869c531886fa814ee57e1227b2cf63d147bce32c234(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[RestoreSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2399cc19f6894b1f4c9cbee6086921c1645c51041d272742ad18ac7c1b586b75(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__63005cdc3f912a29336d4f3d4084fab768f2e1a1fdc53ad35c6061993363ae05(
    *,
    topology_key: builtins.str,
    label_selector: typing.Optional[typing.Union[RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f36f8e0e70086002ac972e8ba0f386de7792c8940e8653d50a18eacd8a39355(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[RestoreSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a1d2addc01990f29c3fd67f7c337e30dbe9f7834baa27ca3665fbf9a5894df6(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__570d92991a23c4abb1a8249aa1600d76bde65f2dfa3345b3d5b75a2b81f7e0f2(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0aabb6d7063fbe273e637f25858dd6dba5b2956a12dc39a05bb61e6ff3fdbe79(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4cb31339fc541864701825109c8760a221ca4fd02117284fb7f208783e2394c0(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bea4abedac79dba3f5c3104dcb3ed1e7c60713acfd45a048e59c9fe2c9354363(
    *,
    kind: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    wait_for_it: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0aa2e0636a57f6ca369ad08385414bdecd5374de2bb2fe327d7d53b24c75f5b4(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__61b327d224cfea8b883a4d3fd40244275d1ccf3a1a09652a0ec72251b66a76f3(
    *,
    app_armor_profile: typing.Optional[typing.Union[RestoreSpecPodSecurityContextAppArmorProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    fs_group: typing.Optional[jsii.Number] = None,
    fs_group_change_policy: typing.Optional[builtins.str] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Optional[typing.Union[RestoreSpecPodSecurityContextSeccompProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    se_linux_options: typing.Optional[typing.Union[RestoreSpecPodSecurityContextSeLinuxOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    supplemental_groups: typing.Optional[typing.Sequence[jsii.Number]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a990feee57ab4b25626915038bf4302eb203e1e92721474fc03f84fbf7723fd(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__64370a7949f734a1f3802f50c5f377fcceb642a4c0d0a367eb5220c74f344efc(
    *,
    level: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__692d7fe312effda93ca141446cc26152ad7e58268252149d1dbfd99c123ef7c8(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f2ca8ab3d9f07751166537007d92197ac19fc46943424b86699ac969e4ab72d1(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, RestoreSpecResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, RestoreSpecResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7de1e56eabef75d22340d327e4b299bdaa1c9cb2560bd2445175dc8d3f7b10cb(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a0b4619a85b3c71534beba2d3e4920bb692f14bcfc248d3b68d4354db8acfb57(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f62d5495fe157341ea05dc80aee87c37a0d305b18df8c0aff6182b9cd9ebcda(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f0f31f118fb9d75c0c216ba9e6c1d89b105ffd2b03422cc54ab37a9352d3af1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__55a9ee680c265db11a559895f19d233e522aa7d4ce0b5534f47b016d412a5b7f(
    *,
    bucket: builtins.str,
    endpoint: builtins.str,
    access_key_id_secret_key_ref: typing.Optional[typing.Union[RestoreSpecS3AccessKeyIdSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    prefix: typing.Optional[builtins.str] = None,
    region: typing.Optional[builtins.str] = None,
    secret_access_key_secret_key_ref: typing.Optional[typing.Union[RestoreSpecS3SecretAccessKeySecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    session_token_secret_key_ref: typing.Optional[typing.Union[RestoreSpecS3SessionTokenSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    ssec: typing.Optional[typing.Union[RestoreSpecS3Ssec, typing.Dict[builtins.str, typing.Any]]] = None,
    tls: typing.Optional[typing.Union[RestoreSpecS3Tls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8753199a129fd8b901b1415913832d9ecd5cbb2e59316b6e0634bb18443f4f27(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d5ef83194a4ed1d45c4d8273020cc819257df15556e66b5d41596de4ad7b6588(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d98d21c20dff69cfeda5a55ed124d1e0c456b7cd289ba66ffdecfc8710f5ba57(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5afea5b5bc7022b20a870972837cd4c1b95c20b863965b0c9e2dbcbdbc7e1c2(
    *,
    customer_key_secret_key_ref: typing.Union[RestoreSpecS3SsecCustomerKeySecretKeyRef, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7995188817f5853ebdca1c9b563c29fbdb17ff727326c95b32ebafe41327d2a8(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b4f8d259484011a3eccbccdc398a4cc17b60d50cd159da6bb271d893599ae808(
    *,
    ca_secret_key_ref: typing.Optional[typing.Union[RestoreSpecS3TlsCaSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25147c276a96ecf1ad3d4025ac7143ba7bc1620d1743d9df3375eabfe37336e7(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d19f77f707d8d8e250bbde302f068f147ae0442829864802b6955f5bc8943e2(
    *,
    allow_privilege_escalation: typing.Optional[builtins.bool] = None,
    capabilities: typing.Optional[typing.Union[RestoreSpecSecurityContextCapabilities, typing.Dict[builtins.str, typing.Any]]] = None,
    privileged: typing.Optional[builtins.bool] = None,
    read_only_root_filesystem: typing.Optional[builtins.bool] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af00659904c5fc8b0648bf2010f8e45e6422ff4e2c09b0af13dd8179e946ec79(
    *,
    add: typing.Optional[typing.Sequence[builtins.str]] = None,
    drop: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b706e4708aface9f4913f76fdff80f766c637bc246826c713167c17ea3c3eb20(
    *,
    persistent_volume_claim: typing.Optional[typing.Union[RestoreSpecStagingStoragePersistentVolumeClaim, typing.Dict[builtins.str, typing.Any]]] = None,
    volume: typing.Optional[typing.Union[RestoreSpecStagingStorageVolume, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1222d75dc6b6271444b453751189a3d57c4a8274a008eb40ac82d4e1390e3e68(
    *,
    access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
    resources: typing.Optional[typing.Union[RestoreSpecStagingStoragePersistentVolumeClaimResources, typing.Dict[builtins.str, typing.Any]]] = None,
    selector: typing.Optional[typing.Union[RestoreSpecStagingStoragePersistentVolumeClaimSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    storage_class_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f21f9cc28750023a5817cca80c9de403867b0a4e075b636b3dcedeb62f3d735(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, RestoreSpecStagingStoragePersistentVolumeClaimResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, RestoreSpecStagingStoragePersistentVolumeClaimResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9a22442e59626c83ea4cbdd162b2b1e64913d17f0083a095ab49bb7ab471794(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__05c64a40b29773b27d2af9e5068bc1815b23b5093d9a131b1e8de243f02ec9ef(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ffed57cdd667994cd2d1ffed32f0ecb97c5ae4831b8186ecd6e64742378b3e7(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__38b52b3c35ea1e9c2163f2e174185896e8fb0954144fc7a09407dcf71db22570(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__91288546e2622a6712b779d321513c2e0509fd546464ff1f39f0ebb36737503e(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[RestoreSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5017bf70bea02cc1685ed9c373c4dc677ba250ad3095c7f6d9fb1afe27e1dde0(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f5e93e2d5fd56baa3d07b7fc9745ece1b20e8e07a6a0436d05d46a8d87fda2c(
    *,
    csi: typing.Optional[typing.Union[RestoreSpecStagingStorageVolumeCsi, typing.Dict[builtins.str, typing.Any]]] = None,
    empty_dir: typing.Optional[typing.Union[RestoreSpecStagingStorageVolumeEmptyDir, typing.Dict[builtins.str, typing.Any]]] = None,
    host_path: typing.Optional[typing.Union[RestoreSpecStagingStorageVolumeHostPath, typing.Dict[builtins.str, typing.Any]]] = None,
    nfs: typing.Optional[typing.Union[RestoreSpecStagingStorageVolumeNfs, typing.Dict[builtins.str, typing.Any]]] = None,
    persistent_volume_claim: typing.Optional[typing.Union[RestoreSpecStagingStorageVolumePersistentVolumeClaim, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f4223d812de425daa2b8f64759bb6c7e51919b34a5329e7710ff3189aecaef33(
    *,
    driver: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
    node_publish_secret_ref: typing.Optional[typing.Union[RestoreSpecStagingStorageVolumeCsiNodePublishSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    read_only: typing.Optional[builtins.bool] = None,
    volume_attributes: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__806a357fc57a6921ee344e5aadfcce2669af941490fafb689a165b4f52c23db8(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__070c4600d92a764bf1a94e3ab50b42085a614cf973eeca162bbf4710e71207d1(
    *,
    medium: typing.Optional[builtins.str] = None,
    size_limit: typing.Optional[RestoreSpecStagingStorageVolumeEmptyDirSizeLimit] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d229d02acaa86e0373674e9061b4ea05595fe53ee1a8ed946fbeef037e37ccd(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d40d5f2271a9f06662293e732116a6729e81bd3cdf4f3496a7f3d9c8104970d2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e6009f8e0814ec49d3e32d1443ac421a99df1eb414b607e3ca04043850e1e935(
    *,
    path: builtins.str,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff018d7d9affee5abf47cef850dbd5f486e02acdee50522e3a29fe6030933ca6(
    *,
    path: builtins.str,
    server: builtins.str,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c3c31a300f0a50e7332ac629d61df69beffe9131bfe95ee977cc585e12df906(
    *,
    claim_name: builtins.str,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__800a9db50273d9f7a7a89e7abc048c8915cf98cf4da667ffe856caa86b73ca9b(
    *,
    effect: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    toleration_seconds: typing.Optional[jsii.Number] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8eadae19e2a65dbdf14369fbaddfeeb6c37d6ac570f8483df88d6fc4142f831(
    *,
    csi: typing.Optional[typing.Union[RestoreSpecVolumeCsi, typing.Dict[builtins.str, typing.Any]]] = None,
    empty_dir: typing.Optional[typing.Union[RestoreSpecVolumeEmptyDir, typing.Dict[builtins.str, typing.Any]]] = None,
    host_path: typing.Optional[typing.Union[RestoreSpecVolumeHostPath, typing.Dict[builtins.str, typing.Any]]] = None,
    nfs: typing.Optional[typing.Union[RestoreSpecVolumeNfs, typing.Dict[builtins.str, typing.Any]]] = None,
    persistent_volume_claim: typing.Optional[typing.Union[RestoreSpecVolumePersistentVolumeClaim, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8b5e77457c33dcbd52a9f9d22b6671f1bc1e5bba543704719573722ead39647(
    *,
    driver: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
    node_publish_secret_ref: typing.Optional[typing.Union[RestoreSpecVolumeCsiNodePublishSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    read_only: typing.Optional[builtins.bool] = None,
    volume_attributes: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__61c932e5d79419ea21d4491b56417f5e23ab12898b6d56a875aa2ea1f460c7e0(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3104b10bfc4c15cc15a18cc72d91af9072852a982852e3ffe3eaa5a7e2b32ff2(
    *,
    medium: typing.Optional[builtins.str] = None,
    size_limit: typing.Optional[RestoreSpecVolumeEmptyDirSizeLimit] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9deb3476bb4ca40e157adfcdd9d7364157199ff82f26a82d161da85acd251dd4(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a37f8c5006537b39dcc28453c0352c5dc3bd410a470830dbbe6f51c442a913e8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__41ff00e32c128f875f3bdbb12281c9cb76088cf732f0c1a87e220e95292f0007(
    *,
    path: builtins.str,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed9ddc9e563c4d2a716ba13064d3a3eeae3f57bdbff0ef99a5ae1265a09a59cd(
    *,
    path: builtins.str,
    server: builtins.str,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__278d6648820f28e9ec9a3613b2de60bb798b52cd5390955ba91d23cece3d2b18(
    *,
    claim_name: builtins.str,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass
