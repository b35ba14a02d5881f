"""Settings of the servers the platform runs for Frappe: container resources and MariaDB.

Shared by the bench and site props, so neither imports the other's module for them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from frappe_k8s.errors import SpecError
from frappe_k8s.model import checks
from frappe_k8s.model.checks import quantity_bytes

DEFAULT_MARIADB_IMAGE = "docker.io/library/mariadb:10.11.11"
CPU = re.compile(r"^([0-9]+m|[0-9]+(\.[0-9]+)?)$")


def positive(name: str, value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise SpecError(name, value, "must be a positive whole number", "use 1 or more")


@dataclass(frozen=True)
class Resources:
    """Requests and limits of one container. CPU in cores or millicores, memory as a quantity."""

    cpu_request: str
    memory_request: str
    cpu_limit: str
    memory_limit: str

    def __post_init__(self) -> None:
        for name in ("cpu_request", "cpu_limit"):
            value = getattr(self, name)
            if not isinstance(value, str) or not CPU.match(value):
                raise SpecError(name, value, "is not a CPU quantity", 'quote cores or millicores, such as "500m" or "2"')
        for name in ("memory_request", "memory_limit"):
            checks.quantity(name, getattr(self, name))
        if quantity_bytes(self.memory_request) > quantity_bytes(self.memory_limit):
            raise SpecError("memory_request", self.memory_request, f"is above the limit {self.memory_limit}",
                            "lower the request or raise the limit")

    def as_k8s(self) -> dict:
        return {"requests": {"cpu": self.cpu_request, "memory": self.memory_request},
                "limits": {"cpu": self.cpu_limit, "memory": self.memory_limit}}


def default_resources(cpu_request: str, memory_request: str, cpu_limit: str, memory_limit: str):
    return field(default_factory=lambda: Resources(cpu_request, memory_request, cpu_limit, memory_limit))


@dataclass(frozen=True)
class MariaDBServer:
    """A mariadb-operator MariaDB set up for Frappe (utf8mb4): a bench's `<bench>-mariadb`, or a site's
    dedicated `<site>-mariadb`. The operator generates its root password into the Secret `<name>-root`; it
    never appears in dist/.
    """

    image: str = DEFAULT_MARIADB_IMAGE
    storage_size: str = "10Gi"
    storage_class: Optional[str] = None  # default: the cluster's default StorageClass
    max_connections: int = 500
    innodb_buffer_pool_size: str = "1Gi"
    resources: Resources = default_resources("500m", "2Gi", "2", "4Gi")

    def __post_init__(self) -> None:
        checks.quantity("storage_size", self.storage_size)
        checks.quantity("innodb_buffer_pool_size", self.innodb_buffer_pool_size)
        positive("max_connections", self.max_connections)
        if self.storage_class is not None:
            checks.dns_subdomain("storage_class", self.storage_class)
        if quantity_bytes(self.innodb_buffer_pool_size) > 0.8 * quantity_bytes(self.resources.memory_limit):
            raise SpecError("innodb_buffer_pool_size", self.innodb_buffer_pool_size,
                            f"leaves less than 20% of the memory limit {self.resources.memory_limit} to MariaDB",
                            "lower it or raise resources.limits.memory")
