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


class Route(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="openshift_route_ioopenshiftroute.Route",
):
    '''A route allows developers to expose services through an HTTP(S) aware load balancing and proxy layer via a public DNS entry.

    The route may further specify TLS options and a certificate, or
    specify a public CNAME that the router should also accept for HTTP and HTTPS traffic. An
    administrator typically configures their router to be visible outside the cluster firewall, and
    may also add additional security, caching, or traffic controls on the service content. Routers
    usually talk directly to the service endpoints.

    Once a route is created, the ``host`` field may not be changed. Generally, routers use the oldest
    route with a given host when resolving conflicts.

    Routers are subject to additional customization and may support additional controls via the
    annotations field.

    Because administrators may configure multiple routers, the route status field is used to
    return information to clients about the names and states of the route under each router.
    If a client chooses a duplicate name, for instance, the route status conditions are used
    to indicate the route cannot be chosen.

    To enable HTTP/2 ALPN on a route it requires a custom
    (non-wildcard) certificate. This prevents connection coalescing by
    clients, notably web browsers. We do not support HTTP/2 ALPN on
    routes that use the default certificate because of the risk of
    connection re-use/coalescing. Routes that do not have their own
    custom certificate will not be HTTP/2 ALPN-enabled on either the
    frontend or the backend.

    Compatibility level 1: Stable within a major release for a minimum of 12 months or 3 minor releases (whichever is longer).

    :schema: Route
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["RouteSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Route" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: spec is the desired state of the route.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__66a11d0dc8055c80b9a935545c70beafe52e4aea37d3495d4237595494b3082e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = RouteProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["RouteSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Route".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: spec is the desired state of the route.
        :param metadata: 
        '''
        props = RouteProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Route".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="openshift_route_ioopenshiftroute.RouteProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class RouteProps:
    def __init__(
        self,
        *,
        spec: typing.Union["RouteSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''A route allows developers to expose services through an HTTP(S) aware load balancing and proxy layer via a public DNS entry.

        The route may further specify TLS options and a certificate, or
        specify a public CNAME that the router should also accept for HTTP and HTTPS traffic. An
        administrator typically configures their router to be visible outside the cluster firewall, and
        may also add additional security, caching, or traffic controls on the service content. Routers
        usually talk directly to the service endpoints.

        Once a route is created, the ``host`` field may not be changed. Generally, routers use the oldest
        route with a given host when resolving conflicts.

        Routers are subject to additional customization and may support additional controls via the
        annotations field.

        Because administrators may configure multiple routers, the route status field is used to
        return information to clients about the names and states of the route under each router.
        If a client chooses a duplicate name, for instance, the route status conditions are used
        to indicate the route cannot be chosen.

        To enable HTTP/2 ALPN on a route it requires a custom
        (non-wildcard) certificate. This prevents connection coalescing by
        clients, notably web browsers. We do not support HTTP/2 ALPN on
        routes that use the default certificate because of the risk of
        connection re-use/coalescing. Routes that do not have their own
        custom certificate will not be HTTP/2 ALPN-enabled on either the
        frontend or the backend.

        Compatibility level 1: Stable within a major release for a minimum of 12 months or 3 minor releases (whichever is longer).

        :param spec: spec is the desired state of the route.
        :param metadata: 

        :schema: Route
        '''
        if isinstance(spec, dict):
            spec = RouteSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a6bf69d692831964aba5e7198480965189930c47f21ed579cd8fea68af459c31)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "RouteSpec":
        '''spec is the desired state of the route.

        :schema: Route#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("RouteSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: Route#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RouteProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="openshift_route_ioopenshiftroute.RouteSpec",
    jsii_struct_bases=[],
    name_mapping={
        "to": "to",
        "alternate_backends": "alternateBackends",
        "host": "host",
        "http_headers": "httpHeaders",
        "path": "path",
        "port": "port",
        "subdomain": "subdomain",
        "tls": "tls",
        "wildcard_policy": "wildcardPolicy",
    },
)
class RouteSpec:
    def __init__(
        self,
        *,
        to: typing.Union["RouteSpecTo", typing.Dict[builtins.str, typing.Any]],
        alternate_backends: typing.Optional[typing.Sequence[typing.Union["RouteSpecAlternateBackends", typing.Dict[builtins.str, typing.Any]]]] = None,
        host: typing.Optional[builtins.str] = None,
        http_headers: typing.Optional[typing.Union["RouteSpecHttpHeaders", typing.Dict[builtins.str, typing.Any]]] = None,
        path: typing.Optional[builtins.str] = None,
        port: typing.Optional[typing.Union["RouteSpecPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subdomain: typing.Optional[builtins.str] = None,
        tls: typing.Optional[typing.Union["RouteSpecTls", typing.Dict[builtins.str, typing.Any]]] = None,
        wildcard_policy: typing.Optional["RouteSpecWildcardPolicy"] = None,
    ) -> None:
        '''spec is the desired state of the route.

        :param to: to is an object the route should use as the primary backend. Only the Service kind is allowed, and it will be defaulted to Service. If the weight field (0-256 default 100) is set to zero, no traffic will be sent to this backend.
        :param alternate_backends: alternateBackends allows up to 3 additional backends to be assigned to the route. Only the Service kind is allowed, and it will be defaulted to Service. Use the weight field in RouteTargetReference object to specify relative preference.
        :param host: host is an alias/DNS that points to the service. Optional. If not specified a route name will typically be automatically chosen. Must follow DNS952 subdomain conventions.
        :param http_headers: httpHeaders defines policy for HTTP headers.
        :param path: path that the router watches for, to route traffic for to the service. Optional
        :param port: If specified, the port to be used by the router. Most routers will use all endpoints exposed by the service by default - set this value to instruct routers which port to use.
        :param subdomain: subdomain is a DNS subdomain that is requested within the ingress controller's domain (as a subdomain). If host is set this field is ignored. An ingress controller may choose to ignore this suggested name, in which case the controller will report the assigned name in the status.ingress array or refuse to admit the route. If this value is set and the server does not support this field host will be populated automatically. Otherwise host is left empty. The field may have multiple parts separated by a dot, but not all ingress controllers may honor the request. This field may not be changed after creation except by a user with the update routes/custom-host permission. Example: subdomain ``frontend`` automatically receives the router subdomain ``apps.mycluster.com`` to have a full hostname ``frontend.apps.mycluster.com``.
        :param tls: The tls field provides the ability to configure certificates and termination for the route.
        :param wildcard_policy: Wildcard policy if any for the route. Currently only 'Subdomain' or 'None' is allowed.

        :schema: RouteSpec
        '''
        if isinstance(to, dict):
            to = RouteSpecTo(**to)
        if isinstance(http_headers, dict):
            http_headers = RouteSpecHttpHeaders(**http_headers)
        if isinstance(port, dict):
            port = RouteSpecPort(**port)
        if isinstance(tls, dict):
            tls = RouteSpecTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ebc406a5589720b9a18636e10047db180a4cc311a981fa81928c6078c4c9470d)
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
            check_type(argname="argument alternate_backends", value=alternate_backends, expected_type=type_hints["alternate_backends"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument http_headers", value=http_headers, expected_type=type_hints["http_headers"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subdomain", value=subdomain, expected_type=type_hints["subdomain"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
            check_type(argname="argument wildcard_policy", value=wildcard_policy, expected_type=type_hints["wildcard_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "to": to,
        }
        if alternate_backends is not None:
            self._values["alternate_backends"] = alternate_backends
        if host is not None:
            self._values["host"] = host
        if http_headers is not None:
            self._values["http_headers"] = http_headers
        if path is not None:
            self._values["path"] = path
        if port is not None:
            self._values["port"] = port
        if subdomain is not None:
            self._values["subdomain"] = subdomain
        if tls is not None:
            self._values["tls"] = tls
        if wildcard_policy is not None:
            self._values["wildcard_policy"] = wildcard_policy

    @builtins.property
    def to(self) -> "RouteSpecTo":
        '''to is an object the route should use as the primary backend.

        Only the Service kind
        is allowed, and it will be defaulted to Service. If the weight field (0-256 default 100)
        is set to zero, no traffic will be sent to this backend.

        :schema: RouteSpec#to
        '''
        result = self._values.get("to")
        assert result is not None, "Required property 'to' is missing"
        return typing.cast("RouteSpecTo", result)

    @builtins.property
    def alternate_backends(
        self,
    ) -> typing.Optional[typing.List["RouteSpecAlternateBackends"]]:
        '''alternateBackends allows up to 3 additional backends to be assigned to the route.

        Only the Service kind is allowed, and it will be defaulted to Service.
        Use the weight field in RouteTargetReference object to specify relative preference.

        :schema: RouteSpec#alternateBackends
        '''
        result = self._values.get("alternate_backends")
        return typing.cast(typing.Optional[typing.List["RouteSpecAlternateBackends"]], result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''host is an alias/DNS that points to the service.

        Optional.
        If not specified a route name will typically be automatically
        chosen.
        Must follow DNS952 subdomain conventions.

        :schema: RouteSpec#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_headers(self) -> typing.Optional["RouteSpecHttpHeaders"]:
        '''httpHeaders defines policy for HTTP headers.

        :schema: RouteSpec#httpHeaders
        '''
        result = self._values.get("http_headers")
        return typing.cast(typing.Optional["RouteSpecHttpHeaders"], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''path that the router watches for, to route traffic for to the service.

        Optional

        :schema: RouteSpec#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional["RouteSpecPort"]:
        '''If specified, the port to be used by the router.

        Most routers will use all
        endpoints exposed by the service by default - set this value to instruct routers
        which port to use.

        :schema: RouteSpec#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["RouteSpecPort"], result)

    @builtins.property
    def subdomain(self) -> typing.Optional[builtins.str]:
        '''subdomain is a DNS subdomain that is requested within the ingress controller's domain (as a subdomain).

        If host is set this field is ignored. An ingress
        controller may choose to ignore this suggested name, in which case the controller
        will report the assigned name in the status.ingress array or refuse to admit the
        route. If this value is set and the server does not support this field host will
        be populated automatically. Otherwise host is left empty. The field may have
        multiple parts separated by a dot, but not all ingress controllers may honor
        the request. This field may not be changed after creation except by a user with
        the update routes/custom-host permission.

        Example: subdomain ``frontend`` automatically receives the router subdomain
        ``apps.mycluster.com`` to have a full hostname ``frontend.apps.mycluster.com``.

        :schema: RouteSpec#subdomain
        '''
        result = self._values.get("subdomain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tls(self) -> typing.Optional["RouteSpecTls"]:
        '''The tls field provides the ability to configure certificates and termination for the route.

        :schema: RouteSpec#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["RouteSpecTls"], result)

    @builtins.property
    def wildcard_policy(self) -> typing.Optional["RouteSpecWildcardPolicy"]:
        '''Wildcard policy if any for the route.

        Currently only 'Subdomain' or 'None' is allowed.

        :schema: RouteSpec#wildcardPolicy
        '''
        result = self._values.get("wildcard_policy")
        return typing.cast(typing.Optional["RouteSpecWildcardPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RouteSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="openshift_route_ioopenshiftroute.RouteSpecAlternateBackends",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "weight": "weight"},
)
class RouteSpecAlternateBackends:
    def __init__(
        self,
        *,
        kind: "RouteSpecAlternateBackendsKind",
        name: builtins.str,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''RouteTargetReference specifies the target that resolve into endpoints.

        Only the 'Service'
        kind is allowed. Use 'weight' field to emphasize one over others.

        :param kind: The kind of target that the route is referring to. Currently, only 'Service' is allowed
        :param name: name of the service/target that is being referred to. e.g. name of the service
        :param weight: weight as an integer between 0 and 256, default 100, that specifies the target's relative weight against other target reference objects. 0 suppresses requests to this backend.

        :schema: RouteSpecAlternateBackends
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a7b8a797bbf4bf67bf9580521bbfd9353558515c5d8c962e26fe1f63a3717586)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def kind(self) -> "RouteSpecAlternateBackendsKind":
        '''The kind of target that the route is referring to.

        Currently, only 'Service' is allowed

        :schema: RouteSpecAlternateBackends#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("RouteSpecAlternateBackendsKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the service/target that is being referred to.

        e.g. name of the service

        :schema: RouteSpecAlternateBackends#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''weight as an integer between 0 and 256, default 100, that specifies the target's relative weight against other target reference objects.

        0 suppresses requests to this backend.

        :schema: RouteSpecAlternateBackends#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RouteSpecAlternateBackends(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="openshift_route_ioopenshiftroute.RouteSpecAlternateBackendsKind")
class RouteSpecAlternateBackendsKind(enum.Enum):
    '''The kind of target that the route is referring to.

    Currently, only 'Service' is allowed

    :schema: RouteSpecAlternateBackendsKind
    '''

    SERVICE = "SERVICE"
    '''Service.'''


@jsii.data_type(
    jsii_type="openshift_route_ioopenshiftroute.RouteSpecHttpHeaders",
    jsii_struct_bases=[],
    name_mapping={"actions": "actions"},
)
class RouteSpecHttpHeaders:
    def __init__(
        self,
        *,
        actions: typing.Optional[typing.Union["RouteSpecHttpHeadersActions", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''httpHeaders defines policy for HTTP headers.

        :param actions: actions specifies options for modifying headers and their values. Note that this option only applies to cleartext HTTP connections and to secure HTTP connections for which the ingress controller terminates encryption (that is, edge-terminated or reencrypt connections). Headers cannot be modified for TLS passthrough connections. Setting the HSTS (``Strict-Transport-Security``) header is not supported via actions. ``Strict-Transport-Security`` may only be configured using the "haproxy.router.openshift.io/hsts_header" route annotation, and only in accordance with the policy specified in Ingress.Spec.RequiredHSTSPolicies. In case of HTTP request headers, the actions specified in spec.httpHeaders.actions on the Route will be executed after the actions specified in the IngressController's spec.httpHeaders.actions field. In case of HTTP response headers, the actions specified in spec.httpHeaders.actions on the IngressController will be executed after the actions specified in the Route's spec.httpHeaders.actions field. The headers set via this API will not appear in access logs. Any actions defined here are applied after any actions related to the following other fields: cache-control, spec.clientTLS, spec.httpHeaders.forwardedHeaderPolicy, spec.httpHeaders.uniqueId, and spec.httpHeaders.headerNameCaseAdjustments. The following header names are reserved and may not be modified via this API: Strict-Transport-Security, Proxy, Cookie, Set-Cookie. Note that the total size of all net added headers *after* interpolating dynamic values must not exceed the value of spec.tuningOptions.headerBufferMaxRewriteBytes on the IngressController. Please refer to the documentation for that API field for more details.

        :schema: RouteSpecHttpHeaders
        '''
        if isinstance(actions, dict):
            actions = RouteSpecHttpHeadersActions(**actions)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba16a6a57c64c34d493357bbbcbf0d01c94691177cd9e94a4101c3434a08f43f)
            check_type(argname="argument actions", value=actions, expected_type=type_hints["actions"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if actions is not None:
            self._values["actions"] = actions

    @builtins.property
    def actions(self) -> typing.Optional["RouteSpecHttpHeadersActions"]:
        '''actions specifies options for modifying headers and their values.

        Note that this option only applies to cleartext HTTP connections
        and to secure HTTP connections for which the ingress controller
        terminates encryption (that is, edge-terminated or reencrypt
        connections).  Headers cannot be modified for TLS passthrough
        connections.
        Setting the HSTS (``Strict-Transport-Security``) header is not supported via actions.
        ``Strict-Transport-Security`` may only be configured using the "haproxy.router.openshift.io/hsts_header"
        route annotation, and only in accordance with the policy specified in Ingress.Spec.RequiredHSTSPolicies.
        In case of HTTP request headers, the actions specified in spec.httpHeaders.actions on the Route will be executed after
        the actions specified in the IngressController's spec.httpHeaders.actions field.
        In case of HTTP response headers, the actions specified in spec.httpHeaders.actions on the IngressController will be
        executed after the actions specified in the Route's spec.httpHeaders.actions field.
        The headers set via this API will not appear in access logs.
        Any actions defined here are applied after any actions related to the following other fields:
        cache-control, spec.clientTLS,
        spec.httpHeaders.forwardedHeaderPolicy, spec.httpHeaders.uniqueId,
        and spec.httpHeaders.headerNameCaseAdjustments.
        The following header names are reserved and may not be modified via this API:
        Strict-Transport-Security, Proxy, Cookie, Set-Cookie.
        Note that the total size of all net added headers *after* interpolating dynamic values
        must not exceed the value of spec.tuningOptions.headerBufferMaxRewriteBytes on the
        IngressController. Please refer to the documentation
        for that API field for more details.

        :schema: RouteSpecHttpHeaders#actions
        '''
        result = self._values.get("actions")
        return typing.cast(typing.Optional["RouteSpecHttpHeadersActions"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RouteSpecHttpHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="openshift_route_ioopenshiftroute.RouteSpecHttpHeadersActions",
    jsii_struct_bases=[],
    name_mapping={"request": "request", "response": "response"},
)
class RouteSpecHttpHeadersActions:
    def __init__(
        self,
        *,
        request: typing.Optional[typing.Sequence[typing.Union["RouteSpecHttpHeadersActionsRequest", typing.Dict[builtins.str, typing.Any]]]] = None,
        response: typing.Optional[typing.Sequence[typing.Union["RouteSpecHttpHeadersActionsResponse", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''actions specifies options for modifying headers and their values.

        Note that this option only applies to cleartext HTTP connections
        and to secure HTTP connections for which the ingress controller
        terminates encryption (that is, edge-terminated or reencrypt
        connections).  Headers cannot be modified for TLS passthrough
        connections.
        Setting the HSTS (``Strict-Transport-Security``) header is not supported via actions.
        ``Strict-Transport-Security`` may only be configured using the "haproxy.router.openshift.io/hsts_header"
        route annotation, and only in accordance with the policy specified in Ingress.Spec.RequiredHSTSPolicies.
        In case of HTTP request headers, the actions specified in spec.httpHeaders.actions on the Route will be executed after
        the actions specified in the IngressController's spec.httpHeaders.actions field.
        In case of HTTP response headers, the actions specified in spec.httpHeaders.actions on the IngressController will be
        executed after the actions specified in the Route's spec.httpHeaders.actions field.
        The headers set via this API will not appear in access logs.
        Any actions defined here are applied after any actions related to the following other fields:
        cache-control, spec.clientTLS,
        spec.httpHeaders.forwardedHeaderPolicy, spec.httpHeaders.uniqueId,
        and spec.httpHeaders.headerNameCaseAdjustments.
        The following header names are reserved and may not be modified via this API:
        Strict-Transport-Security, Proxy, Cookie, Set-Cookie.
        Note that the total size of all net added headers *after* interpolating dynamic values
        must not exceed the value of spec.tuningOptions.headerBufferMaxRewriteBytes on the
        IngressController. Please refer to the documentation
        for that API field for more details.

        :param request: request is a list of HTTP request headers to modify. Currently, actions may define to either ``Set`` or ``Delete`` headers values. Actions defined here will modify the request headers of all requests made through a route. These actions are applied to a specific Route defined within a cluster i.e. connections made through a route. Currently, actions may define to either ``Set`` or ``Delete`` headers values. Route actions will be executed after IngressController actions for request headers. Actions are applied in sequence as defined in this list. A maximum of 20 request header actions may be configured. You can use this field to specify HTTP request headers that should be set or deleted when forwarding connections from the client to your application. Sample fetchers allowed are "req.hdr" and "ssl_c_der". Converters allowed are "lower" and "base64". Example header values: "%[req.hdr(X-target),lower]", "%{+Q}[ssl_c_der,base64]". Any request header configuration applied directly via a Route resource using this API will override header configuration for a header of the same name applied via spec.httpHeaders.actions on the IngressController or route annotation. Note: This field cannot be used if your route uses TLS passthrough.
        :param response: response is a list of HTTP response headers to modify. Currently, actions may define to either ``Set`` or ``Delete`` headers values. Actions defined here will modify the response headers of all requests made through a route. These actions are applied to a specific Route defined within a cluster i.e. connections made through a route. Route actions will be executed before IngressController actions for response headers. Actions are applied in sequence as defined in this list. A maximum of 20 response header actions may be configured. You can use this field to specify HTTP response headers that should be set or deleted when forwarding responses from your application to the client. Sample fetchers allowed are "res.hdr" and "ssl_c_der". Converters allowed are "lower" and "base64". Example header values: "%[res.hdr(X-target),lower]", "%{+Q}[ssl_c_der,base64]". Note: This field cannot be used if your route uses TLS passthrough.

        :schema: RouteSpecHttpHeadersActions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8de9aea8bca685cee8f957c1c7a4613a406313bf8c861ac289477d218443a21a)
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
            check_type(argname="argument response", value=response, expected_type=type_hints["response"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if request is not None:
            self._values["request"] = request
        if response is not None:
            self._values["response"] = response

    @builtins.property
    def request(
        self,
    ) -> typing.Optional[typing.List["RouteSpecHttpHeadersActionsRequest"]]:
        '''request is a list of HTTP request headers to modify.

        Currently, actions may define to either ``Set`` or ``Delete`` headers values.
        Actions defined here will modify the request headers of all requests made through a route.
        These actions are applied to a specific Route defined within a cluster i.e. connections made through a route.
        Currently, actions may define to either ``Set`` or ``Delete`` headers values.
        Route actions will be executed after IngressController actions for request headers.
        Actions are applied in sequence as defined in this list.
        A maximum of 20 request header actions may be configured.
        You can use this field to specify HTTP request headers that should be set or deleted
        when forwarding connections from the client to your application.
        Sample fetchers allowed are "req.hdr" and "ssl_c_der".
        Converters allowed are "lower" and "base64".
        Example header values: "%[req.hdr(X-target),lower]", "%{+Q}[ssl_c_der,base64]".
        Any request header configuration applied directly via a Route resource using this API
        will override header configuration for a header of the same name applied via
        spec.httpHeaders.actions on the IngressController or route annotation.
        Note: This field cannot be used if your route uses TLS passthrough.

        :schema: RouteSpecHttpHeadersActions#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional[typing.List["RouteSpecHttpHeadersActionsRequest"]], result)

    @builtins.property
    def response(
        self,
    ) -> typing.Optional[typing.List["RouteSpecHttpHeadersActionsResponse"]]:
        '''response is a list of HTTP response headers to modify.

        Currently, actions may define to either ``Set`` or ``Delete`` headers values.
        Actions defined here will modify the response headers of all requests made through a route.
        These actions are applied to a specific Route defined within a cluster i.e. connections made through a route.
        Route actions will be executed before IngressController actions for response headers.
        Actions are applied in sequence as defined in this list.
        A maximum of 20 response header actions may be configured.
        You can use this field to specify HTTP response headers that should be set or deleted
        when forwarding responses from your application to the client.
        Sample fetchers allowed are "res.hdr" and "ssl_c_der".
        Converters allowed are "lower" and "base64".
        Example header values: "%[res.hdr(X-target),lower]", "%{+Q}[ssl_c_der,base64]".
        Note: This field cannot be used if your route uses TLS passthrough.

        :schema: RouteSpecHttpHeadersActions#response
        '''
        result = self._values.get("response")
        return typing.cast(typing.Optional[typing.List["RouteSpecHttpHeadersActionsResponse"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RouteSpecHttpHeadersActions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="openshift_route_ioopenshiftroute.RouteSpecHttpHeadersActionsRequest",
    jsii_struct_bases=[],
    name_mapping={"action": "action", "name": "name"},
)
class RouteSpecHttpHeadersActionsRequest:
    def __init__(
        self,
        *,
        action: typing.Union["RouteSpecHttpHeadersActionsRequestAction", typing.Dict[builtins.str, typing.Any]],
        name: builtins.str,
    ) -> None:
        '''RouteHTTPHeader specifies configuration for setting or deleting an HTTP header.

        :param action: action specifies actions to perform on headers, such as setting or deleting headers.
        :param name: name specifies the name of a header on which to perform an action. Its value must be a valid HTTP header name as defined in RFC 2616 section 4.2. The name must consist only of alphanumeric and the following special characters, "-!#$%&'*+.^_`". The following header names are reserved and may not be modified via this API: Strict-Transport-Security, Proxy, Cookie, Set-Cookie. It must be no more than 255 characters in length. Header name must be unique.

        :schema: RouteSpecHttpHeadersActionsRequest
        '''
        if isinstance(action, dict):
            action = RouteSpecHttpHeadersActionsRequestAction(**action)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1320be19aab2013e533bc10fc2f77d14a3eab25f31c57d1bb299338567921232)
            check_type(argname="argument action", value=action, expected_type=type_hints["action"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "action": action,
            "name": name,
        }

    @builtins.property
    def action(self) -> "RouteSpecHttpHeadersActionsRequestAction":
        '''action specifies actions to perform on headers, such as setting or deleting headers.

        :schema: RouteSpecHttpHeadersActionsRequest#action
        '''
        result = self._values.get("action")
        assert result is not None, "Required property 'action' is missing"
        return typing.cast("RouteSpecHttpHeadersActionsRequestAction", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name specifies the name of a header on which to perform an action.

        Its value must be a valid HTTP header
        name as defined in RFC 2616 section 4.2.
        The name must consist only of alphanumeric and the following special characters, "-!#$%&'*+.^_`".
        The following header names are reserved and may not be modified via this API:
        Strict-Transport-Security, Proxy, Cookie, Set-Cookie.
        It must be no more than 255 characters in length.
        Header name must be unique.

        :schema: RouteSpecHttpHeadersActionsRequest#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RouteSpecHttpHeadersActionsRequest(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="openshift_route_ioopenshiftroute.RouteSpecHttpHeadersActionsRequestAction",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "set": "set"},
)
class RouteSpecHttpHeadersActionsRequestAction:
    def __init__(
        self,
        *,
        type: "RouteSpecHttpHeadersActionsRequestActionType",
        set: typing.Optional[typing.Union["RouteSpecHttpHeadersActionsRequestActionSet", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''action specifies actions to perform on headers, such as setting or deleting headers.

        :param type: type defines the type of the action to be applied on the header. Possible values are Set or Delete. Set allows you to set HTTP request and response headers. Delete allows you to delete HTTP request and response headers.
        :param set: set defines the HTTP header that should be set: added if it doesn't exist or replaced if it does. This field is required when type is Set and forbidden otherwise.

        :schema: RouteSpecHttpHeadersActionsRequestAction
        '''
        if isinstance(set, dict):
            set = RouteSpecHttpHeadersActionsRequestActionSet(**set)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__77f3c144f20fecadb904c5fced1934a16a8fd1095567737fe3b37e61202a4a07)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def type(self) -> "RouteSpecHttpHeadersActionsRequestActionType":
        '''type defines the type of the action to be applied on the header.

        Possible values are Set or Delete.
        Set allows you to set HTTP request and response headers.
        Delete allows you to delete HTTP request and response headers.

        :schema: RouteSpecHttpHeadersActionsRequestAction#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("RouteSpecHttpHeadersActionsRequestActionType", result)

    @builtins.property
    def set(self) -> typing.Optional["RouteSpecHttpHeadersActionsRequestActionSet"]:
        '''set defines the HTTP header that should be set: added if it doesn't exist or replaced if it does.

        This field is required when type is Set and forbidden otherwise.

        :schema: RouteSpecHttpHeadersActionsRequestAction#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional["RouteSpecHttpHeadersActionsRequestActionSet"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RouteSpecHttpHeadersActionsRequestAction(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="openshift_route_ioopenshiftroute.RouteSpecHttpHeadersActionsRequestActionSet",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class RouteSpecHttpHeadersActionsRequestActionSet:
    def __init__(self, *, value: builtins.str) -> None:
        '''set defines the HTTP header that should be set: added if it doesn't exist or replaced if it does.

        This field is required when type is Set and forbidden otherwise.

        :param value: value specifies a header value. Dynamic values can be added. The value will be interpreted as an HAProxy format string as defined in http://cbonte.github.io/haproxy-dconv/2.6/configuration.html#8.2.6 and may use HAProxy's %[] syntax and otherwise must be a valid HTTP header value as defined in https://datatracker.ietf.org/doc/html/rfc7230#section-3.2. The value of this field must be no more than 16384 characters in length. Note that the total size of all net added headers *after* interpolating dynamic values must not exceed the value of spec.tuningOptions.headerBufferMaxRewriteBytes on the IngressController.

        :schema: RouteSpecHttpHeadersActionsRequestActionSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__48f6d1e66a3a731b120f9346892c2be0c301c109e6aa62a4a54dfac10c48fb13)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "value": value,
        }

    @builtins.property
    def value(self) -> builtins.str:
        '''value specifies a header value.

        Dynamic values can be added. The value will be interpreted as an HAProxy format string as defined in
        http://cbonte.github.io/haproxy-dconv/2.6/configuration.html#8.2.6 and may use HAProxy's %[] syntax and
        otherwise must be a valid HTTP header value as defined in https://datatracker.ietf.org/doc/html/rfc7230#section-3.2.
        The value of this field must be no more than 16384 characters in length.
        Note that the total size of all net added headers *after* interpolating dynamic values
        must not exceed the value of spec.tuningOptions.headerBufferMaxRewriteBytes on the
        IngressController.

        :schema: RouteSpecHttpHeadersActionsRequestActionSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RouteSpecHttpHeadersActionsRequestActionSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="openshift_route_ioopenshiftroute.RouteSpecHttpHeadersActionsRequestActionType"
)
class RouteSpecHttpHeadersActionsRequestActionType(enum.Enum):
    '''type defines the type of the action to be applied on the header.

    Possible values are Set or Delete.
    Set allows you to set HTTP request and response headers.
    Delete allows you to delete HTTP request and response headers.

    :schema: RouteSpecHttpHeadersActionsRequestActionType
    '''

    SET = "SET"
    '''Set.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.data_type(
    jsii_type="openshift_route_ioopenshiftroute.RouteSpecHttpHeadersActionsResponse",
    jsii_struct_bases=[],
    name_mapping={"action": "action", "name": "name"},
)
class RouteSpecHttpHeadersActionsResponse:
    def __init__(
        self,
        *,
        action: typing.Union["RouteSpecHttpHeadersActionsResponseAction", typing.Dict[builtins.str, typing.Any]],
        name: builtins.str,
    ) -> None:
        '''RouteHTTPHeader specifies configuration for setting or deleting an HTTP header.

        :param action: action specifies actions to perform on headers, such as setting or deleting headers.
        :param name: name specifies the name of a header on which to perform an action. Its value must be a valid HTTP header name as defined in RFC 2616 section 4.2. The name must consist only of alphanumeric and the following special characters, "-!#$%&'*+.^_`". The following header names are reserved and may not be modified via this API: Strict-Transport-Security, Proxy, Cookie, Set-Cookie. It must be no more than 255 characters in length. Header name must be unique.

        :schema: RouteSpecHttpHeadersActionsResponse
        '''
        if isinstance(action, dict):
            action = RouteSpecHttpHeadersActionsResponseAction(**action)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9d3f347dd901f977a3c401ecd8f6a0aa161e9dbdbbd017fced44450c4aacbc73)
            check_type(argname="argument action", value=action, expected_type=type_hints["action"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "action": action,
            "name": name,
        }

    @builtins.property
    def action(self) -> "RouteSpecHttpHeadersActionsResponseAction":
        '''action specifies actions to perform on headers, such as setting or deleting headers.

        :schema: RouteSpecHttpHeadersActionsResponse#action
        '''
        result = self._values.get("action")
        assert result is not None, "Required property 'action' is missing"
        return typing.cast("RouteSpecHttpHeadersActionsResponseAction", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name specifies the name of a header on which to perform an action.

        Its value must be a valid HTTP header
        name as defined in RFC 2616 section 4.2.
        The name must consist only of alphanumeric and the following special characters, "-!#$%&'*+.^_`".
        The following header names are reserved and may not be modified via this API:
        Strict-Transport-Security, Proxy, Cookie, Set-Cookie.
        It must be no more than 255 characters in length.
        Header name must be unique.

        :schema: RouteSpecHttpHeadersActionsResponse#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RouteSpecHttpHeadersActionsResponse(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="openshift_route_ioopenshiftroute.RouteSpecHttpHeadersActionsResponseAction",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "set": "set"},
)
class RouteSpecHttpHeadersActionsResponseAction:
    def __init__(
        self,
        *,
        type: "RouteSpecHttpHeadersActionsResponseActionType",
        set: typing.Optional[typing.Union["RouteSpecHttpHeadersActionsResponseActionSet", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''action specifies actions to perform on headers, such as setting or deleting headers.

        :param type: type defines the type of the action to be applied on the header. Possible values are Set or Delete. Set allows you to set HTTP request and response headers. Delete allows you to delete HTTP request and response headers.
        :param set: set defines the HTTP header that should be set: added if it doesn't exist or replaced if it does. This field is required when type is Set and forbidden otherwise.

        :schema: RouteSpecHttpHeadersActionsResponseAction
        '''
        if isinstance(set, dict):
            set = RouteSpecHttpHeadersActionsResponseActionSet(**set)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3e02e692bce64c2a915281113357117d40787c35ea2101254f930a5821a8c725)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def type(self) -> "RouteSpecHttpHeadersActionsResponseActionType":
        '''type defines the type of the action to be applied on the header.

        Possible values are Set or Delete.
        Set allows you to set HTTP request and response headers.
        Delete allows you to delete HTTP request and response headers.

        :schema: RouteSpecHttpHeadersActionsResponseAction#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("RouteSpecHttpHeadersActionsResponseActionType", result)

    @builtins.property
    def set(self) -> typing.Optional["RouteSpecHttpHeadersActionsResponseActionSet"]:
        '''set defines the HTTP header that should be set: added if it doesn't exist or replaced if it does.

        This field is required when type is Set and forbidden otherwise.

        :schema: RouteSpecHttpHeadersActionsResponseAction#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional["RouteSpecHttpHeadersActionsResponseActionSet"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RouteSpecHttpHeadersActionsResponseAction(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="openshift_route_ioopenshiftroute.RouteSpecHttpHeadersActionsResponseActionSet",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class RouteSpecHttpHeadersActionsResponseActionSet:
    def __init__(self, *, value: builtins.str) -> None:
        '''set defines the HTTP header that should be set: added if it doesn't exist or replaced if it does.

        This field is required when type is Set and forbidden otherwise.

        :param value: value specifies a header value. Dynamic values can be added. The value will be interpreted as an HAProxy format string as defined in http://cbonte.github.io/haproxy-dconv/2.6/configuration.html#8.2.6 and may use HAProxy's %[] syntax and otherwise must be a valid HTTP header value as defined in https://datatracker.ietf.org/doc/html/rfc7230#section-3.2. The value of this field must be no more than 16384 characters in length. Note that the total size of all net added headers *after* interpolating dynamic values must not exceed the value of spec.tuningOptions.headerBufferMaxRewriteBytes on the IngressController.

        :schema: RouteSpecHttpHeadersActionsResponseActionSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0775ffb85db342004ec11a87e34746cec0d91d70a8a411030a507d6813adea2c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "value": value,
        }

    @builtins.property
    def value(self) -> builtins.str:
        '''value specifies a header value.

        Dynamic values can be added. The value will be interpreted as an HAProxy format string as defined in
        http://cbonte.github.io/haproxy-dconv/2.6/configuration.html#8.2.6 and may use HAProxy's %[] syntax and
        otherwise must be a valid HTTP header value as defined in https://datatracker.ietf.org/doc/html/rfc7230#section-3.2.
        The value of this field must be no more than 16384 characters in length.
        Note that the total size of all net added headers *after* interpolating dynamic values
        must not exceed the value of spec.tuningOptions.headerBufferMaxRewriteBytes on the
        IngressController.

        :schema: RouteSpecHttpHeadersActionsResponseActionSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RouteSpecHttpHeadersActionsResponseActionSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="openshift_route_ioopenshiftroute.RouteSpecHttpHeadersActionsResponseActionType"
)
class RouteSpecHttpHeadersActionsResponseActionType(enum.Enum):
    '''type defines the type of the action to be applied on the header.

    Possible values are Set or Delete.
    Set allows you to set HTTP request and response headers.
    Delete allows you to delete HTTP request and response headers.

    :schema: RouteSpecHttpHeadersActionsResponseActionType
    '''

    SET = "SET"
    '''Set.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.data_type(
    jsii_type="openshift_route_ioopenshiftroute.RouteSpecPort",
    jsii_struct_bases=[],
    name_mapping={"target_port": "targetPort"},
)
class RouteSpecPort:
    def __init__(self, *, target_port: typing.Any) -> None:
        '''If specified, the port to be used by the router.

        Most routers will use all
        endpoints exposed by the service by default - set this value to instruct routers
        which port to use.

        :param target_port: The target port on pods selected by the service this route points to. If this is a string, it will be looked up as a named port in the target endpoints port list. Required

        :schema: RouteSpecPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ae418ecc57bb379361fe7c5d78261978cf5aab769c40293c11a9056592438ef7)
            check_type(argname="argument target_port", value=target_port, expected_type=type_hints["target_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "target_port": target_port,
        }

    @builtins.property
    def target_port(self) -> typing.Any:
        '''The target port on pods selected by the service this route points to.

        If this is a string, it will be looked up as a named port in the target endpoints port list. Required

        :schema: RouteSpecPort#targetPort
        '''
        result = self._values.get("target_port")
        assert result is not None, "Required property 'target_port' is missing"
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RouteSpecPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="openshift_route_ioopenshiftroute.RouteSpecTls",
    jsii_struct_bases=[],
    name_mapping={
        "termination": "termination",
        "ca_certificate": "caCertificate",
        "certificate": "certificate",
        "destination_ca_certificate": "destinationCaCertificate",
        "external_certificate": "externalCertificate",
        "insecure_edge_termination_policy": "insecureEdgeTerminationPolicy",
        "key": "key",
    },
)
class RouteSpecTls:
    def __init__(
        self,
        *,
        termination: "RouteSpecTlsTermination",
        ca_certificate: typing.Optional[builtins.str] = None,
        certificate: typing.Optional[builtins.str] = None,
        destination_ca_certificate: typing.Optional[builtins.str] = None,
        external_certificate: typing.Optional[typing.Union["RouteSpecTlsExternalCertificate", typing.Dict[builtins.str, typing.Any]]] = None,
        insecure_edge_termination_policy: typing.Optional["RouteSpecTlsInsecureEdgeTerminationPolicy"] = None,
        key: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The tls field provides the ability to configure certificates and termination for the route.

        :param termination: termination indicates the TLS termination type. - edge - TLS termination is done by the router and http is used to communicate with the backend (default) - passthrough - Traffic is sent straight to the destination without the router providing TLS termination - reencrypt - TLS termination is done by the router and https is used to communicate with the backend Note: passthrough termination is incompatible with httpHeader actions
        :param ca_certificate: caCertificate provides the cert authority certificate contents.
        :param certificate: certificate provides certificate contents. This should be a single serving certificate, not a certificate chain. Do not include a CA certificate.
        :param destination_ca_certificate: destinationCACertificate provides the contents of the ca certificate of the final destination. When using reencrypt termination this file should be provided in order to have routers use it for health checks on the secure connection. If this field is not specified, the router may provide its own destination CA and perform hostname validation using the short service name (service.namespace.svc), which allows infrastructure generated certificates to automatically verify.
        :param external_certificate: externalCertificate provides certificate contents as a secret reference. This should be a single serving certificate, not a certificate chain. Do not include a CA certificate. The secret referenced should be present in the same namespace as that of the Route. Forbidden when ``certificate`` is set. The router service account needs to be granted with read-only access to this secret, please refer to openshift docs for additional details.
        :param insecure_edge_termination_policy: insecureEdgeTerminationPolicy indicates the desired behavior for insecure connections to a route. While each router may make its own decisions on which ports to expose, this is normally port 80. If a route does not specify insecureEdgeTerminationPolicy, then the default behavior is "None". - Allow - traffic is sent to the server on the insecure port (edge/reencrypt terminations only). - None - no traffic is allowed on the insecure port (default). - Redirect - clients are redirected to the secure port.
        :param key: key provides key file contents.

        :schema: RouteSpecTls
        '''
        if isinstance(external_certificate, dict):
            external_certificate = RouteSpecTlsExternalCertificate(**external_certificate)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__01617be5f3d4ad01526ba1eae2b220028e6c6580f3ec6da15ea14aaaac3c2b29)
            check_type(argname="argument termination", value=termination, expected_type=type_hints["termination"])
            check_type(argname="argument ca_certificate", value=ca_certificate, expected_type=type_hints["ca_certificate"])
            check_type(argname="argument certificate", value=certificate, expected_type=type_hints["certificate"])
            check_type(argname="argument destination_ca_certificate", value=destination_ca_certificate, expected_type=type_hints["destination_ca_certificate"])
            check_type(argname="argument external_certificate", value=external_certificate, expected_type=type_hints["external_certificate"])
            check_type(argname="argument insecure_edge_termination_policy", value=insecure_edge_termination_policy, expected_type=type_hints["insecure_edge_termination_policy"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "termination": termination,
        }
        if ca_certificate is not None:
            self._values["ca_certificate"] = ca_certificate
        if certificate is not None:
            self._values["certificate"] = certificate
        if destination_ca_certificate is not None:
            self._values["destination_ca_certificate"] = destination_ca_certificate
        if external_certificate is not None:
            self._values["external_certificate"] = external_certificate
        if insecure_edge_termination_policy is not None:
            self._values["insecure_edge_termination_policy"] = insecure_edge_termination_policy
        if key is not None:
            self._values["key"] = key

    @builtins.property
    def termination(self) -> "RouteSpecTlsTermination":
        '''termination indicates the TLS termination type.

        - edge - TLS termination is done by the router and http is used to communicate with the backend (default)
        - passthrough - Traffic is sent straight to the destination without the router providing TLS termination
        - reencrypt - TLS termination is done by the router and https is used to communicate with the backend

        Note: passthrough termination is incompatible with httpHeader actions

        :schema: RouteSpecTls#termination
        '''
        result = self._values.get("termination")
        assert result is not None, "Required property 'termination' is missing"
        return typing.cast("RouteSpecTlsTermination", result)

    @builtins.property
    def ca_certificate(self) -> typing.Optional[builtins.str]:
        '''caCertificate provides the cert authority certificate contents.

        :schema: RouteSpecTls#caCertificate
        '''
        result = self._values.get("ca_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def certificate(self) -> typing.Optional[builtins.str]:
        '''certificate provides certificate contents.

        This should be a single serving certificate, not a certificate
        chain. Do not include a CA certificate.

        :schema: RouteSpecTls#certificate
        '''
        result = self._values.get("certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def destination_ca_certificate(self) -> typing.Optional[builtins.str]:
        '''destinationCACertificate provides the contents of the ca certificate of the final destination.

        When using reencrypt
        termination this file should be provided in order to have routers use it for health checks on the secure connection.
        If this field is not specified, the router may provide its own destination CA and perform hostname validation using
        the short service name (service.namespace.svc), which allows infrastructure generated certificates to automatically
        verify.

        :schema: RouteSpecTls#destinationCACertificate
        '''
        result = self._values.get("destination_ca_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def external_certificate(
        self,
    ) -> typing.Optional["RouteSpecTlsExternalCertificate"]:
        '''externalCertificate provides certificate contents as a secret reference.

        This should be a single serving certificate, not a certificate
        chain. Do not include a CA certificate. The secret referenced should
        be present in the same namespace as that of the Route.
        Forbidden when ``certificate`` is set.
        The router service account needs to be granted with read-only access to this secret,
        please refer to openshift docs for additional details.

        :schema: RouteSpecTls#externalCertificate
        '''
        result = self._values.get("external_certificate")
        return typing.cast(typing.Optional["RouteSpecTlsExternalCertificate"], result)

    @builtins.property
    def insecure_edge_termination_policy(
        self,
    ) -> typing.Optional["RouteSpecTlsInsecureEdgeTerminationPolicy"]:
        '''insecureEdgeTerminationPolicy indicates the desired behavior for insecure connections to a route.

        While
        each router may make its own decisions on which ports to expose, this is normally port 80.

        If a route does not specify insecureEdgeTerminationPolicy, then the default behavior is "None".

        - Allow - traffic is sent to the server on the insecure port (edge/reencrypt terminations only).
        - None - no traffic is allowed on the insecure port (default).
        - Redirect - clients are redirected to the secure port.

        :schema: RouteSpecTls#insecureEdgeTerminationPolicy
        '''
        result = self._values.get("insecure_edge_termination_policy")
        return typing.cast(typing.Optional["RouteSpecTlsInsecureEdgeTerminationPolicy"], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''key provides key file contents.

        :schema: RouteSpecTls#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RouteSpecTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="openshift_route_ioopenshiftroute.RouteSpecTlsExternalCertificate",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class RouteSpecTlsExternalCertificate:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''externalCertificate provides certificate contents as a secret reference.

        This should be a single serving certificate, not a certificate
        chain. Do not include a CA certificate. The secret referenced should
        be present in the same namespace as that of the Route.
        Forbidden when ``certificate`` is set.
        The router service account needs to be granted with read-only access to this secret,
        please refer to openshift docs for additional details.

        :param name: name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: RouteSpecTlsExternalCertificate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6026edd1254da67a0f4fe604ca9b1454f690660a687d63bd88101dc9828bcff7)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''name of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: RouteSpecTlsExternalCertificate#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RouteSpecTlsExternalCertificate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="openshift_route_ioopenshiftroute.RouteSpecTlsInsecureEdgeTerminationPolicy"
)
class RouteSpecTlsInsecureEdgeTerminationPolicy(enum.Enum):
    '''insecureEdgeTerminationPolicy indicates the desired behavior for insecure connections to a route.

    While
    each router may make its own decisions on which ports to expose, this is normally port 80.

    If a route does not specify insecureEdgeTerminationPolicy, then the default behavior is "None".

    - Allow - traffic is sent to the server on the insecure port (edge/reencrypt terminations only).
    - None - no traffic is allowed on the insecure port (default).
    - Redirect - clients are redirected to the secure port.

    :schema: RouteSpecTlsInsecureEdgeTerminationPolicy
    '''

    ALLOW = "ALLOW"
    '''Allow.'''
    NONE = "NONE"
    '''None.'''
    REDIRECT = "REDIRECT"
    '''Redirect.'''


@jsii.enum(jsii_type="openshift_route_ioopenshiftroute.RouteSpecTlsTermination")
class RouteSpecTlsTermination(enum.Enum):
    '''termination indicates the TLS termination type.

    - edge - TLS termination is done by the router and http is used to communicate with the backend (default)
    - passthrough - Traffic is sent straight to the destination without the router providing TLS termination
    - reencrypt - TLS termination is done by the router and https is used to communicate with the backend

    Note: passthrough termination is incompatible with httpHeader actions

    :schema: RouteSpecTlsTermination
    '''

    EDGE = "EDGE"
    '''edge.'''
    REENCRYPT = "REENCRYPT"
    '''reencrypt.'''
    PASSTHROUGH = "PASSTHROUGH"
    '''passthrough.'''


@jsii.data_type(
    jsii_type="openshift_route_ioopenshiftroute.RouteSpecTo",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "weight": "weight"},
)
class RouteSpecTo:
    def __init__(
        self,
        *,
        kind: "RouteSpecToKind",
        name: builtins.str,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''to is an object the route should use as the primary backend.

        Only the Service kind
        is allowed, and it will be defaulted to Service. If the weight field (0-256 default 100)
        is set to zero, no traffic will be sent to this backend.

        :param kind: The kind of target that the route is referring to. Currently, only 'Service' is allowed
        :param name: name of the service/target that is being referred to. e.g. name of the service
        :param weight: weight as an integer between 0 and 256, default 100, that specifies the target's relative weight against other target reference objects. 0 suppresses requests to this backend.

        :schema: RouteSpecTo
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__53a71c6712e00b92de20681ebefdb9bbf3229e9f416d55be6c7370869bd5a2c8)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def kind(self) -> "RouteSpecToKind":
        '''The kind of target that the route is referring to.

        Currently, only 'Service' is allowed

        :schema: RouteSpecTo#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("RouteSpecToKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the service/target that is being referred to.

        e.g. name of the service

        :schema: RouteSpecTo#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''weight as an integer between 0 and 256, default 100, that specifies the target's relative weight against other target reference objects.

        0 suppresses requests to this backend.

        :schema: RouteSpecTo#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RouteSpecTo(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="openshift_route_ioopenshiftroute.RouteSpecToKind")
class RouteSpecToKind(enum.Enum):
    '''The kind of target that the route is referring to.

    Currently, only 'Service' is allowed

    :schema: RouteSpecToKind
    '''

    SERVICE = "SERVICE"
    '''Service.'''


@jsii.enum(jsii_type="openshift_route_ioopenshiftroute.RouteSpecWildcardPolicy")
class RouteSpecWildcardPolicy(enum.Enum):
    '''Wildcard policy if any for the route.

    Currently only 'Subdomain' or 'None' is allowed.

    :schema: RouteSpecWildcardPolicy
    '''

    NONE = "NONE"
    '''None.'''
    SUBDOMAIN = "SUBDOMAIN"
    '''Subdomain.'''


__all__ = [
    "Route",
    "RouteProps",
    "RouteSpec",
    "RouteSpecAlternateBackends",
    "RouteSpecAlternateBackendsKind",
    "RouteSpecHttpHeaders",
    "RouteSpecHttpHeadersActions",
    "RouteSpecHttpHeadersActionsRequest",
    "RouteSpecHttpHeadersActionsRequestAction",
    "RouteSpecHttpHeadersActionsRequestActionSet",
    "RouteSpecHttpHeadersActionsRequestActionType",
    "RouteSpecHttpHeadersActionsResponse",
    "RouteSpecHttpHeadersActionsResponseAction",
    "RouteSpecHttpHeadersActionsResponseActionSet",
    "RouteSpecHttpHeadersActionsResponseActionType",
    "RouteSpecPort",
    "RouteSpecTls",
    "RouteSpecTlsExternalCertificate",
    "RouteSpecTlsInsecureEdgeTerminationPolicy",
    "RouteSpecTlsTermination",
    "RouteSpecTo",
    "RouteSpecToKind",
    "RouteSpecWildcardPolicy",
]

publication.publish()

def _typecheckingstub__66a11d0dc8055c80b9a935545c70beafe52e4aea37d3495d4237595494b3082e(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[RouteSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a6bf69d692831964aba5e7198480965189930c47f21ed579cd8fea68af459c31(
    *,
    spec: typing.Union[RouteSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ebc406a5589720b9a18636e10047db180a4cc311a981fa81928c6078c4c9470d(
    *,
    to: typing.Union[RouteSpecTo, typing.Dict[builtins.str, typing.Any]],
    alternate_backends: typing.Optional[typing.Sequence[typing.Union[RouteSpecAlternateBackends, typing.Dict[builtins.str, typing.Any]]]] = None,
    host: typing.Optional[builtins.str] = None,
    http_headers: typing.Optional[typing.Union[RouteSpecHttpHeaders, typing.Dict[builtins.str, typing.Any]]] = None,
    path: typing.Optional[builtins.str] = None,
    port: typing.Optional[typing.Union[RouteSpecPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subdomain: typing.Optional[builtins.str] = None,
    tls: typing.Optional[typing.Union[RouteSpecTls, typing.Dict[builtins.str, typing.Any]]] = None,
    wildcard_policy: typing.Optional[RouteSpecWildcardPolicy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a7b8a797bbf4bf67bf9580521bbfd9353558515c5d8c962e26fe1f63a3717586(
    *,
    kind: RouteSpecAlternateBackendsKind,
    name: builtins.str,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba16a6a57c64c34d493357bbbcbf0d01c94691177cd9e94a4101c3434a08f43f(
    *,
    actions: typing.Optional[typing.Union[RouteSpecHttpHeadersActions, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8de9aea8bca685cee8f957c1c7a4613a406313bf8c861ac289477d218443a21a(
    *,
    request: typing.Optional[typing.Sequence[typing.Union[RouteSpecHttpHeadersActionsRequest, typing.Dict[builtins.str, typing.Any]]]] = None,
    response: typing.Optional[typing.Sequence[typing.Union[RouteSpecHttpHeadersActionsResponse, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1320be19aab2013e533bc10fc2f77d14a3eab25f31c57d1bb299338567921232(
    *,
    action: typing.Union[RouteSpecHttpHeadersActionsRequestAction, typing.Dict[builtins.str, typing.Any]],
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77f3c144f20fecadb904c5fced1934a16a8fd1095567737fe3b37e61202a4a07(
    *,
    type: RouteSpecHttpHeadersActionsRequestActionType,
    set: typing.Optional[typing.Union[RouteSpecHttpHeadersActionsRequestActionSet, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__48f6d1e66a3a731b120f9346892c2be0c301c109e6aa62a4a54dfac10c48fb13(
    *,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d3f347dd901f977a3c401ecd8f6a0aa161e9dbdbbd017fced44450c4aacbc73(
    *,
    action: typing.Union[RouteSpecHttpHeadersActionsResponseAction, typing.Dict[builtins.str, typing.Any]],
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3e02e692bce64c2a915281113357117d40787c35ea2101254f930a5821a8c725(
    *,
    type: RouteSpecHttpHeadersActionsResponseActionType,
    set: typing.Optional[typing.Union[RouteSpecHttpHeadersActionsResponseActionSet, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0775ffb85db342004ec11a87e34746cec0d91d70a8a411030a507d6813adea2c(
    *,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae418ecc57bb379361fe7c5d78261978cf5aab769c40293c11a9056592438ef7(
    *,
    target_port: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01617be5f3d4ad01526ba1eae2b220028e6c6580f3ec6da15ea14aaaac3c2b29(
    *,
    termination: RouteSpecTlsTermination,
    ca_certificate: typing.Optional[builtins.str] = None,
    certificate: typing.Optional[builtins.str] = None,
    destination_ca_certificate: typing.Optional[builtins.str] = None,
    external_certificate: typing.Optional[typing.Union[RouteSpecTlsExternalCertificate, typing.Dict[builtins.str, typing.Any]]] = None,
    insecure_edge_termination_policy: typing.Optional[RouteSpecTlsInsecureEdgeTerminationPolicy] = None,
    key: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6026edd1254da67a0f4fe604ca9b1454f690660a687d63bd88101dc9828bcff7(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__53a71c6712e00b92de20681ebefdb9bbf3229e9f416d55be6c7370869bd5a2c8(
    *,
    kind: RouteSpecToKind,
    name: builtins.str,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
