"""Bounds on a YAML text before anything builds it: size, nesting, aliases, and nodes counted with every alias
expanded.

A pull request to a GitOps repository is untrusted input for its CI. Without bounds, nine nested aliases of nine
items each ("billion laughs") expand to 387 million nodes; a few kilobytes of `[[[[…` make the parser itself
quadratic (4,000 levels take 8 s in PyYAML's pure-Python scanner, 16,000 take 1.2 s in libyaml) and then
overflow Python's stack when the tree is composed or walked.

The check is one pass over the parser's *events*, before composing: events come one at a time from both PyYAML's
Python parser and libyaml's C parser (`yaml.CSafeLoader`), so the same bounds hold whichever loader composes the
document afterwards, and the pass stops at the first event past a bound, long before the quadratic or exponential
part. The limits live here, in `LIMITS`, and nowhere else.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import yaml


@dataclass(frozen=True)
class Limits:
    """What one YAML document may hold. The defaults are far above any real platform file (the bundled example
    is 10 KB, 2,100 nodes, depth 9, no aliases; a 5,000-site platform is about 1 MB and 150,000 nodes)."""

    max_bytes: int = 4 * 1024 * 1024  # the file's size in bytes of UTF-8
    max_depth: int = 64  # collections nested in collections (the platform schema needs 9)
    max_aliases: int = 1_000  # `*name` references, merge keys (`<<: *name`) included
    max_nodes: int = 250_000  # scalars and collections, every alias counted as the nodes it stands for


LIMITS = Limits()


class LimitExceeded(Exception):
    """The text goes past one of the limits: `problem` says which, `line` (1-based) where, when known."""

    def __init__(self, problem: str, line: Optional[int] = None):
        self.problem, self.line = problem, line
        super().__init__(problem)


def check_size(size: int, limits: Limits = LIMITS) -> None:
    if size > limits.max_bytes:
        raise LimitExceeded(f"is {size:,} bytes, more than the {limits.max_bytes:,} bytes a platform file may have."
                            " Fix: split the platform, or remove what is not needed")


# libyaml's parser when PyYAML was built with it: 20x faster than the pure-Python one, whose events are the same
EVENTS_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def check(text: str, loader: type = EVENTS_LOADER, limits: Limits = LIMITS) -> int:
    """The number of nodes `text` expands to; LimitExceeded when it goes past `limits`. YAML syntax errors come
    from the parser as usual."""
    check_size(len(text.encode("utf-8", "surrogatepass")), limits)
    sizes: dict[str, int] = {}  # anchor -> nodes it expands to, once its node is complete
    open_anchors: set[str] = set()  # anchors of collections not yet closed: an alias to one is recursive
    stack: list[tuple[Optional[str], int]] = []  # open collections: (anchor, nodes so far including itself)
    nodes = aliases = 0

    def add(count: int, line: int) -> None:
        nonlocal nodes
        nodes += count
        if nodes > limits.max_nodes:
            raise LimitExceeded(f"expands to more than {limits.max_nodes:,} YAML nodes (aliases count as the nodes"
                                " they repeat). Fix: write the values out, or use fewer nested aliases", line)
        if stack:
            anchor, size = stack[-1]
            stack[-1] = (anchor, size + count)

    for event in yaml.parse(text, Loader=loader):
        line = event.start_mark.line + 1 if event.start_mark else None
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > limits.max_aliases:
                raise LimitExceeded(f"has more than {limits.max_aliases:,} aliases. Fix: write the values out", line)
            if event.anchor in open_anchors:
                raise LimitExceeded(f"alias *{event.anchor} refers to a node that contains it, which never ends."
                                    " Fix: remove the alias", line)
            add(sizes.get(event.anchor, 0), line)  # an undefined alias is the composer's error, with its message
        elif isinstance(event, yaml.ScalarEvent):
            add(1, line)
            if event.anchor is not None:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.CollectionStartEvent):
            if len(stack) >= limits.max_depth:
                raise LimitExceeded(f"nests collections more than {limits.max_depth} deep. Fix: flatten the"
                                    " structure", line)
            add(1, line)
            stack.append((event.anchor, 1))
            if event.anchor is not None:
                open_anchors.add(event.anchor)
        elif isinstance(event, yaml.CollectionEndEvent):
            anchor, size = stack.pop()
            if stack:  # the collection's own node was counted when it opened; its contents go to the parent now
                parent_anchor, parent_size = stack[-1]
                stack[-1] = (parent_anchor, parent_size + size - 1)
            if anchor is not None:
                open_anchors.discard(anchor)
                sizes[anchor] = size
    return nodes


def safe_load(text: str, where: str) -> object:
    """One YAML document read within the limits (a rendered file that `validate` reads: a pull request can change
    it too); a problem is a UserError that names the file and line."""
    from frappe_k8s.errors import UserError

    try:
        check(text)
        return yaml.load(text, Loader=EVENTS_LOADER)
    except LimitExceeded as error:
        raise UserError(f"{where}{f':{error.line}' if error.line else ''}: {error.problem}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise UserError(f"{where}{f':{mark.line + 1}' if mark else ''}: not valid YAML:"
                        f" {getattr(error, 'problem', None) or error}. Fix: render it again") from None
