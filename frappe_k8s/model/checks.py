"""Field checks shared by every props class. Each raises SpecError naming field, value and fix."""
from __future__ import annotations

import re

from frappe_k8s.errors import SpecError

DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
DNS_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
QUANTITY = re.compile(r"^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$")
BYTES_PER_UNIT = {"": 1, "k": 10**3, "M": 10**6, "G": 10**9, "T": 10**12, "P": 10**15, "E": 10**18,
                  "Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "Pi": 2**50, "Ei": 2**60}


def dns_label(field: str, value: str, max_length: int = 63) -> None:
    """A DNS-1123 label: what Kubernetes requires of namespaces and most object names."""
    if not isinstance(value, str) or not DNS_LABEL.match(value) or len(value) > max_length:
        raise SpecError(field, value, f"is not a DNS-1123 label of at most {max_length} characters",
                        "use lowercase letters, digits and '-', starting and ending with a letter or digit")


def dns_subdomain(field: str, value: str) -> None:
    if not isinstance(value, str) or not DNS_SUBDOMAIN.match(value) or len(value) > 253:
        raise SpecError(field, value, "is not a DNS-1123 subdomain",
                        "use lowercase letters, digits, '-' and '.', at most 253 characters")


def quantity(field: str, value: str) -> None:
    """A storage size as Kubernetes writes it; binary suffixes say what they mean."""
    if not isinstance(value, str) or not QUANTITY.match(value) or float(re.sub(r"[A-Za-z]+$", "", value)) <= 0:
        raise SpecError(field, value, "is not a positive Kubernetes quantity",
                        "write a size such as 10Gi or 500Gi (Gi = 2^30 bytes; GB is not a Kubernetes unit)")


def one_of(field: str, value: object, allowed: tuple) -> None:
    if value not in allowed:
        raise SpecError(field, value, "is not allowed", "use one of " + ", ".join(map(str, allowed)))


def quantity_bytes(value: str) -> int:
    """A quantity (checked by quantity()) in bytes: G is 10^9 (disks are sold in GB), Gi is 2^30 (Ceph reports GiB)."""
    number, unit = re.fullmatch(r"([0-9]+(?:\.[0-9]+)?)([A-Za-z]*)", value).groups()
    return int(round(float(number) * BYTES_PER_UNIT[unit]))
