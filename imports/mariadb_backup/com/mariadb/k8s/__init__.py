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


class Backup(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mariadb_backup_commariadbk8s.Backup",
):
    '''Backup is the Schema for the backups API.

    It is used to define backup jobs and its storage.

    :schema: Backup
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["BackupSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Backup" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: BackupSpec defines the desired state of Backup.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a8156ab9d5356b4fff7fc26b16751c23a47fa3f432a7590c48bd4517c59046f0)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = BackupProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["BackupSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Backup".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: BackupSpec defines the desired state of Backup.
        '''
        props = BackupProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Backup".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class BackupProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["BackupSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Backup is the Schema for the backups API.

        It is used to define backup jobs and its storage.

        :param metadata: 
        :param spec: BackupSpec defines the desired state of Backup.

        :schema: Backup
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = BackupSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__55acedd0c2af71077bfb873ef5ebd801e008ce2a690e8293a8e3dcd8e446da1e)
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
        :schema: Backup#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["BackupSpec"]:
        '''BackupSpec defines the desired state of Backup.

        :schema: Backup#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["BackupSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpec",
    jsii_struct_bases=[],
    name_mapping={
        "maria_db_ref": "mariaDbRef",
        "storage": "storage",
        "affinity": "affinity",
        "args": "args",
        "backoff_limit": "backoffLimit",
        "compression": "compression",
        "databases": "databases",
        "failed_jobs_history_limit": "failedJobsHistoryLimit",
        "ignore_global_priv": "ignoreGlobalPriv",
        "image_pull_secrets": "imagePullSecrets",
        "inherit_metadata": "inheritMetadata",
        "log_level": "logLevel",
        "max_retention": "maxRetention",
        "node_selector": "nodeSelector",
        "pod_metadata": "podMetadata",
        "pod_security_context": "podSecurityContext",
        "priority_class_name": "priorityClassName",
        "resources": "resources",
        "restart_policy": "restartPolicy",
        "schedule": "schedule",
        "security_context": "securityContext",
        "service_account_name": "serviceAccountName",
        "staging_storage": "stagingStorage",
        "successful_jobs_history_limit": "successfulJobsHistoryLimit",
        "time_zone": "timeZone",
        "tolerations": "tolerations",
    },
)
class BackupSpec:
    def __init__(
        self,
        *,
        maria_db_ref: typing.Union["BackupSpecMariaDbRef", typing.Dict[builtins.str, typing.Any]],
        storage: typing.Union["BackupSpecStorage", typing.Dict[builtins.str, typing.Any]],
        affinity: typing.Optional[typing.Union["BackupSpecAffinity", typing.Dict[builtins.str, typing.Any]]] = None,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        backoff_limit: typing.Optional[jsii.Number] = None,
        compression: typing.Optional["BackupSpecCompression"] = None,
        databases: typing.Optional[typing.Sequence[builtins.str]] = None,
        failed_jobs_history_limit: typing.Optional[jsii.Number] = None,
        ignore_global_priv: typing.Optional[builtins.bool] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[typing.Union["BackupSpecImagePullSecrets", typing.Dict[builtins.str, typing.Any]]]] = None,
        inherit_metadata: typing.Optional[typing.Union["BackupSpecInheritMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        log_level: typing.Optional["BackupSpecLogLevel"] = None,
        max_retention: typing.Optional[builtins.str] = None,
        node_selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        pod_metadata: typing.Optional[typing.Union["BackupSpecPodMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        pod_security_context: typing.Optional[typing.Union["BackupSpecPodSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        priority_class_name: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Union["BackupSpecResources", typing.Dict[builtins.str, typing.Any]]] = None,
        restart_policy: typing.Optional["BackupSpecRestartPolicy"] = None,
        schedule: typing.Optional[typing.Union["BackupSpecSchedule", typing.Dict[builtins.str, typing.Any]]] = None,
        security_context: typing.Optional[typing.Union["BackupSpecSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        staging_storage: typing.Optional[typing.Union["BackupSpecStagingStorage", typing.Dict[builtins.str, typing.Any]]] = None,
        successful_jobs_history_limit: typing.Optional[jsii.Number] = None,
        time_zone: typing.Optional[builtins.str] = None,
        tolerations: typing.Optional[typing.Sequence[typing.Union["BackupSpecTolerations", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''BackupSpec defines the desired state of Backup.

        :param maria_db_ref: MariaDBRef is a reference to a MariaDB object.
        :param storage: Storage defines the final storage for backups.
        :param affinity: Affinity to be used in the Pod.
        :param args: Args to be used in the Container.
        :param backoff_limit: BackoffLimit defines the maximum number of attempts to successfully take a Backup.
        :param compression: Compression algorithm to be used in the Backup.
        :param databases: Databases defines the logical databases to be backed up. If not provided, all databases are backed up.
        :param failed_jobs_history_limit: FailedJobsHistoryLimit defines the maximum number of failed Jobs to be displayed.
        :param ignore_global_priv: IgnoreGlobalPriv indicates to ignore the mysql.global_priv in backups. If not provided, it will default to true when the referred MariaDB instance has Galera enabled and otherwise to false. See: https://github.com/mariadb-operator/mariadb-operator/issues/556.
        :param image_pull_secrets: ImagePullSecrets is the list of pull Secrets to be used to pull the image.
        :param inherit_metadata: InheritMetadata defines the metadata to be inherited by children resources.
        :param log_level: LogLevel to be used in the Backup Job. It defaults to 'info'.
        :param max_retention: MaxRetention defines the retention policy for backups. Old backups will be cleaned up by the Backup Job. It defaults to 30 days.
        :param node_selector: NodeSelector to be used in the Pod.
        :param pod_metadata: PodMetadata defines extra metadata for the Pod.
        :param pod_security_context: SecurityContext holds pod-level security attributes and common container settings.
        :param priority_class_name: PriorityClassName to be used in the Pod.
        :param resources: Resources describes the compute resource requirements.
        :param restart_policy: RestartPolicy to be added to the Backup Pod.
        :param schedule: Schedule defines when the Backup will be taken.
        :param security_context: SecurityContext holds security configuration that will be applied to a container.
        :param service_account_name: ServiceAccountName is the name of the ServiceAccount to be used by the Pods.
        :param staging_storage: StagingStorage defines the temporary storage used to keep external backups (i.e. S3) while they are being processed. It defaults to an emptyDir volume, meaning that the backups will be temporarily stored in the node where the Backup Job is scheduled. The staging area gets cleaned up after each backup is completed, consider this for sizing it appropriately.
        :param successful_jobs_history_limit: SuccessfulJobsHistoryLimit defines the maximum number of successful Jobs to be displayed.
        :param time_zone: TimeZone defines the timezone associated with the cron expression.
        :param tolerations: Tolerations to be used in the Pod.

        :schema: BackupSpec
        '''
        if isinstance(maria_db_ref, dict):
            maria_db_ref = BackupSpecMariaDbRef(**maria_db_ref)
        if isinstance(storage, dict):
            storage = BackupSpecStorage(**storage)
        if isinstance(affinity, dict):
            affinity = BackupSpecAffinity(**affinity)
        if isinstance(inherit_metadata, dict):
            inherit_metadata = BackupSpecInheritMetadata(**inherit_metadata)
        if isinstance(pod_metadata, dict):
            pod_metadata = BackupSpecPodMetadata(**pod_metadata)
        if isinstance(pod_security_context, dict):
            pod_security_context = BackupSpecPodSecurityContext(**pod_security_context)
        if isinstance(resources, dict):
            resources = BackupSpecResources(**resources)
        if isinstance(schedule, dict):
            schedule = BackupSpecSchedule(**schedule)
        if isinstance(security_context, dict):
            security_context = BackupSpecSecurityContext(**security_context)
        if isinstance(staging_storage, dict):
            staging_storage = BackupSpecStagingStorage(**staging_storage)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8fabe30b177dcef5a9402da76af1c24e2aa46b4347ace1d9a414baeacca4c00b)
            check_type(argname="argument maria_db_ref", value=maria_db_ref, expected_type=type_hints["maria_db_ref"])
            check_type(argname="argument storage", value=storage, expected_type=type_hints["storage"])
            check_type(argname="argument affinity", value=affinity, expected_type=type_hints["affinity"])
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument backoff_limit", value=backoff_limit, expected_type=type_hints["backoff_limit"])
            check_type(argname="argument compression", value=compression, expected_type=type_hints["compression"])
            check_type(argname="argument databases", value=databases, expected_type=type_hints["databases"])
            check_type(argname="argument failed_jobs_history_limit", value=failed_jobs_history_limit, expected_type=type_hints["failed_jobs_history_limit"])
            check_type(argname="argument ignore_global_priv", value=ignore_global_priv, expected_type=type_hints["ignore_global_priv"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument inherit_metadata", value=inherit_metadata, expected_type=type_hints["inherit_metadata"])
            check_type(argname="argument log_level", value=log_level, expected_type=type_hints["log_level"])
            check_type(argname="argument max_retention", value=max_retention, expected_type=type_hints["max_retention"])
            check_type(argname="argument node_selector", value=node_selector, expected_type=type_hints["node_selector"])
            check_type(argname="argument pod_metadata", value=pod_metadata, expected_type=type_hints["pod_metadata"])
            check_type(argname="argument pod_security_context", value=pod_security_context, expected_type=type_hints["pod_security_context"])
            check_type(argname="argument priority_class_name", value=priority_class_name, expected_type=type_hints["priority_class_name"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument restart_policy", value=restart_policy, expected_type=type_hints["restart_policy"])
            check_type(argname="argument schedule", value=schedule, expected_type=type_hints["schedule"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument staging_storage", value=staging_storage, expected_type=type_hints["staging_storage"])
            check_type(argname="argument successful_jobs_history_limit", value=successful_jobs_history_limit, expected_type=type_hints["successful_jobs_history_limit"])
            check_type(argname="argument time_zone", value=time_zone, expected_type=type_hints["time_zone"])
            check_type(argname="argument tolerations", value=tolerations, expected_type=type_hints["tolerations"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "maria_db_ref": maria_db_ref,
            "storage": storage,
        }
        if affinity is not None:
            self._values["affinity"] = affinity
        if args is not None:
            self._values["args"] = args
        if backoff_limit is not None:
            self._values["backoff_limit"] = backoff_limit
        if compression is not None:
            self._values["compression"] = compression
        if databases is not None:
            self._values["databases"] = databases
        if failed_jobs_history_limit is not None:
            self._values["failed_jobs_history_limit"] = failed_jobs_history_limit
        if ignore_global_priv is not None:
            self._values["ignore_global_priv"] = ignore_global_priv
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if inherit_metadata is not None:
            self._values["inherit_metadata"] = inherit_metadata
        if log_level is not None:
            self._values["log_level"] = log_level
        if max_retention is not None:
            self._values["max_retention"] = max_retention
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
        if schedule is not None:
            self._values["schedule"] = schedule
        if security_context is not None:
            self._values["security_context"] = security_context
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if staging_storage is not None:
            self._values["staging_storage"] = staging_storage
        if successful_jobs_history_limit is not None:
            self._values["successful_jobs_history_limit"] = successful_jobs_history_limit
        if time_zone is not None:
            self._values["time_zone"] = time_zone
        if tolerations is not None:
            self._values["tolerations"] = tolerations

    @builtins.property
    def maria_db_ref(self) -> "BackupSpecMariaDbRef":
        '''MariaDBRef is a reference to a MariaDB object.

        :schema: BackupSpec#mariaDbRef
        '''
        result = self._values.get("maria_db_ref")
        assert result is not None, "Required property 'maria_db_ref' is missing"
        return typing.cast("BackupSpecMariaDbRef", result)

    @builtins.property
    def storage(self) -> "BackupSpecStorage":
        '''Storage defines the final storage for backups.

        :schema: BackupSpec#storage
        '''
        result = self._values.get("storage")
        assert result is not None, "Required property 'storage' is missing"
        return typing.cast("BackupSpecStorage", result)

    @builtins.property
    def affinity(self) -> typing.Optional["BackupSpecAffinity"]:
        '''Affinity to be used in the Pod.

        :schema: BackupSpec#affinity
        '''
        result = self._values.get("affinity")
        return typing.cast(typing.Optional["BackupSpecAffinity"], result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Args to be used in the Container.

        :schema: BackupSpec#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def backoff_limit(self) -> typing.Optional[jsii.Number]:
        '''BackoffLimit defines the maximum number of attempts to successfully take a Backup.

        :schema: BackupSpec#backoffLimit
        '''
        result = self._values.get("backoff_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def compression(self) -> typing.Optional["BackupSpecCompression"]:
        '''Compression algorithm to be used in the Backup.

        :schema: BackupSpec#compression
        '''
        result = self._values.get("compression")
        return typing.cast(typing.Optional["BackupSpecCompression"], result)

    @builtins.property
    def databases(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Databases defines the logical databases to be backed up.

        If not provided, all databases are backed up.

        :schema: BackupSpec#databases
        '''
        result = self._values.get("databases")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def failed_jobs_history_limit(self) -> typing.Optional[jsii.Number]:
        '''FailedJobsHistoryLimit defines the maximum number of failed Jobs to be displayed.

        :schema: BackupSpec#failedJobsHistoryLimit
        '''
        result = self._values.get("failed_jobs_history_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ignore_global_priv(self) -> typing.Optional[builtins.bool]:
        '''IgnoreGlobalPriv indicates to ignore the mysql.global_priv in backups. If not provided, it will default to true when the referred MariaDB instance has Galera enabled and otherwise to false. See: https://github.com/mariadb-operator/mariadb-operator/issues/556.

        :schema: BackupSpec#ignoreGlobalPriv
        '''
        result = self._values.get("ignore_global_priv")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image_pull_secrets(
        self,
    ) -> typing.Optional[typing.List["BackupSpecImagePullSecrets"]]:
        '''ImagePullSecrets is the list of pull Secrets to be used to pull the image.

        :schema: BackupSpec#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List["BackupSpecImagePullSecrets"]], result)

    @builtins.property
    def inherit_metadata(self) -> typing.Optional["BackupSpecInheritMetadata"]:
        '''InheritMetadata defines the metadata to be inherited by children resources.

        :schema: BackupSpec#inheritMetadata
        '''
        result = self._values.get("inherit_metadata")
        return typing.cast(typing.Optional["BackupSpecInheritMetadata"], result)

    @builtins.property
    def log_level(self) -> typing.Optional["BackupSpecLogLevel"]:
        '''LogLevel to be used in the Backup Job.

        It defaults to 'info'.

        :schema: BackupSpec#logLevel
        '''
        result = self._values.get("log_level")
        return typing.cast(typing.Optional["BackupSpecLogLevel"], result)

    @builtins.property
    def max_retention(self) -> typing.Optional[builtins.str]:
        '''MaxRetention defines the retention policy for backups.

        Old backups will be cleaned up by the Backup Job.
        It defaults to 30 days.

        :schema: BackupSpec#maxRetention
        '''
        result = self._values.get("max_retention")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_selector(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''NodeSelector to be used in the Pod.

        :schema: BackupSpec#nodeSelector
        '''
        result = self._values.get("node_selector")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def pod_metadata(self) -> typing.Optional["BackupSpecPodMetadata"]:
        '''PodMetadata defines extra metadata for the Pod.

        :schema: BackupSpec#podMetadata
        '''
        result = self._values.get("pod_metadata")
        return typing.cast(typing.Optional["BackupSpecPodMetadata"], result)

    @builtins.property
    def pod_security_context(self) -> typing.Optional["BackupSpecPodSecurityContext"]:
        '''SecurityContext holds pod-level security attributes and common container settings.

        :schema: BackupSpec#podSecurityContext
        '''
        result = self._values.get("pod_security_context")
        return typing.cast(typing.Optional["BackupSpecPodSecurityContext"], result)

    @builtins.property
    def priority_class_name(self) -> typing.Optional[builtins.str]:
        '''PriorityClassName to be used in the Pod.

        :schema: BackupSpec#priorityClassName
        '''
        result = self._values.get("priority_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(self) -> typing.Optional["BackupSpecResources"]:
        '''Resources describes the compute resource requirements.

        :schema: BackupSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["BackupSpecResources"], result)

    @builtins.property
    def restart_policy(self) -> typing.Optional["BackupSpecRestartPolicy"]:
        '''RestartPolicy to be added to the Backup Pod.

        :schema: BackupSpec#restartPolicy
        '''
        result = self._values.get("restart_policy")
        return typing.cast(typing.Optional["BackupSpecRestartPolicy"], result)

    @builtins.property
    def schedule(self) -> typing.Optional["BackupSpecSchedule"]:
        '''Schedule defines when the Backup will be taken.

        :schema: BackupSpec#schedule
        '''
        result = self._values.get("schedule")
        return typing.cast(typing.Optional["BackupSpecSchedule"], result)

    @builtins.property
    def security_context(self) -> typing.Optional["BackupSpecSecurityContext"]:
        '''SecurityContext holds security configuration that will be applied to a container.

        :schema: BackupSpec#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Optional["BackupSpecSecurityContext"], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''ServiceAccountName is the name of the ServiceAccount to be used by the Pods.

        :schema: BackupSpec#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def staging_storage(self) -> typing.Optional["BackupSpecStagingStorage"]:
        '''StagingStorage defines the temporary storage used to keep external backups (i.e. S3) while they are being processed. It defaults to an emptyDir volume, meaning that the backups will be temporarily stored in the node where the Backup Job is scheduled. The staging area gets cleaned up after each backup is completed, consider this for sizing it appropriately.

        :schema: BackupSpec#stagingStorage
        '''
        result = self._values.get("staging_storage")
        return typing.cast(typing.Optional["BackupSpecStagingStorage"], result)

    @builtins.property
    def successful_jobs_history_limit(self) -> typing.Optional[jsii.Number]:
        '''SuccessfulJobsHistoryLimit defines the maximum number of successful Jobs to be displayed.

        :schema: BackupSpec#successfulJobsHistoryLimit
        '''
        result = self._values.get("successful_jobs_history_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time_zone(self) -> typing.Optional[builtins.str]:
        '''TimeZone defines the timezone associated with the cron expression.

        :schema: BackupSpec#timeZone
        '''
        result = self._values.get("time_zone")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tolerations(self) -> typing.Optional[typing.List["BackupSpecTolerations"]]:
        '''Tolerations to be used in the Pod.

        :schema: BackupSpec#tolerations
        '''
        result = self._values.get("tolerations")
        return typing.cast(typing.Optional[typing.List["BackupSpecTolerations"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecAffinity",
    jsii_struct_bases=[],
    name_mapping={
        "anti_affinity_enabled": "antiAffinityEnabled",
        "node_affinity": "nodeAffinity",
        "pod_anti_affinity": "podAntiAffinity",
    },
)
class BackupSpecAffinity:
    def __init__(
        self,
        *,
        anti_affinity_enabled: typing.Optional[builtins.bool] = None,
        node_affinity: typing.Optional[typing.Union["BackupSpecAffinityNodeAffinity", typing.Dict[builtins.str, typing.Any]]] = None,
        pod_anti_affinity: typing.Optional[typing.Union["BackupSpecAffinityPodAntiAffinity", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Affinity to be used in the Pod.

        :param anti_affinity_enabled: AntiAffinityEnabled configures PodAntiAffinity so each Pod is scheduled in a different Node, enabling HA. Make sure you have at least as many Nodes available as the replicas to not end up with unscheduled Pods.
        :param node_affinity: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeaffinity-v1-core.
        :param pod_anti_affinity: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podantiaffinity-v1-core.

        :schema: BackupSpecAffinity
        '''
        if isinstance(node_affinity, dict):
            node_affinity = BackupSpecAffinityNodeAffinity(**node_affinity)
        if isinstance(pod_anti_affinity, dict):
            pod_anti_affinity = BackupSpecAffinityPodAntiAffinity(**pod_anti_affinity)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__524e8c05f052f2b97e3b5cf257c1e3dd18a13a8e94dd65cbd438d471eb22b49c)
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

        :schema: BackupSpecAffinity#antiAffinityEnabled
        '''
        result = self._values.get("anti_affinity_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def node_affinity(self) -> typing.Optional["BackupSpecAffinityNodeAffinity"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeaffinity-v1-core.

        :schema: BackupSpecAffinity#nodeAffinity
        '''
        result = self._values.get("node_affinity")
        return typing.cast(typing.Optional["BackupSpecAffinityNodeAffinity"], result)

    @builtins.property
    def pod_anti_affinity(self) -> typing.Optional["BackupSpecAffinityPodAntiAffinity"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podantiaffinity-v1-core.

        :schema: BackupSpecAffinity#podAntiAffinity
        '''
        result = self._values.get("pod_anti_affinity")
        return typing.cast(typing.Optional["BackupSpecAffinityPodAntiAffinity"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecAffinityNodeAffinity",
    jsii_struct_bases=[],
    name_mapping={
        "preferred_during_scheduling_ignored_during_execution": "preferredDuringSchedulingIgnoredDuringExecution",
        "required_during_scheduling_ignored_during_execution": "requiredDuringSchedulingIgnoredDuringExecution",
    },
)
class BackupSpecAffinityNodeAffinity:
    def __init__(
        self,
        *,
        preferred_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union["BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution", typing.Dict[builtins.str, typing.Any]]]] = None,
        required_during_scheduling_ignored_during_execution: typing.Optional[typing.Union["BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeaffinity-v1-core.

        :param preferred_during_scheduling_ignored_during_execution: 
        :param required_during_scheduling_ignored_during_execution: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeselector-v1-core.

        :schema: BackupSpecAffinityNodeAffinity
        '''
        if isinstance(required_during_scheduling_ignored_during_execution, dict):
            required_during_scheduling_ignored_during_execution = BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(**required_during_scheduling_ignored_during_execution)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a36a3478741fd5a7f119e3482352301467b53abd7e9f8f2c91810bc40d76fedc)
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
    ) -> typing.Optional[typing.List["BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution"]]:
        '''
        :schema: BackupSpecAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
        '''
        result = self._values.get("preferred_during_scheduling_ignored_during_execution")
        return typing.cast(typing.Optional[typing.List["BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution"]], result)

    @builtins.property
    def required_during_scheduling_ignored_during_execution(
        self,
    ) -> typing.Optional["BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeselector-v1-core.

        :schema: BackupSpecAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
        '''
        result = self._values.get("required_during_scheduling_ignored_during_execution")
        return typing.cast(typing.Optional["BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecAffinityNodeAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution",
    jsii_struct_bases=[],
    name_mapping={"preference": "preference", "weight": "weight"},
)
class BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution:
    def __init__(
        self,
        *,
        preference: typing.Union["BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference", typing.Dict[builtins.str, typing.Any]],
        weight: jsii.Number,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#preferredschedulingterm-v1-core.

        :param preference: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeselectorterm-v1-core.
        :param weight: 

        :schema: BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
        '''
        if isinstance(preference, dict):
            preference = BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(**preference)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d86ec0c6a1ac3bb711d75a508f0253bb0e8fa90d305e77ad6f1552bbd3d04963)
            check_type(argname="argument preference", value=preference, expected_type=type_hints["preference"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "preference": preference,
            "weight": weight,
        }

    @builtins.property
    def preference(
        self,
    ) -> "BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference":
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeselectorterm-v1-core.

        :schema: BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
        '''
        result = self._values.get("preference")
        assert result is not None, "Required property 'preference' is missing"
        return typing.cast("BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference", result)

    @builtins.property
    def weight(self) -> jsii.Number:
        '''
        :schema: BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
        '''
        result = self._values.get("weight")
        assert result is not None, "Required property 'weight' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_fields": "matchFields",
    },
)
class BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_fields: typing.Optional[typing.Sequence[typing.Union["BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeselectorterm-v1-core.

        :param match_expressions: 
        :param match_fields: 

        :schema: BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2cd60525238e0c3393f906eb646aea16bf2935540612f199e9ed350d8f35b25e)
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
    ) -> typing.Optional[typing.List["BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions"]]:
        '''
        :schema: BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions"]], result)

    @builtins.property
    def match_fields(
        self,
    ) -> typing.Optional[typing.List["BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields"]]:
        '''
        :schema: BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
        '''
        result = self._values.get("match_fields")
        return typing.cast(typing.Optional[typing.List["BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions:
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

        :schema: BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__af0720e9708fa0014c4d6f9c3da9886d15159a54d5182d29079813b484c14b6b)
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
        :schema: BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''A node selector operator is the set of operators that can be used in a node selector requirement.

        :schema: BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields:
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

        :schema: BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__619194a80c3d35848eed84b7ffbeec858d4db1d71c091d30de3292d2355305ef)
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
        :schema: BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''A node selector operator is the set of operators that can be used in a node selector requirement.

        :schema: BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution",
    jsii_struct_bases=[],
    name_mapping={"node_selector_terms": "nodeSelectorTerms"},
)
class BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution:
    def __init__(
        self,
        *,
        node_selector_terms: typing.Sequence[typing.Union["BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms", typing.Dict[builtins.str, typing.Any]]],
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeselector-v1-core.

        :param node_selector_terms: 

        :schema: BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7462ba0fe363320750ffcc8519d94adc843bfda3fd1a1a6c98a4ea9f43890cb5)
            check_type(argname="argument node_selector_terms", value=node_selector_terms, expected_type=type_hints["node_selector_terms"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "node_selector_terms": node_selector_terms,
        }

    @builtins.property
    def node_selector_terms(
        self,
    ) -> typing.List["BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms"]:
        '''
        :schema: BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
        '''
        result = self._values.get("node_selector_terms")
        assert result is not None, "Required property 'node_selector_terms' is missing"
        return typing.cast(typing.List["BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_fields": "matchFields",
    },
)
class BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_fields: typing.Optional[typing.Sequence[typing.Union["BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nodeselectorterm-v1-core.

        :param match_expressions: 
        :param match_fields: 

        :schema: BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e3b112683157bec365b70a47d77b4c88bf8a227af0d84fd2f5ca26fdd1269d12)
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
    ) -> typing.Optional[typing.List["BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions"]]:
        '''
        :schema: BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions"]], result)

    @builtins.property
    def match_fields(
        self,
    ) -> typing.Optional[typing.List["BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields"]]:
        '''
        :schema: BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
        '''
        result = self._values.get("match_fields")
        return typing.cast(typing.Optional[typing.List["BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions:
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

        :schema: BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bf8519a79dd45c9744309ce22dc8db8edc58e859211d8e0696267df1e31d52b8)
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
        :schema: BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''A node selector operator is the set of operators that can be used in a node selector requirement.

        :schema: BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields:
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

        :schema: BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__498336617e40d3db6a670ed6535f8e11496f5b544086195070036b458bd63993)
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
        :schema: BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''A node selector operator is the set of operators that can be used in a node selector requirement.

        :schema: BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecAffinityPodAntiAffinity",
    jsii_struct_bases=[],
    name_mapping={
        "preferred_during_scheduling_ignored_during_execution": "preferredDuringSchedulingIgnoredDuringExecution",
        "required_during_scheduling_ignored_during_execution": "requiredDuringSchedulingIgnoredDuringExecution",
    },
)
class BackupSpecAffinityPodAntiAffinity:
    def __init__(
        self,
        *,
        preferred_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union["BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution", typing.Dict[builtins.str, typing.Any]]]] = None,
        required_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union["BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podantiaffinity-v1-core.

        :param preferred_during_scheduling_ignored_during_execution: 
        :param required_during_scheduling_ignored_during_execution: 

        :schema: BackupSpecAffinityPodAntiAffinity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dda65ad30be245aaa1f9c2752bd9995dd38537a85de6f69f5ac72e8f33a6dc8c)
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
    ) -> typing.Optional[typing.List["BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution"]]:
        '''
        :schema: BackupSpecAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
        '''
        result = self._values.get("preferred_during_scheduling_ignored_during_execution")
        return typing.cast(typing.Optional[typing.List["BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution"]], result)

    @builtins.property
    def required_during_scheduling_ignored_during_execution(
        self,
    ) -> typing.Optional[typing.List["BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution"]]:
        '''
        :schema: BackupSpecAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
        '''
        result = self._values.get("required_during_scheduling_ignored_during_execution")
        return typing.cast(typing.Optional[typing.List["BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecAffinityPodAntiAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution",
    jsii_struct_bases=[],
    name_mapping={"pod_affinity_term": "podAffinityTerm", "weight": "weight"},
)
class BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution:
    def __init__(
        self,
        *,
        pod_affinity_term: typing.Union["BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm", typing.Dict[builtins.str, typing.Any]],
        weight: jsii.Number,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#weightedpodaffinityterm-v1-core.

        :param pod_affinity_term: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podaffinityterm-v1-core.
        :param weight: 

        :schema: BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
        '''
        if isinstance(pod_affinity_term, dict):
            pod_affinity_term = BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(**pod_affinity_term)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fff943b4fc6b4eda377d9e5e99fbbd39f6f788b51bccdeb4048f9b76a572ba9b)
            check_type(argname="argument pod_affinity_term", value=pod_affinity_term, expected_type=type_hints["pod_affinity_term"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "pod_affinity_term": pod_affinity_term,
            "weight": weight,
        }

    @builtins.property
    def pod_affinity_term(
        self,
    ) -> "BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm":
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podaffinityterm-v1-core.

        :schema: BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
        '''
        result = self._values.get("pod_affinity_term")
        assert result is not None, "Required property 'pod_affinity_term' is missing"
        return typing.cast("BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm", result)

    @builtins.property
    def weight(self) -> jsii.Number:
        '''
        :schema: BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
        '''
        result = self._values.get("weight")
        assert result is not None, "Required property 'weight' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm",
    jsii_struct_bases=[],
    name_mapping={"topology_key": "topologyKey", "label_selector": "labelSelector"},
)
class BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm:
    def __init__(
        self,
        *,
        topology_key: builtins.str,
        label_selector: typing.Optional[typing.Union["BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podaffinityterm-v1-core.

        :param topology_key: 
        :param label_selector: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#labelselector-v1-meta.

        :schema: BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
        '''
        if isinstance(label_selector, dict):
            label_selector = BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(**label_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__efe0b04d726b7a6dd33442505b4a7fed0f55979da8d48037e301989f4d898e7a)
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
        :schema: BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
        '''
        result = self._values.get("topology_key")
        assert result is not None, "Required property 'topology_key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#labelselector-v1-meta.

        :schema: BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#labelselector-v1-meta.

        :param match_expressions: 
        :param match_labels: 

        :schema: BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__39757f443c05d4fb161e7b872ebd6e25eababf321975b7efa9d096cd59c779c2)
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
    ) -> typing.Optional[typing.List["BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions"]]:
        '''
        :schema: BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions:
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

        :schema: BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f9d420ac1ab0e549d2000becbf8b11a754db055b33904a5fe8f715e8add7351f)
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
        :schema: BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''A label selector operator is the set of operators that can be used in a selector requirement.

        :schema: BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution",
    jsii_struct_bases=[],
    name_mapping={"topology_key": "topologyKey", "label_selector": "labelSelector"},
)
class BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution:
    def __init__(
        self,
        *,
        topology_key: builtins.str,
        label_selector: typing.Optional[typing.Union["BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podaffinityterm-v1-core.

        :param topology_key: 
        :param label_selector: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#labelselector-v1-meta.

        :schema: BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
        '''
        if isinstance(label_selector, dict):
            label_selector = BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(**label_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8ac54d138990623bb3420bc3e7787bc5eb22c58368a4281872bc276ab65f225b)
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
        :schema: BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
        '''
        result = self._values.get("topology_key")
        assert result is not None, "Required property 'topology_key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#labelselector-v1-meta.

        :schema: BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#labelselector-v1-meta.

        :param match_expressions: 
        :param match_labels: 

        :schema: BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c5c05f7c28f40521f2d238720ba9d933f01073f687f2b4061d9a9acbf9d52027)
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
    ) -> typing.Optional[typing.List["BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions"]]:
        '''
        :schema: BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions:
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

        :schema: BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ce2be0b367e876bb4b5b33dd3c9af41a18ce07f344d1f1cd646e14f6d87698dc)
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
        :schema: BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''A label selector operator is the set of operators that can be used in a selector requirement.

        :schema: BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="mariadb_backup_commariadbk8s.BackupSpecCompression")
class BackupSpecCompression(enum.Enum):
    '''Compression algorithm to be used in the Backup.

    :schema: BackupSpecCompression
    '''

    NONE = "NONE"
    '''none.'''
    BZIP2 = "BZIP2"
    '''bzip2.'''
    GZIP = "GZIP"
    '''gzip.'''


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecImagePullSecrets",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class BackupSpecImagePullSecrets:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#localobjectreference-v1-core.

        :param name: 

        :schema: BackupSpecImagePullSecrets
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c35aedf89f9bf34b983d5038be2b6cc86ba090247a66a065a1b8b9e43f1ffd95)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackupSpecImagePullSecrets#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecImagePullSecrets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecInheritMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class BackupSpecInheritMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''InheritMetadata defines the metadata to be inherited by children resources.

        :param annotations: Annotations to be added to children resources.
        :param labels: Labels to be added to children resources.

        :schema: BackupSpecInheritMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__be9f1db1b302e3d4ae3673b00fd05539f433caa3da1581361a6338780b029b59)
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

        :schema: BackupSpecInheritMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Labels to be added to children resources.

        :schema: BackupSpecInheritMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecInheritMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="mariadb_backup_commariadbk8s.BackupSpecLogLevel")
class BackupSpecLogLevel(enum.Enum):
    '''LogLevel to be used in the Backup Job.

    It defaults to 'info'.

    :schema: BackupSpecLogLevel
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
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecMariaDbRef",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "namespace": "namespace",
        "wait_for_it": "waitForIt",
    },
)
class BackupSpecMariaDbRef:
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

        :schema: BackupSpecMariaDbRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2cccc81c9bd0b0cfffd76c7fd5935591ee32bac55ad4a80547836802aada46d7)
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

        :schema: BackupSpecMariaDbRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackupSpecMariaDbRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackupSpecMariaDbRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def wait_for_it(self) -> typing.Optional[builtins.bool]:
        '''WaitForIt indicates whether the controller using this reference should wait for MariaDB to be ready.

        :schema: BackupSpecMariaDbRef#waitForIt
        '''
        result = self._values.get("wait_for_it")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecMariaDbRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecPodMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class BackupSpecPodMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''PodMetadata defines extra metadata for the Pod.

        :param annotations: Annotations to be added to children resources.
        :param labels: Labels to be added to children resources.

        :schema: BackupSpecPodMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__11acbde0097ab9fcf83e03925711286c9e220c86b6dd2d5d1d156e8323e38ca4)
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

        :schema: BackupSpecPodMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Labels to be added to children resources.

        :schema: BackupSpecPodMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecPodMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecPodSecurityContext",
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
class BackupSpecPodSecurityContext:
    def __init__(
        self,
        *,
        app_armor_profile: typing.Optional[typing.Union["BackupSpecPodSecurityContextAppArmorProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        fs_group: typing.Optional[jsii.Number] = None,
        fs_group_change_policy: typing.Optional[builtins.str] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Optional[typing.Union["BackupSpecPodSecurityContextSeccompProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        se_linux_options: typing.Optional[typing.Union["BackupSpecPodSecurityContextSeLinuxOptions", typing.Dict[builtins.str, typing.Any]]] = None,
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

        :schema: BackupSpecPodSecurityContext
        '''
        if isinstance(app_armor_profile, dict):
            app_armor_profile = BackupSpecPodSecurityContextAppArmorProfile(**app_armor_profile)
        if isinstance(seccomp_profile, dict):
            seccomp_profile = BackupSpecPodSecurityContextSeccompProfile(**seccomp_profile)
        if isinstance(se_linux_options, dict):
            se_linux_options = BackupSpecPodSecurityContextSeLinuxOptions(**se_linux_options)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__66cf9d3d1e3dcde12006795d7a641de61467943207328fd981d7f38aef343a46)
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
    ) -> typing.Optional["BackupSpecPodSecurityContextAppArmorProfile"]:
        '''AppArmorProfile defines a pod or container's AppArmor settings.

        :schema: BackupSpecPodSecurityContext#appArmorProfile
        '''
        result = self._values.get("app_armor_profile")
        return typing.cast(typing.Optional["BackupSpecPodSecurityContextAppArmorProfile"], result)

    @builtins.property
    def fs_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: BackupSpecPodSecurityContext#fsGroup
        '''
        result = self._values.get("fs_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def fs_group_change_policy(self) -> typing.Optional[builtins.str]:
        '''PodFSGroupChangePolicy holds policies that will be used for applying fsGroup to a volume when volume is mounted.

        :schema: BackupSpecPodSecurityContext#fsGroupChangePolicy
        '''
        result = self._values.get("fs_group_change_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: BackupSpecPodSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: BackupSpecPodSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: BackupSpecPodSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(
        self,
    ) -> typing.Optional["BackupSpecPodSecurityContextSeccompProfile"]:
        '''SeccompProfile defines a pod/container's seccomp profile settings.

        Only one profile source may be set.

        :schema: BackupSpecPodSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Optional["BackupSpecPodSecurityContextSeccompProfile"], result)

    @builtins.property
    def se_linux_options(
        self,
    ) -> typing.Optional["BackupSpecPodSecurityContextSeLinuxOptions"]:
        '''SELinuxOptions are the labels to be applied to the container.

        :schema: BackupSpecPodSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Optional["BackupSpecPodSecurityContextSeLinuxOptions"], result)

    @builtins.property
    def supplemental_groups(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''
        :schema: BackupSpecPodSecurityContext#supplementalGroups
        '''
        result = self._values.get("supplemental_groups")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecPodSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecPodSecurityContextAppArmorProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class BackupSpecPodSecurityContextAppArmorProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''AppArmorProfile defines a pod or container's AppArmor settings.

        :param type: type indicates which kind of AppArmor profile will be applied. Valid options are: Localhost - a profile pre-loaded on the node. RuntimeDefault - the container runtime's default profile. Unconfined - no AppArmor enforcement.
        :param localhost_profile: localhostProfile indicates a profile loaded on the node that should be used. The profile must be preconfigured on the node to work. Must match the loaded name of the profile. Must be set if and only if type is "Localhost".

        :schema: BackupSpecPodSecurityContextAppArmorProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f5522d7d7dea260616a82733fd19fce96a70255bbcc88bcb60073cd72d1ea9b3)
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

        :schema: BackupSpecPodSecurityContextAppArmorProfile#type
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

        :schema: BackupSpecPodSecurityContextAppArmorProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecPodSecurityContextAppArmorProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecPodSecurityContextSeLinuxOptions",
    jsii_struct_bases=[],
    name_mapping={"level": "level", "role": "role", "type": "type", "user": "user"},
)
class BackupSpecPodSecurityContextSeLinuxOptions:
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

        :schema: BackupSpecPodSecurityContextSeLinuxOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__018ee7708dc249884f88e9e1769dd329f440aea882ddc24e61ce51d270dbf564)
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

        :schema: BackupSpecPodSecurityContextSeLinuxOptions#level
        '''
        result = self._values.get("level")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''Role is a SELinux role label that applies to the container.

        :schema: BackupSpecPodSecurityContextSeLinuxOptions#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''Type is a SELinux type label that applies to the container.

        :schema: BackupSpecPodSecurityContextSeLinuxOptions#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''User is a SELinux user label that applies to the container.

        :schema: BackupSpecPodSecurityContextSeLinuxOptions#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecPodSecurityContextSeLinuxOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecPodSecurityContextSeccompProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class BackupSpecPodSecurityContextSeccompProfile:
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

        :schema: BackupSpecPodSecurityContextSeccompProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__80385a113ea456ba95af442e0b5f6173cc594adb42ec8edd414c87287a8ca11c)
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

        :schema: BackupSpecPodSecurityContextSeccompProfile#type
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

        :schema: BackupSpecPodSecurityContextSeccompProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecPodSecurityContextSeccompProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class BackupSpecResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "BackupSpecResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "BackupSpecResourcesRequests"]] = None,
    ) -> None:
        '''Resources describes the compute resource requirements.

        :param limits: ResourceList is a set of (resource name, quantity) pairs.
        :param requests: ResourceList is a set of (resource name, quantity) pairs.

        :schema: BackupSpecResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c1c75f975354213beaa827c843eb60aaa2640f5f19ccc6bb470602955ef4c257)
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
    ) -> typing.Optional[typing.Mapping[builtins.str, "BackupSpecResourcesLimits"]]:
        '''ResourceList is a set of (resource name, quantity) pairs.

        :schema: BackupSpecResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "BackupSpecResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "BackupSpecResourcesRequests"]]:
        '''ResourceList is a set of (resource name, quantity) pairs.

        :schema: BackupSpecResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "BackupSpecResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class BackupSpecResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecResourcesLimits",
):
    '''
    :schema: BackupSpecResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "BackupSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0eb00774e366e65213919a33ed300558376ebcdb34a3715de63a451b7a969547)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("BackupSpecResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "BackupSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9e9502504ff1b1cc3012cae5b6288909f33c2e9984ef9826e1f0058e1af18083)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("BackupSpecResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class BackupSpecResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecResourcesRequests",
):
    '''
    :schema: BackupSpecResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "BackupSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a966cfaa600dcbbac9390970463935a97670355d692ae62dbc1e4536dce6f70c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("BackupSpecResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "BackupSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6d2703ed06706b9c877831e50f0ded6b9cbc6724191db9269d084d3110f02045)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("BackupSpecResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(jsii_type="mariadb_backup_commariadbk8s.BackupSpecRestartPolicy")
class BackupSpecRestartPolicy(enum.Enum):
    '''RestartPolicy to be added to the Backup Pod.

    :schema: BackupSpecRestartPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    ON_FAILURE = "ON_FAILURE"
    '''OnFailure.'''
    NEVER = "NEVER"
    '''Never.'''


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecSchedule",
    jsii_struct_bases=[],
    name_mapping={"cron": "cron", "suspend": "suspend"},
)
class BackupSpecSchedule:
    def __init__(
        self,
        *,
        cron: builtins.str,
        suspend: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Schedule defines when the Backup will be taken.

        :param cron: Cron is a cron expression that defines the schedule.
        :param suspend: Suspend defines whether the schedule is active or not.

        :schema: BackupSpecSchedule
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__296414c4ca9a773c97266fac6a438bd85af3506a3761bb1fe00f9780b943df74)
            check_type(argname="argument cron", value=cron, expected_type=type_hints["cron"])
            check_type(argname="argument suspend", value=suspend, expected_type=type_hints["suspend"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cron": cron,
        }
        if suspend is not None:
            self._values["suspend"] = suspend

    @builtins.property
    def cron(self) -> builtins.str:
        '''Cron is a cron expression that defines the schedule.

        :schema: BackupSpecSchedule#cron
        '''
        result = self._values.get("cron")
        assert result is not None, "Required property 'cron' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def suspend(self) -> typing.Optional[builtins.bool]:
        '''Suspend defines whether the schedule is active or not.

        :schema: BackupSpecSchedule#suspend
        '''
        result = self._values.get("suspend")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecSchedule(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecSecurityContext",
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
class BackupSpecSecurityContext:
    def __init__(
        self,
        *,
        allow_privilege_escalation: typing.Optional[builtins.bool] = None,
        capabilities: typing.Optional[typing.Union["BackupSpecSecurityContextCapabilities", typing.Dict[builtins.str, typing.Any]]] = None,
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

        :schema: BackupSpecSecurityContext
        '''
        if isinstance(capabilities, dict):
            capabilities = BackupSpecSecurityContextCapabilities(**capabilities)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__96e1409851323c400ca2b494ccd762960994ebb761c3a5c5116091ea5e996a89)
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
        :schema: BackupSpecSecurityContext#allowPrivilegeEscalation
        '''
        result = self._values.get("allow_privilege_escalation")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def capabilities(self) -> typing.Optional["BackupSpecSecurityContextCapabilities"]:
        '''Adds and removes POSIX capabilities from running containers.

        :schema: BackupSpecSecurityContext#capabilities
        '''
        result = self._values.get("capabilities")
        return typing.cast(typing.Optional["BackupSpecSecurityContextCapabilities"], result)

    @builtins.property
    def privileged(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: BackupSpecSecurityContext#privileged
        '''
        result = self._values.get("privileged")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def read_only_root_filesystem(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: BackupSpecSecurityContext#readOnlyRootFilesystem
        '''
        result = self._values.get("read_only_root_filesystem")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: BackupSpecSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: BackupSpecSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: BackupSpecSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecSecurityContextCapabilities",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "drop": "drop"},
)
class BackupSpecSecurityContextCapabilities:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[builtins.str]] = None,
        drop: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Adds and removes POSIX capabilities from running containers.

        :param add: Added capabilities.
        :param drop: Removed capabilities.

        :schema: BackupSpecSecurityContextCapabilities
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6596b6cef581d55ef9c02781716e8b41d0d43355debaae5241ba70607a81519a)
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

        :schema: BackupSpecSecurityContextCapabilities#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def drop(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Removed capabilities.

        :schema: BackupSpecSecurityContextCapabilities#drop
        '''
        result = self._values.get("drop")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecSecurityContextCapabilities(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStagingStorage",
    jsii_struct_bases=[],
    name_mapping={
        "persistent_volume_claim": "persistentVolumeClaim",
        "volume": "volume",
    },
)
class BackupSpecStagingStorage:
    def __init__(
        self,
        *,
        persistent_volume_claim: typing.Optional[typing.Union["BackupSpecStagingStoragePersistentVolumeClaim", typing.Dict[builtins.str, typing.Any]]] = None,
        volume: typing.Optional[typing.Union["BackupSpecStagingStorageVolume", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''StagingStorage defines the temporary storage used to keep external backups (i.e. S3) while they are being processed. It defaults to an emptyDir volume, meaning that the backups will be temporarily stored in the node where the Backup Job is scheduled. The staging area gets cleaned up after each backup is completed, consider this for sizing it appropriately.

        :param persistent_volume_claim: PersistentVolumeClaim is a Kubernetes PVC specification.
        :param volume: Volume is a Kubernetes volume specification.

        :schema: BackupSpecStagingStorage
        '''
        if isinstance(persistent_volume_claim, dict):
            persistent_volume_claim = BackupSpecStagingStoragePersistentVolumeClaim(**persistent_volume_claim)
        if isinstance(volume, dict):
            volume = BackupSpecStagingStorageVolume(**volume)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1bfc2aad8615aa2be81cb3471a9b318f9412eecb9f3c71aa88f974d4f60ccb40)
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
    ) -> typing.Optional["BackupSpecStagingStoragePersistentVolumeClaim"]:
        '''PersistentVolumeClaim is a Kubernetes PVC specification.

        :schema: BackupSpecStagingStorage#persistentVolumeClaim
        '''
        result = self._values.get("persistent_volume_claim")
        return typing.cast(typing.Optional["BackupSpecStagingStoragePersistentVolumeClaim"], result)

    @builtins.property
    def volume(self) -> typing.Optional["BackupSpecStagingStorageVolume"]:
        '''Volume is a Kubernetes volume specification.

        :schema: BackupSpecStagingStorage#volume
        '''
        result = self._values.get("volume")
        return typing.cast(typing.Optional["BackupSpecStagingStorageVolume"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStagingStorage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStagingStoragePersistentVolumeClaim",
    jsii_struct_bases=[],
    name_mapping={
        "access_modes": "accessModes",
        "resources": "resources",
        "selector": "selector",
        "storage_class_name": "storageClassName",
    },
)
class BackupSpecStagingStoragePersistentVolumeClaim:
    def __init__(
        self,
        *,
        access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
        resources: typing.Optional[typing.Union["BackupSpecStagingStoragePersistentVolumeClaimResources", typing.Dict[builtins.str, typing.Any]]] = None,
        selector: typing.Optional[typing.Union["BackupSpecStagingStoragePersistentVolumeClaimSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        storage_class_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''PersistentVolumeClaim is a Kubernetes PVC specification.

        :param access_modes: 
        :param resources: VolumeResourceRequirements describes the storage resource requirements for a volume.
        :param selector: A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.
        :param storage_class_name: 

        :schema: BackupSpecStagingStoragePersistentVolumeClaim
        '''
        if isinstance(resources, dict):
            resources = BackupSpecStagingStoragePersistentVolumeClaimResources(**resources)
        if isinstance(selector, dict):
            selector = BackupSpecStagingStoragePersistentVolumeClaimSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1a3d687107092f757768636134fb37519b71c6ab8261c9a5a4184c9ecf1c905f)
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
        :schema: BackupSpecStagingStoragePersistentVolumeClaim#accessModes
        '''
        result = self._values.get("access_modes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["BackupSpecStagingStoragePersistentVolumeClaimResources"]:
        '''VolumeResourceRequirements describes the storage resource requirements for a volume.

        :schema: BackupSpecStagingStoragePersistentVolumeClaim#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["BackupSpecStagingStoragePersistentVolumeClaimResources"], result)

    @builtins.property
    def selector(
        self,
    ) -> typing.Optional["BackupSpecStagingStoragePersistentVolumeClaimSelector"]:
        '''A label selector is a label query over a set of resources.

        The result of matchLabels and
        matchExpressions are ANDed. An empty label selector matches all objects. A null
        label selector matches no objects.

        :schema: BackupSpecStagingStoragePersistentVolumeClaim#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["BackupSpecStagingStoragePersistentVolumeClaimSelector"], result)

    @builtins.property
    def storage_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackupSpecStagingStoragePersistentVolumeClaim#storageClassName
        '''
        result = self._values.get("storage_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStagingStoragePersistentVolumeClaim(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStagingStoragePersistentVolumeClaimResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class BackupSpecStagingStoragePersistentVolumeClaimResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "BackupSpecStagingStoragePersistentVolumeClaimResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "BackupSpecStagingStoragePersistentVolumeClaimResourcesRequests"]] = None,
    ) -> None:
        '''VolumeResourceRequirements describes the storage resource requirements for a volume.

        :param limits: Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
        :param requests: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: BackupSpecStagingStoragePersistentVolumeClaimResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7f36b2fa3046862e3843a0cf1a18a0a521338df157ba4e3d29e52d19287b7f86)
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
    ) -> typing.Optional[typing.Mapping[builtins.str, "BackupSpecStagingStoragePersistentVolumeClaimResourcesLimits"]]:
        '''Limits describes the maximum amount of compute resources allowed.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: BackupSpecStagingStoragePersistentVolumeClaimResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "BackupSpecStagingStoragePersistentVolumeClaimResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "BackupSpecStagingStoragePersistentVolumeClaimResourcesRequests"]]:
        '''Requests describes the minimum amount of compute resources required.

        If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
        otherwise to an implementation-defined value. Requests cannot exceed Limits.
        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: BackupSpecStagingStoragePersistentVolumeClaimResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "BackupSpecStagingStoragePersistentVolumeClaimResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStagingStoragePersistentVolumeClaimResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class BackupSpecStagingStoragePersistentVolumeClaimResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStagingStoragePersistentVolumeClaimResourcesLimits",
):
    '''
    :schema: BackupSpecStagingStoragePersistentVolumeClaimResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "BackupSpecStagingStoragePersistentVolumeClaimResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__feb1ff8e9df44f3a60fabd3340006404ed87cf3989d078f55cf1f5bac6e7f204)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("BackupSpecStagingStoragePersistentVolumeClaimResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "BackupSpecStagingStoragePersistentVolumeClaimResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a5c2587b0290cfad81799d7cec0267a659f01d20c731efe0dffca92439f982e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("BackupSpecStagingStoragePersistentVolumeClaimResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class BackupSpecStagingStoragePersistentVolumeClaimResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStagingStoragePersistentVolumeClaimResourcesRequests",
):
    '''
    :schema: BackupSpecStagingStoragePersistentVolumeClaimResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "BackupSpecStagingStoragePersistentVolumeClaimResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__312df3b2b5db7b6e553e0c2ca1e61cbd69234f9cf80bdfbe271bf31e7eb6bad5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("BackupSpecStagingStoragePersistentVolumeClaimResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "BackupSpecStagingStoragePersistentVolumeClaimResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c24a4b0273dc337946797e7aa1e93a7d378667027c5030544a441721ef1cf599)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("BackupSpecStagingStoragePersistentVolumeClaimResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStagingStoragePersistentVolumeClaimSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class BackupSpecStagingStoragePersistentVolumeClaimSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["BackupSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''A label selector is a label query over a set of resources.

        The result of matchLabels and
        matchExpressions are ANDed. An empty label selector matches all objects. A null
        label selector matches no objects.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: BackupSpecStagingStoragePersistentVolumeClaimSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1a610a5bfd487978b420eea69d9c795dd2c265d266d35a6a3c9d09e4e7e8a9a4)
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
    ) -> typing.Optional[typing.List["BackupSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: BackupSpecStagingStoragePersistentVolumeClaimSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["BackupSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: BackupSpecStagingStoragePersistentVolumeClaimSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStagingStoragePersistentVolumeClaimSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class BackupSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions:
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

        :schema: BackupSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__29c113598fe3d102b2ebced64765b285d830fab3eaabe9f435756d1f7f47ae90)
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

        :schema: BackupSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: BackupSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions#operator
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

        :schema: BackupSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStagingStorageVolume",
    jsii_struct_bases=[],
    name_mapping={
        "csi": "csi",
        "empty_dir": "emptyDir",
        "host_path": "hostPath",
        "nfs": "nfs",
        "persistent_volume_claim": "persistentVolumeClaim",
    },
)
class BackupSpecStagingStorageVolume:
    def __init__(
        self,
        *,
        csi: typing.Optional[typing.Union["BackupSpecStagingStorageVolumeCsi", typing.Dict[builtins.str, typing.Any]]] = None,
        empty_dir: typing.Optional[typing.Union["BackupSpecStagingStorageVolumeEmptyDir", typing.Dict[builtins.str, typing.Any]]] = None,
        host_path: typing.Optional[typing.Union["BackupSpecStagingStorageVolumeHostPath", typing.Dict[builtins.str, typing.Any]]] = None,
        nfs: typing.Optional[typing.Union["BackupSpecStagingStorageVolumeNfs", typing.Dict[builtins.str, typing.Any]]] = None,
        persistent_volume_claim: typing.Optional[typing.Union["BackupSpecStagingStorageVolumePersistentVolumeClaim", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Volume is a Kubernetes volume specification.

        :param csi: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#csivolumesource-v1-core.
        :param empty_dir: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#emptydirvolumesource-v1-core.
        :param host_path: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#hostpathvolumesource-v1-core.
        :param nfs: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nfsvolumesource-v1-core.
        :param persistent_volume_claim: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#persistentvolumeclaimvolumesource-v1-core.

        :schema: BackupSpecStagingStorageVolume
        '''
        if isinstance(csi, dict):
            csi = BackupSpecStagingStorageVolumeCsi(**csi)
        if isinstance(empty_dir, dict):
            empty_dir = BackupSpecStagingStorageVolumeEmptyDir(**empty_dir)
        if isinstance(host_path, dict):
            host_path = BackupSpecStagingStorageVolumeHostPath(**host_path)
        if isinstance(nfs, dict):
            nfs = BackupSpecStagingStorageVolumeNfs(**nfs)
        if isinstance(persistent_volume_claim, dict):
            persistent_volume_claim = BackupSpecStagingStorageVolumePersistentVolumeClaim(**persistent_volume_claim)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2070c6cbaaef094058ffb54d40425aeca0ed9d5dcd512e5ccf84c76cb85e8b7d)
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
    def csi(self) -> typing.Optional["BackupSpecStagingStorageVolumeCsi"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#csivolumesource-v1-core.

        :schema: BackupSpecStagingStorageVolume#csi
        '''
        result = self._values.get("csi")
        return typing.cast(typing.Optional["BackupSpecStagingStorageVolumeCsi"], result)

    @builtins.property
    def empty_dir(self) -> typing.Optional["BackupSpecStagingStorageVolumeEmptyDir"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#emptydirvolumesource-v1-core.

        :schema: BackupSpecStagingStorageVolume#emptyDir
        '''
        result = self._values.get("empty_dir")
        return typing.cast(typing.Optional["BackupSpecStagingStorageVolumeEmptyDir"], result)

    @builtins.property
    def host_path(self) -> typing.Optional["BackupSpecStagingStorageVolumeHostPath"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#hostpathvolumesource-v1-core.

        :schema: BackupSpecStagingStorageVolume#hostPath
        '''
        result = self._values.get("host_path")
        return typing.cast(typing.Optional["BackupSpecStagingStorageVolumeHostPath"], result)

    @builtins.property
    def nfs(self) -> typing.Optional["BackupSpecStagingStorageVolumeNfs"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nfsvolumesource-v1-core.

        :schema: BackupSpecStagingStorageVolume#nfs
        '''
        result = self._values.get("nfs")
        return typing.cast(typing.Optional["BackupSpecStagingStorageVolumeNfs"], result)

    @builtins.property
    def persistent_volume_claim(
        self,
    ) -> typing.Optional["BackupSpecStagingStorageVolumePersistentVolumeClaim"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#persistentvolumeclaimvolumesource-v1-core.

        :schema: BackupSpecStagingStorageVolume#persistentVolumeClaim
        '''
        result = self._values.get("persistent_volume_claim")
        return typing.cast(typing.Optional["BackupSpecStagingStorageVolumePersistentVolumeClaim"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStagingStorageVolume(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStagingStorageVolumeCsi",
    jsii_struct_bases=[],
    name_mapping={
        "driver": "driver",
        "fs_type": "fsType",
        "node_publish_secret_ref": "nodePublishSecretRef",
        "read_only": "readOnly",
        "volume_attributes": "volumeAttributes",
    },
)
class BackupSpecStagingStorageVolumeCsi:
    def __init__(
        self,
        *,
        driver: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
        node_publish_secret_ref: typing.Optional[typing.Union["BackupSpecStagingStorageVolumeCsiNodePublishSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        read_only: typing.Optional[builtins.bool] = None,
        volume_attributes: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#csivolumesource-v1-core.

        :param driver: 
        :param fs_type: 
        :param node_publish_secret_ref: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#localobjectreference-v1-core.
        :param read_only: 
        :param volume_attributes: 

        :schema: BackupSpecStagingStorageVolumeCsi
        '''
        if isinstance(node_publish_secret_ref, dict):
            node_publish_secret_ref = BackupSpecStagingStorageVolumeCsiNodePublishSecretRef(**node_publish_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8ec57ac5afccb33d6e591134e1afe5cfdb5c9f7f824e4944fdabeebd14dc5eef)
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
        :schema: BackupSpecStagingStorageVolumeCsi#driver
        '''
        result = self._values.get("driver")
        assert result is not None, "Required property 'driver' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackupSpecStagingStorageVolumeCsi#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_publish_secret_ref(
        self,
    ) -> typing.Optional["BackupSpecStagingStorageVolumeCsiNodePublishSecretRef"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#localobjectreference-v1-core.

        :schema: BackupSpecStagingStorageVolumeCsi#nodePublishSecretRef
        '''
        result = self._values.get("node_publish_secret_ref")
        return typing.cast(typing.Optional["BackupSpecStagingStorageVolumeCsiNodePublishSecretRef"], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: BackupSpecStagingStorageVolumeCsi#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def volume_attributes(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: BackupSpecStagingStorageVolumeCsi#volumeAttributes
        '''
        result = self._values.get("volume_attributes")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStagingStorageVolumeCsi(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStagingStorageVolumeCsiNodePublishSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class BackupSpecStagingStorageVolumeCsiNodePublishSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#localobjectreference-v1-core.

        :param name: 

        :schema: BackupSpecStagingStorageVolumeCsiNodePublishSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bb77bb3a07c4f18ddac363ed1ec04648d7952c77968a65501752f6a0e44be19d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackupSpecStagingStorageVolumeCsiNodePublishSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStagingStorageVolumeCsiNodePublishSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStagingStorageVolumeEmptyDir",
    jsii_struct_bases=[],
    name_mapping={"medium": "medium", "size_limit": "sizeLimit"},
)
class BackupSpecStagingStorageVolumeEmptyDir:
    def __init__(
        self,
        *,
        medium: typing.Optional[builtins.str] = None,
        size_limit: typing.Optional["BackupSpecStagingStorageVolumeEmptyDirSizeLimit"] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#emptydirvolumesource-v1-core.

        :param medium: StorageMedium defines ways that storage can be allocated to a volume.
        :param size_limit: 

        :schema: BackupSpecStagingStorageVolumeEmptyDir
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__05c90addc6cd2c6043a720f70d65bf923ac821f20c7ef2c77eaba1d8861ffff5)
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

        :schema: BackupSpecStagingStorageVolumeEmptyDir#medium
        '''
        result = self._values.get("medium")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def size_limit(
        self,
    ) -> typing.Optional["BackupSpecStagingStorageVolumeEmptyDirSizeLimit"]:
        '''
        :schema: BackupSpecStagingStorageVolumeEmptyDir#sizeLimit
        '''
        result = self._values.get("size_limit")
        return typing.cast(typing.Optional["BackupSpecStagingStorageVolumeEmptyDirSizeLimit"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStagingStorageVolumeEmptyDir(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class BackupSpecStagingStorageVolumeEmptyDirSizeLimit(
    metaclass=jsii.JSIIMeta,
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStagingStorageVolumeEmptyDirSizeLimit",
):
    '''
    :schema: BackupSpecStagingStorageVolumeEmptyDirSizeLimit
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "BackupSpecStagingStorageVolumeEmptyDirSizeLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ae7c2637fb78dda7c60c11c8ee20384058bae85ba185f018cbed19c50d6703ed)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("BackupSpecStagingStorageVolumeEmptyDirSizeLimit", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "BackupSpecStagingStorageVolumeEmptyDirSizeLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c4a7c4f6edf83faedd34f77d4d130d6658ea240421d12de866eb23c1cb7e00bd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("BackupSpecStagingStorageVolumeEmptyDirSizeLimit", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStagingStorageVolumeHostPath",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "type": "type"},
)
class BackupSpecStagingStorageVolumeHostPath:
    def __init__(
        self,
        *,
        path: builtins.str,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#hostpathvolumesource-v1-core.

        :param path: 
        :param type: 

        :schema: BackupSpecStagingStorageVolumeHostPath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b9aa284f149e1aca755f6dac671be89c0ad5103bfc577eba7edc60f8efe2fe85)
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
        :schema: BackupSpecStagingStorageVolumeHostPath#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackupSpecStagingStorageVolumeHostPath#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStagingStorageVolumeHostPath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStagingStorageVolumeNfs",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "server": "server", "read_only": "readOnly"},
)
class BackupSpecStagingStorageVolumeNfs:
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

        :schema: BackupSpecStagingStorageVolumeNfs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a0f6fc2d79ce798db2232690726c5103475dabd03500ac93170312e6888af8a8)
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
        :schema: BackupSpecStagingStorageVolumeNfs#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def server(self) -> builtins.str:
        '''
        :schema: BackupSpecStagingStorageVolumeNfs#server
        '''
        result = self._values.get("server")
        assert result is not None, "Required property 'server' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: BackupSpecStagingStorageVolumeNfs#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStagingStorageVolumeNfs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStagingStorageVolumePersistentVolumeClaim",
    jsii_struct_bases=[],
    name_mapping={"claim_name": "claimName", "read_only": "readOnly"},
)
class BackupSpecStagingStorageVolumePersistentVolumeClaim:
    def __init__(
        self,
        *,
        claim_name: builtins.str,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#persistentvolumeclaimvolumesource-v1-core.

        :param claim_name: 
        :param read_only: 

        :schema: BackupSpecStagingStorageVolumePersistentVolumeClaim
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9469d803b5261bc4c2c12d32f55df6432008d31c9a94cae712a3be72cfc0b6fa)
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
        :schema: BackupSpecStagingStorageVolumePersistentVolumeClaim#claimName
        '''
        result = self._values.get("claim_name")
        assert result is not None, "Required property 'claim_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: BackupSpecStagingStorageVolumePersistentVolumeClaim#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStagingStorageVolumePersistentVolumeClaim(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStorage",
    jsii_struct_bases=[],
    name_mapping={
        "persistent_volume_claim": "persistentVolumeClaim",
        "s3": "s3",
        "volume": "volume",
    },
)
class BackupSpecStorage:
    def __init__(
        self,
        *,
        persistent_volume_claim: typing.Optional[typing.Union["BackupSpecStoragePersistentVolumeClaim", typing.Dict[builtins.str, typing.Any]]] = None,
        s3: typing.Optional[typing.Union["BackupSpecStorageS3", typing.Dict[builtins.str, typing.Any]]] = None,
        volume: typing.Optional[typing.Union["BackupSpecStorageVolume", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Storage defines the final storage for backups.

        :param persistent_volume_claim: PersistentVolumeClaim is a Kubernetes PVC specification.
        :param s3: S3 defines the configuration to store backups in a S3 compatible storage.
        :param volume: Volume is a Kubernetes volume specification.

        :schema: BackupSpecStorage
        '''
        if isinstance(persistent_volume_claim, dict):
            persistent_volume_claim = BackupSpecStoragePersistentVolumeClaim(**persistent_volume_claim)
        if isinstance(s3, dict):
            s3 = BackupSpecStorageS3(**s3)
        if isinstance(volume, dict):
            volume = BackupSpecStorageVolume(**volume)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__39aa62f6e2c25eecd619bc1b5250ee32feda791fd5bed929924e9c20bea3bb3d)
            check_type(argname="argument persistent_volume_claim", value=persistent_volume_claim, expected_type=type_hints["persistent_volume_claim"])
            check_type(argname="argument s3", value=s3, expected_type=type_hints["s3"])
            check_type(argname="argument volume", value=volume, expected_type=type_hints["volume"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if persistent_volume_claim is not None:
            self._values["persistent_volume_claim"] = persistent_volume_claim
        if s3 is not None:
            self._values["s3"] = s3
        if volume is not None:
            self._values["volume"] = volume

    @builtins.property
    def persistent_volume_claim(
        self,
    ) -> typing.Optional["BackupSpecStoragePersistentVolumeClaim"]:
        '''PersistentVolumeClaim is a Kubernetes PVC specification.

        :schema: BackupSpecStorage#persistentVolumeClaim
        '''
        result = self._values.get("persistent_volume_claim")
        return typing.cast(typing.Optional["BackupSpecStoragePersistentVolumeClaim"], result)

    @builtins.property
    def s3(self) -> typing.Optional["BackupSpecStorageS3"]:
        '''S3 defines the configuration to store backups in a S3 compatible storage.

        :schema: BackupSpecStorage#s3
        '''
        result = self._values.get("s3")
        return typing.cast(typing.Optional["BackupSpecStorageS3"], result)

    @builtins.property
    def volume(self) -> typing.Optional["BackupSpecStorageVolume"]:
        '''Volume is a Kubernetes volume specification.

        :schema: BackupSpecStorage#volume
        '''
        result = self._values.get("volume")
        return typing.cast(typing.Optional["BackupSpecStorageVolume"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStorage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStoragePersistentVolumeClaim",
    jsii_struct_bases=[],
    name_mapping={
        "access_modes": "accessModes",
        "resources": "resources",
        "selector": "selector",
        "storage_class_name": "storageClassName",
    },
)
class BackupSpecStoragePersistentVolumeClaim:
    def __init__(
        self,
        *,
        access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
        resources: typing.Optional[typing.Union["BackupSpecStoragePersistentVolumeClaimResources", typing.Dict[builtins.str, typing.Any]]] = None,
        selector: typing.Optional[typing.Union["BackupSpecStoragePersistentVolumeClaimSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        storage_class_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''PersistentVolumeClaim is a Kubernetes PVC specification.

        :param access_modes: 
        :param resources: VolumeResourceRequirements describes the storage resource requirements for a volume.
        :param selector: A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.
        :param storage_class_name: 

        :schema: BackupSpecStoragePersistentVolumeClaim
        '''
        if isinstance(resources, dict):
            resources = BackupSpecStoragePersistentVolumeClaimResources(**resources)
        if isinstance(selector, dict):
            selector = BackupSpecStoragePersistentVolumeClaimSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5bf5b23af5685307e779fdc5e0f9013f8b75bab3728fbe299dbd15c890e6394a)
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
        :schema: BackupSpecStoragePersistentVolumeClaim#accessModes
        '''
        result = self._values.get("access_modes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["BackupSpecStoragePersistentVolumeClaimResources"]:
        '''VolumeResourceRequirements describes the storage resource requirements for a volume.

        :schema: BackupSpecStoragePersistentVolumeClaim#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["BackupSpecStoragePersistentVolumeClaimResources"], result)

    @builtins.property
    def selector(
        self,
    ) -> typing.Optional["BackupSpecStoragePersistentVolumeClaimSelector"]:
        '''A label selector is a label query over a set of resources.

        The result of matchLabels and
        matchExpressions are ANDed. An empty label selector matches all objects. A null
        label selector matches no objects.

        :schema: BackupSpecStoragePersistentVolumeClaim#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["BackupSpecStoragePersistentVolumeClaimSelector"], result)

    @builtins.property
    def storage_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackupSpecStoragePersistentVolumeClaim#storageClassName
        '''
        result = self._values.get("storage_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStoragePersistentVolumeClaim(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStoragePersistentVolumeClaimResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class BackupSpecStoragePersistentVolumeClaimResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "BackupSpecStoragePersistentVolumeClaimResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "BackupSpecStoragePersistentVolumeClaimResourcesRequests"]] = None,
    ) -> None:
        '''VolumeResourceRequirements describes the storage resource requirements for a volume.

        :param limits: Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
        :param requests: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: BackupSpecStoragePersistentVolumeClaimResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2c6f2eaa466adf79fc58fd2358b9ada7d3cc4adb23237d9786a2fbe91bf4db2b)
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
    ) -> typing.Optional[typing.Mapping[builtins.str, "BackupSpecStoragePersistentVolumeClaimResourcesLimits"]]:
        '''Limits describes the maximum amount of compute resources allowed.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: BackupSpecStoragePersistentVolumeClaimResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "BackupSpecStoragePersistentVolumeClaimResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "BackupSpecStoragePersistentVolumeClaimResourcesRequests"]]:
        '''Requests describes the minimum amount of compute resources required.

        If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
        otherwise to an implementation-defined value. Requests cannot exceed Limits.
        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: BackupSpecStoragePersistentVolumeClaimResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "BackupSpecStoragePersistentVolumeClaimResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStoragePersistentVolumeClaimResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class BackupSpecStoragePersistentVolumeClaimResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStoragePersistentVolumeClaimResourcesLimits",
):
    '''
    :schema: BackupSpecStoragePersistentVolumeClaimResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "BackupSpecStoragePersistentVolumeClaimResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0bc084a437aeaf57455d4937c6d93a1bfafc1a6f68ed8689f2c7cbdfe48abc06)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("BackupSpecStoragePersistentVolumeClaimResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "BackupSpecStoragePersistentVolumeClaimResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aaff5e3a161fda8be9fa0198f7be66fb1c769a6634b2ad88677abf864660ec1b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("BackupSpecStoragePersistentVolumeClaimResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class BackupSpecStoragePersistentVolumeClaimResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStoragePersistentVolumeClaimResourcesRequests",
):
    '''
    :schema: BackupSpecStoragePersistentVolumeClaimResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "BackupSpecStoragePersistentVolumeClaimResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__265dd7cb6c1e37d6f06eb61fb0e9ea8733da23a96636a1e6ef5381d5bbcba12e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("BackupSpecStoragePersistentVolumeClaimResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "BackupSpecStoragePersistentVolumeClaimResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__20efdbd7a7eab70b10e041e42b27500e84d1ad23883c77cf203889c84e11ae3f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("BackupSpecStoragePersistentVolumeClaimResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStoragePersistentVolumeClaimSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class BackupSpecStoragePersistentVolumeClaimSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["BackupSpecStoragePersistentVolumeClaimSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''A label selector is a label query over a set of resources.

        The result of matchLabels and
        matchExpressions are ANDed. An empty label selector matches all objects. A null
        label selector matches no objects.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: BackupSpecStoragePersistentVolumeClaimSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fbf552696246574617cbe5f746aeab31f643b007246663c44536102195924103)
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
    ) -> typing.Optional[typing.List["BackupSpecStoragePersistentVolumeClaimSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: BackupSpecStoragePersistentVolumeClaimSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["BackupSpecStoragePersistentVolumeClaimSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: BackupSpecStoragePersistentVolumeClaimSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStoragePersistentVolumeClaimSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStoragePersistentVolumeClaimSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class BackupSpecStoragePersistentVolumeClaimSelectorMatchExpressions:
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

        :schema: BackupSpecStoragePersistentVolumeClaimSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9ed6665499fb9566b63d43e304d465a2395ec16bc05892844f77600889286378)
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

        :schema: BackupSpecStoragePersistentVolumeClaimSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: BackupSpecStoragePersistentVolumeClaimSelectorMatchExpressions#operator
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

        :schema: BackupSpecStoragePersistentVolumeClaimSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStoragePersistentVolumeClaimSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStorageS3",
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
class BackupSpecStorageS3:
    def __init__(
        self,
        *,
        bucket: builtins.str,
        endpoint: builtins.str,
        access_key_id_secret_key_ref: typing.Optional[typing.Union["BackupSpecStorageS3AccessKeyIdSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        prefix: typing.Optional[builtins.str] = None,
        region: typing.Optional[builtins.str] = None,
        secret_access_key_secret_key_ref: typing.Optional[typing.Union["BackupSpecStorageS3SecretAccessKeySecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        session_token_secret_key_ref: typing.Optional[typing.Union["BackupSpecStorageS3SessionTokenSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        ssec: typing.Optional[typing.Union["BackupSpecStorageS3Ssec", typing.Dict[builtins.str, typing.Any]]] = None,
        tls: typing.Optional[typing.Union["BackupSpecStorageS3Tls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''S3 defines the configuration to store backups in a S3 compatible storage.

        :param bucket: Bucket is the name Name of the bucket to store backups.
        :param endpoint: Endpoint is the S3 API endpoint without scheme.
        :param access_key_id_secret_key_ref: AccessKeyIdSecretKeyRef is a reference to a Secret key containing the S3 access key id.
        :param prefix: Prefix indicates a folder/subfolder in the bucket. For example: mariadb/ or mariadb/backups. A trailing slash '/' is added if not provided.
        :param region: Region is the S3 region name to use.
        :param secret_access_key_secret_key_ref: AccessKeyIdSecretKeyRef is a reference to a Secret key containing the S3 secret key.
        :param session_token_secret_key_ref: SessionTokenSecretKeyRef is a reference to a Secret key containing the S3 session token.
        :param ssec: SSEC is a reference to a Secret containing the SSE-C (Server-Side Encryption with Customer-Provided Keys) key. The secret must contain a 32-byte key (256 bits) in the specified key. This enables server-side encryption where you provide and manage the encryption key.
        :param tls: TLS provides the configuration required to establish TLS connections with S3.

        :schema: BackupSpecStorageS3
        '''
        if isinstance(access_key_id_secret_key_ref, dict):
            access_key_id_secret_key_ref = BackupSpecStorageS3AccessKeyIdSecretKeyRef(**access_key_id_secret_key_ref)
        if isinstance(secret_access_key_secret_key_ref, dict):
            secret_access_key_secret_key_ref = BackupSpecStorageS3SecretAccessKeySecretKeyRef(**secret_access_key_secret_key_ref)
        if isinstance(session_token_secret_key_ref, dict):
            session_token_secret_key_ref = BackupSpecStorageS3SessionTokenSecretKeyRef(**session_token_secret_key_ref)
        if isinstance(ssec, dict):
            ssec = BackupSpecStorageS3Ssec(**ssec)
        if isinstance(tls, dict):
            tls = BackupSpecStorageS3Tls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b01ad156fdec125ef47fa3e2e56ff21c40e641116e0bd4675be913f3a245d248)
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

        :schema: BackupSpecStorageS3#bucket
        '''
        result = self._values.get("bucket")
        assert result is not None, "Required property 'bucket' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def endpoint(self) -> builtins.str:
        '''Endpoint is the S3 API endpoint without scheme.

        :schema: BackupSpecStorageS3#endpoint
        '''
        result = self._values.get("endpoint")
        assert result is not None, "Required property 'endpoint' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def access_key_id_secret_key_ref(
        self,
    ) -> typing.Optional["BackupSpecStorageS3AccessKeyIdSecretKeyRef"]:
        '''AccessKeyIdSecretKeyRef is a reference to a Secret key containing the S3 access key id.

        :schema: BackupSpecStorageS3#accessKeyIdSecretKeyRef
        '''
        result = self._values.get("access_key_id_secret_key_ref")
        return typing.cast(typing.Optional["BackupSpecStorageS3AccessKeyIdSecretKeyRef"], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''Prefix indicates a folder/subfolder in the bucket.

        For example: mariadb/ or mariadb/backups. A trailing slash '/' is added if not provided.

        :schema: BackupSpecStorageS3#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''Region is the S3 region name to use.

        :schema: BackupSpecStorageS3#region
        '''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_access_key_secret_key_ref(
        self,
    ) -> typing.Optional["BackupSpecStorageS3SecretAccessKeySecretKeyRef"]:
        '''AccessKeyIdSecretKeyRef is a reference to a Secret key containing the S3 secret key.

        :schema: BackupSpecStorageS3#secretAccessKeySecretKeyRef
        '''
        result = self._values.get("secret_access_key_secret_key_ref")
        return typing.cast(typing.Optional["BackupSpecStorageS3SecretAccessKeySecretKeyRef"], result)

    @builtins.property
    def session_token_secret_key_ref(
        self,
    ) -> typing.Optional["BackupSpecStorageS3SessionTokenSecretKeyRef"]:
        '''SessionTokenSecretKeyRef is a reference to a Secret key containing the S3 session token.

        :schema: BackupSpecStorageS3#sessionTokenSecretKeyRef
        '''
        result = self._values.get("session_token_secret_key_ref")
        return typing.cast(typing.Optional["BackupSpecStorageS3SessionTokenSecretKeyRef"], result)

    @builtins.property
    def ssec(self) -> typing.Optional["BackupSpecStorageS3Ssec"]:
        '''SSEC is a reference to a Secret containing the SSE-C (Server-Side Encryption with Customer-Provided Keys) key.

        The secret must contain a 32-byte key (256 bits) in the specified key.
        This enables server-side encryption where you provide and manage the encryption key.

        :schema: BackupSpecStorageS3#ssec
        '''
        result = self._values.get("ssec")
        return typing.cast(typing.Optional["BackupSpecStorageS3Ssec"], result)

    @builtins.property
    def tls(self) -> typing.Optional["BackupSpecStorageS3Tls"]:
        '''TLS provides the configuration required to establish TLS connections with S3.

        :schema: BackupSpecStorageS3#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["BackupSpecStorageS3Tls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStorageS3(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStorageS3AccessKeyIdSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class BackupSpecStorageS3AccessKeyIdSecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''AccessKeyIdSecretKeyRef is a reference to a Secret key containing the S3 access key id.

        :param key: 
        :param name: 

        :schema: BackupSpecStorageS3AccessKeyIdSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2d775fb505325bc4a20c24f4fadd4e75f51449176f944b633bf34785133b6ad9)
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
        :schema: BackupSpecStorageS3AccessKeyIdSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackupSpecStorageS3AccessKeyIdSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStorageS3AccessKeyIdSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStorageS3SecretAccessKeySecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class BackupSpecStorageS3SecretAccessKeySecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''AccessKeyIdSecretKeyRef is a reference to a Secret key containing the S3 secret key.

        :param key: 
        :param name: 

        :schema: BackupSpecStorageS3SecretAccessKeySecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fe02309c0f24992758b7bffdabfb0ab5e47b9391cfc04f6dc195217109b22fad)
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
        :schema: BackupSpecStorageS3SecretAccessKeySecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackupSpecStorageS3SecretAccessKeySecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStorageS3SecretAccessKeySecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStorageS3SessionTokenSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class BackupSpecStorageS3SessionTokenSecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SessionTokenSecretKeyRef is a reference to a Secret key containing the S3 session token.

        :param key: 
        :param name: 

        :schema: BackupSpecStorageS3SessionTokenSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ab38bb5eed37e4577caed2380e0acc055f148060de6d524aa31e66ed8353146c)
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
        :schema: BackupSpecStorageS3SessionTokenSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackupSpecStorageS3SessionTokenSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStorageS3SessionTokenSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStorageS3Ssec",
    jsii_struct_bases=[],
    name_mapping={"customer_key_secret_key_ref": "customerKeySecretKeyRef"},
)
class BackupSpecStorageS3Ssec:
    def __init__(
        self,
        *,
        customer_key_secret_key_ref: typing.Union["BackupSpecStorageS3SsecCustomerKeySecretKeyRef", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''SSEC is a reference to a Secret containing the SSE-C (Server-Side Encryption with Customer-Provided Keys) key.

        The secret must contain a 32-byte key (256 bits) in the specified key.
        This enables server-side encryption where you provide and manage the encryption key.

        :param customer_key_secret_key_ref: CustomerKeySecretKeyRef is a reference to a Secret key containing the SSE-C customer-provided encryption key. The key must be a 32-byte (256-bit) key encoded in base64.

        :schema: BackupSpecStorageS3Ssec
        '''
        if isinstance(customer_key_secret_key_ref, dict):
            customer_key_secret_key_ref = BackupSpecStorageS3SsecCustomerKeySecretKeyRef(**customer_key_secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__928eb3ba19c4e9c47b53abc6989cd00d38a9e3d623014e9c2abd2bd0b3a31008)
            check_type(argname="argument customer_key_secret_key_ref", value=customer_key_secret_key_ref, expected_type=type_hints["customer_key_secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "customer_key_secret_key_ref": customer_key_secret_key_ref,
        }

    @builtins.property
    def customer_key_secret_key_ref(
        self,
    ) -> "BackupSpecStorageS3SsecCustomerKeySecretKeyRef":
        '''CustomerKeySecretKeyRef is a reference to a Secret key containing the SSE-C customer-provided encryption key.

        The key must be a 32-byte (256-bit) key encoded in base64.

        :schema: BackupSpecStorageS3Ssec#customerKeySecretKeyRef
        '''
        result = self._values.get("customer_key_secret_key_ref")
        assert result is not None, "Required property 'customer_key_secret_key_ref' is missing"
        return typing.cast("BackupSpecStorageS3SsecCustomerKeySecretKeyRef", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStorageS3Ssec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStorageS3SsecCustomerKeySecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class BackupSpecStorageS3SsecCustomerKeySecretKeyRef:
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

        :schema: BackupSpecStorageS3SsecCustomerKeySecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a892ea242358526d1edd348b3089d5f65e9a5bc0ac9c33975d1b3851f9b1e57a)
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
        :schema: BackupSpecStorageS3SsecCustomerKeySecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackupSpecStorageS3SsecCustomerKeySecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStorageS3SsecCustomerKeySecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStorageS3Tls",
    jsii_struct_bases=[],
    name_mapping={"ca_secret_key_ref": "caSecretKeyRef", "enabled": "enabled"},
)
class BackupSpecStorageS3Tls:
    def __init__(
        self,
        *,
        ca_secret_key_ref: typing.Optional[typing.Union["BackupSpecStorageS3TlsCaSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''TLS provides the configuration required to establish TLS connections with S3.

        :param ca_secret_key_ref: CASecretKeyRef is a reference to a Secret key containing a CA bundle in PEM format used to establish TLS connections with S3. By default, the system trust chain will be used, but you can use this field to add more CAs to the bundle.
        :param enabled: Enabled is a flag to enable TLS.

        :schema: BackupSpecStorageS3Tls
        '''
        if isinstance(ca_secret_key_ref, dict):
            ca_secret_key_ref = BackupSpecStorageS3TlsCaSecretKeyRef(**ca_secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1845330a931a9f9e69218b72159463e00f0c85b1e2f4553155aba4ab621c6610)
            check_type(argname="argument ca_secret_key_ref", value=ca_secret_key_ref, expected_type=type_hints["ca_secret_key_ref"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_secret_key_ref is not None:
            self._values["ca_secret_key_ref"] = ca_secret_key_ref
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def ca_secret_key_ref(
        self,
    ) -> typing.Optional["BackupSpecStorageS3TlsCaSecretKeyRef"]:
        '''CASecretKeyRef is a reference to a Secret key containing a CA bundle in PEM format used to establish TLS connections with S3.

        By default, the system trust chain will be used, but you can use this field to add more CAs to the bundle.

        :schema: BackupSpecStorageS3Tls#caSecretKeyRef
        '''
        result = self._values.get("ca_secret_key_ref")
        return typing.cast(typing.Optional["BackupSpecStorageS3TlsCaSecretKeyRef"], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled is a flag to enable TLS.

        :schema: BackupSpecStorageS3Tls#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStorageS3Tls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStorageS3TlsCaSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class BackupSpecStorageS3TlsCaSecretKeyRef:
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

        :schema: BackupSpecStorageS3TlsCaSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f2d8c3a42da1c58766bc962749e784369302d2796e4d56ae515b4356ee82222b)
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
        :schema: BackupSpecStorageS3TlsCaSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackupSpecStorageS3TlsCaSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStorageS3TlsCaSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStorageVolume",
    jsii_struct_bases=[],
    name_mapping={
        "csi": "csi",
        "empty_dir": "emptyDir",
        "host_path": "hostPath",
        "nfs": "nfs",
        "persistent_volume_claim": "persistentVolumeClaim",
    },
)
class BackupSpecStorageVolume:
    def __init__(
        self,
        *,
        csi: typing.Optional[typing.Union["BackupSpecStorageVolumeCsi", typing.Dict[builtins.str, typing.Any]]] = None,
        empty_dir: typing.Optional[typing.Union["BackupSpecStorageVolumeEmptyDir", typing.Dict[builtins.str, typing.Any]]] = None,
        host_path: typing.Optional[typing.Union["BackupSpecStorageVolumeHostPath", typing.Dict[builtins.str, typing.Any]]] = None,
        nfs: typing.Optional[typing.Union["BackupSpecStorageVolumeNfs", typing.Dict[builtins.str, typing.Any]]] = None,
        persistent_volume_claim: typing.Optional[typing.Union["BackupSpecStorageVolumePersistentVolumeClaim", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Volume is a Kubernetes volume specification.

        :param csi: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#csivolumesource-v1-core.
        :param empty_dir: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#emptydirvolumesource-v1-core.
        :param host_path: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#hostpathvolumesource-v1-core.
        :param nfs: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nfsvolumesource-v1-core.
        :param persistent_volume_claim: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#persistentvolumeclaimvolumesource-v1-core.

        :schema: BackupSpecStorageVolume
        '''
        if isinstance(csi, dict):
            csi = BackupSpecStorageVolumeCsi(**csi)
        if isinstance(empty_dir, dict):
            empty_dir = BackupSpecStorageVolumeEmptyDir(**empty_dir)
        if isinstance(host_path, dict):
            host_path = BackupSpecStorageVolumeHostPath(**host_path)
        if isinstance(nfs, dict):
            nfs = BackupSpecStorageVolumeNfs(**nfs)
        if isinstance(persistent_volume_claim, dict):
            persistent_volume_claim = BackupSpecStorageVolumePersistentVolumeClaim(**persistent_volume_claim)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2ce611725d52eac3f9962d8c460c935e7a417e03f97bed348615d66b290a515d)
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
    def csi(self) -> typing.Optional["BackupSpecStorageVolumeCsi"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#csivolumesource-v1-core.

        :schema: BackupSpecStorageVolume#csi
        '''
        result = self._values.get("csi")
        return typing.cast(typing.Optional["BackupSpecStorageVolumeCsi"], result)

    @builtins.property
    def empty_dir(self) -> typing.Optional["BackupSpecStorageVolumeEmptyDir"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#emptydirvolumesource-v1-core.

        :schema: BackupSpecStorageVolume#emptyDir
        '''
        result = self._values.get("empty_dir")
        return typing.cast(typing.Optional["BackupSpecStorageVolumeEmptyDir"], result)

    @builtins.property
    def host_path(self) -> typing.Optional["BackupSpecStorageVolumeHostPath"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#hostpathvolumesource-v1-core.

        :schema: BackupSpecStorageVolume#hostPath
        '''
        result = self._values.get("host_path")
        return typing.cast(typing.Optional["BackupSpecStorageVolumeHostPath"], result)

    @builtins.property
    def nfs(self) -> typing.Optional["BackupSpecStorageVolumeNfs"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#nfsvolumesource-v1-core.

        :schema: BackupSpecStorageVolume#nfs
        '''
        result = self._values.get("nfs")
        return typing.cast(typing.Optional["BackupSpecStorageVolumeNfs"], result)

    @builtins.property
    def persistent_volume_claim(
        self,
    ) -> typing.Optional["BackupSpecStorageVolumePersistentVolumeClaim"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#persistentvolumeclaimvolumesource-v1-core.

        :schema: BackupSpecStorageVolume#persistentVolumeClaim
        '''
        result = self._values.get("persistent_volume_claim")
        return typing.cast(typing.Optional["BackupSpecStorageVolumePersistentVolumeClaim"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStorageVolume(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStorageVolumeCsi",
    jsii_struct_bases=[],
    name_mapping={
        "driver": "driver",
        "fs_type": "fsType",
        "node_publish_secret_ref": "nodePublishSecretRef",
        "read_only": "readOnly",
        "volume_attributes": "volumeAttributes",
    },
)
class BackupSpecStorageVolumeCsi:
    def __init__(
        self,
        *,
        driver: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
        node_publish_secret_ref: typing.Optional[typing.Union["BackupSpecStorageVolumeCsiNodePublishSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        read_only: typing.Optional[builtins.bool] = None,
        volume_attributes: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#csivolumesource-v1-core.

        :param driver: 
        :param fs_type: 
        :param node_publish_secret_ref: Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#localobjectreference-v1-core.
        :param read_only: 
        :param volume_attributes: 

        :schema: BackupSpecStorageVolumeCsi
        '''
        if isinstance(node_publish_secret_ref, dict):
            node_publish_secret_ref = BackupSpecStorageVolumeCsiNodePublishSecretRef(**node_publish_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__da68fdea9037f5b28be20a815864adcc4cb741e54b38c07de913320fe3e8f716)
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
        :schema: BackupSpecStorageVolumeCsi#driver
        '''
        result = self._values.get("driver")
        assert result is not None, "Required property 'driver' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackupSpecStorageVolumeCsi#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_publish_secret_ref(
        self,
    ) -> typing.Optional["BackupSpecStorageVolumeCsiNodePublishSecretRef"]:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#localobjectreference-v1-core.

        :schema: BackupSpecStorageVolumeCsi#nodePublishSecretRef
        '''
        result = self._values.get("node_publish_secret_ref")
        return typing.cast(typing.Optional["BackupSpecStorageVolumeCsiNodePublishSecretRef"], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: BackupSpecStorageVolumeCsi#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def volume_attributes(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: BackupSpecStorageVolumeCsi#volumeAttributes
        '''
        result = self._values.get("volume_attributes")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStorageVolumeCsi(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStorageVolumeCsiNodePublishSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class BackupSpecStorageVolumeCsiNodePublishSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#localobjectreference-v1-core.

        :param name: 

        :schema: BackupSpecStorageVolumeCsiNodePublishSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__617bc7a7503e73dc9e3d46950242b9ce9154fc6a131d8af61a2d7628b19b2e47)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackupSpecStorageVolumeCsiNodePublishSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStorageVolumeCsiNodePublishSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStorageVolumeEmptyDir",
    jsii_struct_bases=[],
    name_mapping={"medium": "medium", "size_limit": "sizeLimit"},
)
class BackupSpecStorageVolumeEmptyDir:
    def __init__(
        self,
        *,
        medium: typing.Optional[builtins.str] = None,
        size_limit: typing.Optional["BackupSpecStorageVolumeEmptyDirSizeLimit"] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#emptydirvolumesource-v1-core.

        :param medium: StorageMedium defines ways that storage can be allocated to a volume.
        :param size_limit: 

        :schema: BackupSpecStorageVolumeEmptyDir
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__28abc069d7ce360bf376322dd461ec4adad83550e77694f87c349b82394892f7)
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

        :schema: BackupSpecStorageVolumeEmptyDir#medium
        '''
        result = self._values.get("medium")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def size_limit(self) -> typing.Optional["BackupSpecStorageVolumeEmptyDirSizeLimit"]:
        '''
        :schema: BackupSpecStorageVolumeEmptyDir#sizeLimit
        '''
        result = self._values.get("size_limit")
        return typing.cast(typing.Optional["BackupSpecStorageVolumeEmptyDirSizeLimit"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStorageVolumeEmptyDir(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class BackupSpecStorageVolumeEmptyDirSizeLimit(
    metaclass=jsii.JSIIMeta,
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStorageVolumeEmptyDirSizeLimit",
):
    '''
    :schema: BackupSpecStorageVolumeEmptyDirSizeLimit
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "BackupSpecStorageVolumeEmptyDirSizeLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e4468a21a97146ecb17486f340c012f44da55cc8baa1d3242a58daefd2caeb65)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("BackupSpecStorageVolumeEmptyDirSizeLimit", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "BackupSpecStorageVolumeEmptyDirSizeLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8288aba1338407795e3f357e01e73fb6c05a252b4fadbdd7f849bd99586ab1b8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("BackupSpecStorageVolumeEmptyDirSizeLimit", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStorageVolumeHostPath",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "type": "type"},
)
class BackupSpecStorageVolumeHostPath:
    def __init__(
        self,
        *,
        path: builtins.str,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#hostpathvolumesource-v1-core.

        :param path: 
        :param type: 

        :schema: BackupSpecStorageVolumeHostPath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5cb1a71485de8cdb57ecbdbfa7fad72b7fbc20282b5d59c3b5434e68d3526251)
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
        :schema: BackupSpecStorageVolumeHostPath#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackupSpecStorageVolumeHostPath#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStorageVolumeHostPath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStorageVolumeNfs",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "server": "server", "read_only": "readOnly"},
)
class BackupSpecStorageVolumeNfs:
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

        :schema: BackupSpecStorageVolumeNfs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a322b988ab569c601458a889adff7abc95a9cc8e1775604b254349ed083e3b80)
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
        :schema: BackupSpecStorageVolumeNfs#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def server(self) -> builtins.str:
        '''
        :schema: BackupSpecStorageVolumeNfs#server
        '''
        result = self._values.get("server")
        assert result is not None, "Required property 'server' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: BackupSpecStorageVolumeNfs#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStorageVolumeNfs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecStorageVolumePersistentVolumeClaim",
    jsii_struct_bases=[],
    name_mapping={"claim_name": "claimName", "read_only": "readOnly"},
)
class BackupSpecStorageVolumePersistentVolumeClaim:
    def __init__(
        self,
        *,
        claim_name: builtins.str,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Refer to the Kubernetes docs: https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#persistentvolumeclaimvolumesource-v1-core.

        :param claim_name: 
        :param read_only: 

        :schema: BackupSpecStorageVolumePersistentVolumeClaim
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4419ab6884a3fc0767f0f84ad8afcb8af2a32c54cd602048eb4473c4324e2ecd)
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
        :schema: BackupSpecStorageVolumePersistentVolumeClaim#claimName
        '''
        result = self._values.get("claim_name")
        assert result is not None, "Required property 'claim_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: BackupSpecStorageVolumePersistentVolumeClaim#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecStorageVolumePersistentVolumeClaim(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mariadb_backup_commariadbk8s.BackupSpecTolerations",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "operator": "operator",
        "toleration_seconds": "tolerationSeconds",
        "value": "value",
    },
)
class BackupSpecTolerations:
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

        :schema: BackupSpecTolerations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9bbfbf50a81c7b22be0514c12994f1bef207bb6a023a61d574c5e4a08d73d1c5)
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

        :schema: BackupSpecTolerations#effect
        '''
        result = self._values.get("effect")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Key is the taint key that the toleration applies to.

        Empty means match all taint keys.
        If the key is empty, operator must be Exists; this combination means to match all values and all keys.

        :schema: BackupSpecTolerations#key
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

        :schema: BackupSpecTolerations#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def toleration_seconds(self) -> typing.Optional[jsii.Number]:
        '''TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint.

        By default,
        it is not set, which means tolerate the taint forever (do not evict). Zero and
        negative values will be treated as 0 (evict immediately) by the system.

        :schema: BackupSpecTolerations#tolerationSeconds
        '''
        result = self._values.get("toleration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value is the taint value the toleration matches to.

        If the operator is Exists, the value should be empty, otherwise just a regular string.

        :schema: BackupSpecTolerations#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecTolerations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "Backup",
    "BackupProps",
    "BackupSpec",
    "BackupSpecAffinity",
    "BackupSpecAffinityNodeAffinity",
    "BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution",
    "BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference",
    "BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions",
    "BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields",
    "BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution",
    "BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms",
    "BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions",
    "BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields",
    "BackupSpecAffinityPodAntiAffinity",
    "BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution",
    "BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm",
    "BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector",
    "BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions",
    "BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution",
    "BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector",
    "BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions",
    "BackupSpecCompression",
    "BackupSpecImagePullSecrets",
    "BackupSpecInheritMetadata",
    "BackupSpecLogLevel",
    "BackupSpecMariaDbRef",
    "BackupSpecPodMetadata",
    "BackupSpecPodSecurityContext",
    "BackupSpecPodSecurityContextAppArmorProfile",
    "BackupSpecPodSecurityContextSeLinuxOptions",
    "BackupSpecPodSecurityContextSeccompProfile",
    "BackupSpecResources",
    "BackupSpecResourcesLimits",
    "BackupSpecResourcesRequests",
    "BackupSpecRestartPolicy",
    "BackupSpecSchedule",
    "BackupSpecSecurityContext",
    "BackupSpecSecurityContextCapabilities",
    "BackupSpecStagingStorage",
    "BackupSpecStagingStoragePersistentVolumeClaim",
    "BackupSpecStagingStoragePersistentVolumeClaimResources",
    "BackupSpecStagingStoragePersistentVolumeClaimResourcesLimits",
    "BackupSpecStagingStoragePersistentVolumeClaimResourcesRequests",
    "BackupSpecStagingStoragePersistentVolumeClaimSelector",
    "BackupSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions",
    "BackupSpecStagingStorageVolume",
    "BackupSpecStagingStorageVolumeCsi",
    "BackupSpecStagingStorageVolumeCsiNodePublishSecretRef",
    "BackupSpecStagingStorageVolumeEmptyDir",
    "BackupSpecStagingStorageVolumeEmptyDirSizeLimit",
    "BackupSpecStagingStorageVolumeHostPath",
    "BackupSpecStagingStorageVolumeNfs",
    "BackupSpecStagingStorageVolumePersistentVolumeClaim",
    "BackupSpecStorage",
    "BackupSpecStoragePersistentVolumeClaim",
    "BackupSpecStoragePersistentVolumeClaimResources",
    "BackupSpecStoragePersistentVolumeClaimResourcesLimits",
    "BackupSpecStoragePersistentVolumeClaimResourcesRequests",
    "BackupSpecStoragePersistentVolumeClaimSelector",
    "BackupSpecStoragePersistentVolumeClaimSelectorMatchExpressions",
    "BackupSpecStorageS3",
    "BackupSpecStorageS3AccessKeyIdSecretKeyRef",
    "BackupSpecStorageS3SecretAccessKeySecretKeyRef",
    "BackupSpecStorageS3SessionTokenSecretKeyRef",
    "BackupSpecStorageS3Ssec",
    "BackupSpecStorageS3SsecCustomerKeySecretKeyRef",
    "BackupSpecStorageS3Tls",
    "BackupSpecStorageS3TlsCaSecretKeyRef",
    "BackupSpecStorageVolume",
    "BackupSpecStorageVolumeCsi",
    "BackupSpecStorageVolumeCsiNodePublishSecretRef",
    "BackupSpecStorageVolumeEmptyDir",
    "BackupSpecStorageVolumeEmptyDirSizeLimit",
    "BackupSpecStorageVolumeHostPath",
    "BackupSpecStorageVolumeNfs",
    "BackupSpecStorageVolumePersistentVolumeClaim",
    "BackupSpecTolerations",
]

publication.publish()

def _typecheckingstub__a8156ab9d5356b4fff7fc26b16751c23a47fa3f432a7590c48bd4517c59046f0(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[BackupSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__55acedd0c2af71077bfb873ef5ebd801e008ce2a690e8293a8e3dcd8e446da1e(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[BackupSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8fabe30b177dcef5a9402da76af1c24e2aa46b4347ace1d9a414baeacca4c00b(
    *,
    maria_db_ref: typing.Union[BackupSpecMariaDbRef, typing.Dict[builtins.str, typing.Any]],
    storage: typing.Union[BackupSpecStorage, typing.Dict[builtins.str, typing.Any]],
    affinity: typing.Optional[typing.Union[BackupSpecAffinity, typing.Dict[builtins.str, typing.Any]]] = None,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    backoff_limit: typing.Optional[jsii.Number] = None,
    compression: typing.Optional[BackupSpecCompression] = None,
    databases: typing.Optional[typing.Sequence[builtins.str]] = None,
    failed_jobs_history_limit: typing.Optional[jsii.Number] = None,
    ignore_global_priv: typing.Optional[builtins.bool] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[typing.Union[BackupSpecImagePullSecrets, typing.Dict[builtins.str, typing.Any]]]] = None,
    inherit_metadata: typing.Optional[typing.Union[BackupSpecInheritMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    log_level: typing.Optional[BackupSpecLogLevel] = None,
    max_retention: typing.Optional[builtins.str] = None,
    node_selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    pod_metadata: typing.Optional[typing.Union[BackupSpecPodMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    pod_security_context: typing.Optional[typing.Union[BackupSpecPodSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    priority_class_name: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Union[BackupSpecResources, typing.Dict[builtins.str, typing.Any]]] = None,
    restart_policy: typing.Optional[BackupSpecRestartPolicy] = None,
    schedule: typing.Optional[typing.Union[BackupSpecSchedule, typing.Dict[builtins.str, typing.Any]]] = None,
    security_context: typing.Optional[typing.Union[BackupSpecSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    staging_storage: typing.Optional[typing.Union[BackupSpecStagingStorage, typing.Dict[builtins.str, typing.Any]]] = None,
    successful_jobs_history_limit: typing.Optional[jsii.Number] = None,
    time_zone: typing.Optional[builtins.str] = None,
    tolerations: typing.Optional[typing.Sequence[typing.Union[BackupSpecTolerations, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__524e8c05f052f2b97e3b5cf257c1e3dd18a13a8e94dd65cbd438d471eb22b49c(
    *,
    anti_affinity_enabled: typing.Optional[builtins.bool] = None,
    node_affinity: typing.Optional[typing.Union[BackupSpecAffinityNodeAffinity, typing.Dict[builtins.str, typing.Any]]] = None,
    pod_anti_affinity: typing.Optional[typing.Union[BackupSpecAffinityPodAntiAffinity, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a36a3478741fd5a7f119e3482352301467b53abd7e9f8f2c91810bc40d76fedc(
    *,
    preferred_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union[BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution, typing.Dict[builtins.str, typing.Any]]]] = None,
    required_during_scheduling_ignored_during_execution: typing.Optional[typing.Union[BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d86ec0c6a1ac3bb711d75a508f0253bb0e8fa90d305e77ad6f1552bbd3d04963(
    *,
    preference: typing.Union[BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference, typing.Dict[builtins.str, typing.Any]],
    weight: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2cd60525238e0c3393f906eb646aea16bf2935540612f199e9ed350d8f35b25e(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_fields: typing.Optional[typing.Sequence[typing.Union[BackupSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af0720e9708fa0014c4d6f9c3da9886d15159a54d5182d29079813b484c14b6b(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__619194a80c3d35848eed84b7ffbeec858d4db1d71c091d30de3292d2355305ef(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7462ba0fe363320750ffcc8519d94adc843bfda3fd1a1a6c98a4ea9f43890cb5(
    *,
    node_selector_terms: typing.Sequence[typing.Union[BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms, typing.Dict[builtins.str, typing.Any]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3b112683157bec365b70a47d77b4c88bf8a227af0d84fd2f5ca26fdd1269d12(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_fields: typing.Optional[typing.Sequence[typing.Union[BackupSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bf8519a79dd45c9744309ce22dc8db8edc58e859211d8e0696267df1e31d52b8(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__498336617e40d3db6a670ed6535f8e11496f5b544086195070036b458bd63993(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dda65ad30be245aaa1f9c2752bd9995dd38537a85de6f69f5ac72e8f33a6dc8c(
    *,
    preferred_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union[BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution, typing.Dict[builtins.str, typing.Any]]]] = None,
    required_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union[BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fff943b4fc6b4eda377d9e5e99fbbd39f6f788b51bccdeb4048f9b76a572ba9b(
    *,
    pod_affinity_term: typing.Union[BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm, typing.Dict[builtins.str, typing.Any]],
    weight: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__efe0b04d726b7a6dd33442505b4a7fed0f55979da8d48037e301989f4d898e7a(
    *,
    topology_key: builtins.str,
    label_selector: typing.Optional[typing.Union[BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__39757f443c05d4fb161e7b872ebd6e25eababf321975b7efa9d096cd59c779c2(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[BackupSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f9d420ac1ab0e549d2000becbf8b11a754db055b33904a5fe8f715e8add7351f(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ac54d138990623bb3420bc3e7787bc5eb22c58368a4281872bc276ab65f225b(
    *,
    topology_key: builtins.str,
    label_selector: typing.Optional[typing.Union[BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c5c05f7c28f40521f2d238720ba9d933f01073f687f2b4061d9a9acbf9d52027(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[BackupSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce2be0b367e876bb4b5b33dd3c9af41a18ce07f344d1f1cd646e14f6d87698dc(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c35aedf89f9bf34b983d5038be2b6cc86ba090247a66a065a1b8b9e43f1ffd95(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be9f1db1b302e3d4ae3673b00fd05539f433caa3da1581361a6338780b029b59(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2cccc81c9bd0b0cfffd76c7fd5935591ee32bac55ad4a80547836802aada46d7(
    *,
    kind: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    wait_for_it: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11acbde0097ab9fcf83e03925711286c9e220c86b6dd2d5d1d156e8323e38ca4(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66cf9d3d1e3dcde12006795d7a641de61467943207328fd981d7f38aef343a46(
    *,
    app_armor_profile: typing.Optional[typing.Union[BackupSpecPodSecurityContextAppArmorProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    fs_group: typing.Optional[jsii.Number] = None,
    fs_group_change_policy: typing.Optional[builtins.str] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Optional[typing.Union[BackupSpecPodSecurityContextSeccompProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    se_linux_options: typing.Optional[typing.Union[BackupSpecPodSecurityContextSeLinuxOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    supplemental_groups: typing.Optional[typing.Sequence[jsii.Number]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f5522d7d7dea260616a82733fd19fce96a70255bbcc88bcb60073cd72d1ea9b3(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__018ee7708dc249884f88e9e1769dd329f440aea882ddc24e61ce51d270dbf564(
    *,
    level: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__80385a113ea456ba95af442e0b5f6173cc594adb42ec8edd414c87287a8ca11c(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1c75f975354213beaa827c843eb60aaa2640f5f19ccc6bb470602955ef4c257(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, BackupSpecResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, BackupSpecResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0eb00774e366e65213919a33ed300558376ebcdb34a3715de63a451b7a969547(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e9502504ff1b1cc3012cae5b6288909f33c2e9984ef9826e1f0058e1af18083(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a966cfaa600dcbbac9390970463935a97670355d692ae62dbc1e4536dce6f70c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d2703ed06706b9c877831e50f0ded6b9cbc6724191db9269d084d3110f02045(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__296414c4ca9a773c97266fac6a438bd85af3506a3761bb1fe00f9780b943df74(
    *,
    cron: builtins.str,
    suspend: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__96e1409851323c400ca2b494ccd762960994ebb761c3a5c5116091ea5e996a89(
    *,
    allow_privilege_escalation: typing.Optional[builtins.bool] = None,
    capabilities: typing.Optional[typing.Union[BackupSpecSecurityContextCapabilities, typing.Dict[builtins.str, typing.Any]]] = None,
    privileged: typing.Optional[builtins.bool] = None,
    read_only_root_filesystem: typing.Optional[builtins.bool] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6596b6cef581d55ef9c02781716e8b41d0d43355debaae5241ba70607a81519a(
    *,
    add: typing.Optional[typing.Sequence[builtins.str]] = None,
    drop: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1bfc2aad8615aa2be81cb3471a9b318f9412eecb9f3c71aa88f974d4f60ccb40(
    *,
    persistent_volume_claim: typing.Optional[typing.Union[BackupSpecStagingStoragePersistentVolumeClaim, typing.Dict[builtins.str, typing.Any]]] = None,
    volume: typing.Optional[typing.Union[BackupSpecStagingStorageVolume, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a3d687107092f757768636134fb37519b71c6ab8261c9a5a4184c9ecf1c905f(
    *,
    access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
    resources: typing.Optional[typing.Union[BackupSpecStagingStoragePersistentVolumeClaimResources, typing.Dict[builtins.str, typing.Any]]] = None,
    selector: typing.Optional[typing.Union[BackupSpecStagingStoragePersistentVolumeClaimSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    storage_class_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f36b2fa3046862e3843a0cf1a18a0a521338df157ba4e3d29e52d19287b7f86(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, BackupSpecStagingStoragePersistentVolumeClaimResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, BackupSpecStagingStoragePersistentVolumeClaimResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__feb1ff8e9df44f3a60fabd3340006404ed87cf3989d078f55cf1f5bac6e7f204(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a5c2587b0290cfad81799d7cec0267a659f01d20c731efe0dffca92439f982e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__312df3b2b5db7b6e553e0c2ca1e61cbd69234f9cf80bdfbe271bf31e7eb6bad5(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c24a4b0273dc337946797e7aa1e93a7d378667027c5030544a441721ef1cf599(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a610a5bfd487978b420eea69d9c795dd2c265d266d35a6a3c9d09e4e7e8a9a4(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[BackupSpecStagingStoragePersistentVolumeClaimSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__29c113598fe3d102b2ebced64765b285d830fab3eaabe9f435756d1f7f47ae90(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2070c6cbaaef094058ffb54d40425aeca0ed9d5dcd512e5ccf84c76cb85e8b7d(
    *,
    csi: typing.Optional[typing.Union[BackupSpecStagingStorageVolumeCsi, typing.Dict[builtins.str, typing.Any]]] = None,
    empty_dir: typing.Optional[typing.Union[BackupSpecStagingStorageVolumeEmptyDir, typing.Dict[builtins.str, typing.Any]]] = None,
    host_path: typing.Optional[typing.Union[BackupSpecStagingStorageVolumeHostPath, typing.Dict[builtins.str, typing.Any]]] = None,
    nfs: typing.Optional[typing.Union[BackupSpecStagingStorageVolumeNfs, typing.Dict[builtins.str, typing.Any]]] = None,
    persistent_volume_claim: typing.Optional[typing.Union[BackupSpecStagingStorageVolumePersistentVolumeClaim, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ec57ac5afccb33d6e591134e1afe5cfdb5c9f7f824e4944fdabeebd14dc5eef(
    *,
    driver: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
    node_publish_secret_ref: typing.Optional[typing.Union[BackupSpecStagingStorageVolumeCsiNodePublishSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    read_only: typing.Optional[builtins.bool] = None,
    volume_attributes: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb77bb3a07c4f18ddac363ed1ec04648d7952c77968a65501752f6a0e44be19d(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__05c90addc6cd2c6043a720f70d65bf923ac821f20c7ef2c77eaba1d8861ffff5(
    *,
    medium: typing.Optional[builtins.str] = None,
    size_limit: typing.Optional[BackupSpecStagingStorageVolumeEmptyDirSizeLimit] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae7c2637fb78dda7c60c11c8ee20384058bae85ba185f018cbed19c50d6703ed(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c4a7c4f6edf83faedd34f77d4d130d6658ea240421d12de866eb23c1cb7e00bd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9aa284f149e1aca755f6dac671be89c0ad5103bfc577eba7edc60f8efe2fe85(
    *,
    path: builtins.str,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a0f6fc2d79ce798db2232690726c5103475dabd03500ac93170312e6888af8a8(
    *,
    path: builtins.str,
    server: builtins.str,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9469d803b5261bc4c2c12d32f55df6432008d31c9a94cae712a3be72cfc0b6fa(
    *,
    claim_name: builtins.str,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__39aa62f6e2c25eecd619bc1b5250ee32feda791fd5bed929924e9c20bea3bb3d(
    *,
    persistent_volume_claim: typing.Optional[typing.Union[BackupSpecStoragePersistentVolumeClaim, typing.Dict[builtins.str, typing.Any]]] = None,
    s3: typing.Optional[typing.Union[BackupSpecStorageS3, typing.Dict[builtins.str, typing.Any]]] = None,
    volume: typing.Optional[typing.Union[BackupSpecStorageVolume, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5bf5b23af5685307e779fdc5e0f9013f8b75bab3728fbe299dbd15c890e6394a(
    *,
    access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
    resources: typing.Optional[typing.Union[BackupSpecStoragePersistentVolumeClaimResources, typing.Dict[builtins.str, typing.Any]]] = None,
    selector: typing.Optional[typing.Union[BackupSpecStoragePersistentVolumeClaimSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    storage_class_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c6f2eaa466adf79fc58fd2358b9ada7d3cc4adb23237d9786a2fbe91bf4db2b(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, BackupSpecStoragePersistentVolumeClaimResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, BackupSpecStoragePersistentVolumeClaimResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0bc084a437aeaf57455d4937c6d93a1bfafc1a6f68ed8689f2c7cbdfe48abc06(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aaff5e3a161fda8be9fa0198f7be66fb1c769a6634b2ad88677abf864660ec1b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__265dd7cb6c1e37d6f06eb61fb0e9ea8733da23a96636a1e6ef5381d5bbcba12e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20efdbd7a7eab70b10e041e42b27500e84d1ad23883c77cf203889c84e11ae3f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fbf552696246574617cbe5f746aeab31f643b007246663c44536102195924103(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[BackupSpecStoragePersistentVolumeClaimSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ed6665499fb9566b63d43e304d465a2395ec16bc05892844f77600889286378(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b01ad156fdec125ef47fa3e2e56ff21c40e641116e0bd4675be913f3a245d248(
    *,
    bucket: builtins.str,
    endpoint: builtins.str,
    access_key_id_secret_key_ref: typing.Optional[typing.Union[BackupSpecStorageS3AccessKeyIdSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    prefix: typing.Optional[builtins.str] = None,
    region: typing.Optional[builtins.str] = None,
    secret_access_key_secret_key_ref: typing.Optional[typing.Union[BackupSpecStorageS3SecretAccessKeySecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    session_token_secret_key_ref: typing.Optional[typing.Union[BackupSpecStorageS3SessionTokenSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    ssec: typing.Optional[typing.Union[BackupSpecStorageS3Ssec, typing.Dict[builtins.str, typing.Any]]] = None,
    tls: typing.Optional[typing.Union[BackupSpecStorageS3Tls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d775fb505325bc4a20c24f4fadd4e75f51449176f944b633bf34785133b6ad9(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe02309c0f24992758b7bffdabfb0ab5e47b9391cfc04f6dc195217109b22fad(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab38bb5eed37e4577caed2380e0acc055f148060de6d524aa31e66ed8353146c(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__928eb3ba19c4e9c47b53abc6989cd00d38a9e3d623014e9c2abd2bd0b3a31008(
    *,
    customer_key_secret_key_ref: typing.Union[BackupSpecStorageS3SsecCustomerKeySecretKeyRef, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a892ea242358526d1edd348b3089d5f65e9a5bc0ac9c33975d1b3851f9b1e57a(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1845330a931a9f9e69218b72159463e00f0c85b1e2f4553155aba4ab621c6610(
    *,
    ca_secret_key_ref: typing.Optional[typing.Union[BackupSpecStorageS3TlsCaSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f2d8c3a42da1c58766bc962749e784369302d2796e4d56ae515b4356ee82222b(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2ce611725d52eac3f9962d8c460c935e7a417e03f97bed348615d66b290a515d(
    *,
    csi: typing.Optional[typing.Union[BackupSpecStorageVolumeCsi, typing.Dict[builtins.str, typing.Any]]] = None,
    empty_dir: typing.Optional[typing.Union[BackupSpecStorageVolumeEmptyDir, typing.Dict[builtins.str, typing.Any]]] = None,
    host_path: typing.Optional[typing.Union[BackupSpecStorageVolumeHostPath, typing.Dict[builtins.str, typing.Any]]] = None,
    nfs: typing.Optional[typing.Union[BackupSpecStorageVolumeNfs, typing.Dict[builtins.str, typing.Any]]] = None,
    persistent_volume_claim: typing.Optional[typing.Union[BackupSpecStorageVolumePersistentVolumeClaim, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da68fdea9037f5b28be20a815864adcc4cb741e54b38c07de913320fe3e8f716(
    *,
    driver: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
    node_publish_secret_ref: typing.Optional[typing.Union[BackupSpecStorageVolumeCsiNodePublishSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    read_only: typing.Optional[builtins.bool] = None,
    volume_attributes: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__617bc7a7503e73dc9e3d46950242b9ce9154fc6a131d8af61a2d7628b19b2e47(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28abc069d7ce360bf376322dd461ec4adad83550e77694f87c349b82394892f7(
    *,
    medium: typing.Optional[builtins.str] = None,
    size_limit: typing.Optional[BackupSpecStorageVolumeEmptyDirSizeLimit] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4468a21a97146ecb17486f340c012f44da55cc8baa1d3242a58daefd2caeb65(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8288aba1338407795e3f357e01e73fb6c05a252b4fadbdd7f849bd99586ab1b8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5cb1a71485de8cdb57ecbdbfa7fad72b7fbc20282b5d59c3b5434e68d3526251(
    *,
    path: builtins.str,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a322b988ab569c601458a889adff7abc95a9cc8e1775604b254349ed083e3b80(
    *,
    path: builtins.str,
    server: builtins.str,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4419ab6884a3fc0767f0f84ad8afcb8af2a32c54cd602048eb4473c4324e2ecd(
    *,
    claim_name: builtins.str,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9bbfbf50a81c7b22be0514c12994f1bef207bb6a023a61d574c5e4a08d73d1c5(
    *,
    effect: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    toleration_seconds: typing.Optional[jsii.Number] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
