"""The `x-kubernetes-validations` CEL rules of a CRD schema, evaluated on rendered objects as the API server
would on create, with cel-python.

What the API server does, and where (k8s.io/apiserver and apiextensions-apiserver at kubernetes commit 24a394e5):
- defaults from the schema are applied before validation (apiextensions-apiserver
  pkg/apiserver/schema/defaulting/algorithm.go `Default`), so `self.type` sees a defaulted `type`;
- `self` is the value at the rule's place, typed by the schema (apiserver pkg/cel/common/valuesunstructured.go
  `UnstructuredToVal`): integer -> int, number -> double, int-or-string -> int or string, strings of format
  duration, date, date-time and byte -> duration, timestamp, bytes; object properties are fields whose names are
  escaped (pkg/cel/escaping.go: `namespace` -> `__namespace__`, `-` -> `__dash__`, ...), maps keep their keys;
- rules that mention `oldSelf` are transition rules, evaluated on update only: on create (every object here)
  there is no old object and they are skipped, unless an old object is passed in;
- a rule that is false fails the request with its `message` (or `messageExpression`); one that cannot be
  evaluated fails it too.
The environment (apiserver pkg/cel/environment/base.go) adds Kubernetes' libraries to CEL's standard functions.
Those evaluated here are in `LIBRARY`; a rule that calls any other function (isURL, quantity, ip, cidr, format,
semver, sets, authz, optionals) is reported by that function's name, never passed silently.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterator, Mapping, Optional

import celpy
from celpy import celtypes

# pkg/cel/escaping.go: CEL's reserved words, and the characters a property name may contain to be reachable
RESERVED = {"true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if",
            "import", "let", "loop", "package", "namespace", "return", "var", "void", "while"}
ESCAPES = {"__": "__underscores__", ".": "__dot__", "-": "__dash__", "/": "__slash__"}
MACROS = {"has", "all", "exists", "exists_one", "map", "filter"}


def escape(name: str) -> Optional[str]:
    """A property's name as a CEL field (pkg/cel/escaping.go `Escape`), or None when CEL cannot reach it."""
    if not name or name[0].isdigit():
        return None
    if name in RESERVED:
        return f"__{name}__"
    if not re.fullmatch(r"[A-Za-z0-9_./-]+", name):
        return None
    return re.sub(r"__|[./-]", lambda m: ESCAPES[m.group(0)], name)


# --- Kubernetes' CEL libraries (the part evaluated here) -------------------------------------------------------

def _string(value: Any) -> celtypes.StringType:
    return celtypes.StringType(value)


def _list(values) -> celtypes.ListType:
    return celtypes.ListType(list(values))


def _index_of(receiver, item, start=None):
    """strings ext `indexOf` (cel-go ext/strings.go) and the Kubernetes lists library's (library/lists.go)."""
    if isinstance(receiver, str):
        found = receiver.find(item, int(start or 0))
        return celtypes.IntType(found)
    return celtypes.IntType(next((i for i, x in enumerate(receiver) if x == item), -1))


def _last_index_of(receiver, item, end=None):
    if isinstance(receiver, str):
        return celtypes.IntType(receiver.rfind(item, 0, None if end is None else int(end) + len(item)))
    return celtypes.IntType(next((i for i in range(len(receiver) - 1, -1, -1) if receiver[i] == item), -1))


def _split(text, separator, limit=None):
    if limit is not None and int(limit) == 0:
        return _list([])
    parts = text.split(separator, -1 if limit is None or int(limit) < 0 else int(limit) - 1) if separator else list(text)
    return _list(_string(p) for p in parts)


def _substring(text, start, end=None):
    if not 0 <= int(start) <= (len(text) if end is None else int(end)) <= len(text):
        raise ValueError(f"index out of range: substring({int(start)}, {end})")
    return _string(text[int(start):None if end is None else int(end)])


def _sum(values):
    total = celtypes.IntType(0) if not values or isinstance(values[0], celtypes.IntType) else values[0] * 0
    for value in values:
        total = total + value
    return total


def _regex_find_all(text, pattern, limit=None):
    import re2

    found = [m.group(0) for m in re2.finditer(pattern, text)]
    return _list(_string(f) for f in (found if limit is None or int(limit) < 0 else found[:int(limit)]))


def _regex_find(text, pattern):
    import re2

    match = re2.search(pattern, text)
    return _string(match.group(0) if match else "")


# name -> implementation; cel-python calls `x.f(a)` as f(x, a). Sources: cel-go ext/strings.go (Strings v2, in the
# environment since Kubernetes 1.29), apiserver pkg/cel/library/lists.go and regex.go.
LIBRARY: dict[str, Callable] = {
    "charAt": lambda s, i: _string(s[int(i)] if int(i) < len(s) else ""),
    "indexOf": _index_of,
    "lastIndexOf": _last_index_of,
    "lowerAscii": lambda s: _string(re.sub(r"[A-Z]+", lambda m: m.group(0).lower(), s)),
    "upperAscii": lambda s: _string(re.sub(r"[a-z]+", lambda m: m.group(0).upper(), s)),
    "replace": lambda s, old, new, n=None: _string(s.replace(old, new, -1 if n is None else int(n))),
    "split": _split,
    "substring": _substring,
    "trim": lambda s: _string(s.strip(" \t\n\v\f\r\u0085\u00a0")),
    "join": lambda items, sep="": _string(sep.join(items)),
    "isSorted": lambda items: celtypes.BoolType(all(a <= b for a, b in zip(items, items[1:]))),
    "sum": _sum,
    "min": lambda items: min(items),
    "max": lambda items: max(items),
    "find": _regex_find,
    "findAll": _regex_find_all,
}
KNOWN = MACROS | set(celpy.evaluation.base_functions) | set(LIBRARY)


# --- values typed by the schema ---------------------------------------------------------------------------------

def with_defaults(value: Any, schema: Mapping) -> Any:
    """A copy of value with the schema's defaults applied, as the API server does before validating
    (apiextensions-apiserver pkg/apiserver/schema/defaulting/algorithm.go `Default`)."""
    value = copy.deepcopy(value)
    _default(value, schema)
    return value


def _default(value: Any, schema: Optional[Mapping]) -> None:
    if not isinstance(schema, Mapping):
        return
    if isinstance(value, dict):
        properties = schema.get("properties") or {}
        for name, sub in properties.items():
            if "default" in sub and (name not in value or (value[name] is None and not sub.get("nullable"))):
                value[name] = copy.deepcopy(sub["default"])
        extra = schema.get("additionalProperties")
        for name in value:
            if name in properties:
                _default(value[name], properties[name])
            elif isinstance(extra, Mapping):
                _default(value[name], extra)
    elif isinstance(value, list):
        for item in value:
            _default(item, schema.get("items"))


def to_cel(value: Any, schema: Optional[Mapping]) -> Any:
    """The CEL value of `value` under `schema` (apiserver pkg/cel/common/valuesunstructured.go)."""
    schema = schema if isinstance(schema, Mapping) else {}
    if value is None:
        return None
    if schema.get("x-kubernetes-int-or-string"):
        return celtypes.IntType(value) if isinstance(value, int) else celtypes.StringType(value)
    kind = schema.get("type")
    if isinstance(value, dict) and (kind == "object" or kind is None):
        properties = schema.get("properties")
        if properties is not None or schema.get("x-kubernetes-embedded-resource"):
            fields = {}
            for name, item in value.items():
                field = escape(name)
                if field is not None and (properties is None or name in properties):
                    fields[celtypes.StringType(field)] = to_cel(item, (properties or {}).get(name))
            return celtypes.MapType(fields)
        extra = schema.get("additionalProperties")
        return celtypes.MapType({celtypes.StringType(k): to_cel(v, extra if isinstance(extra, Mapping) else None)
                                 for k, v in value.items()})
    if isinstance(value, list):
        return celtypes.ListType([to_cel(item, schema.get("items")) for item in value])
    if isinstance(value, str):
        conversion = {"duration": celtypes.DurationType, "date-time": celtypes.TimestampType,
                      "date": lambda s: celtypes.TimestampType(s + "T00:00:00Z"),
                      "byte": lambda s: celtypes.BytesType(__import__("base64").b64decode(s))}.get(schema.get("format"))
        return conversion(value) if conversion else celtypes.StringType(value)
    if isinstance(value, bool):
        return celtypes.BoolType(value)
    if kind == "number":
        return celtypes.DoubleType(value)
    if isinstance(value, int):
        return celtypes.IntType(value)
    if isinstance(value, float):
        return celtypes.DoubleType(value)
    return celpy.json_to_cel(value)


# --- rules ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rule:
    """One compiled rule: its program, whether it is a transition rule, and the functions nobody here evaluates."""

    text: str
    program: Optional[Any]
    transition: bool
    missing: tuple[str, ...]  # function names outside KNOWN
    error: Optional[str] = None  # why the rule does not compile


_ENV = None


def _environment() -> "celpy.Environment":
    global _ENV
    if _ENV is None:
        _ENV = celpy.Environment()
    return _ENV


@lru_cache(maxsize=None)
def compile_rule(text: str) -> Rule:
    env = _environment()
    try:
        ast = env.compile(text)
    except Exception as error:  # a construct cel-python's grammar lacks (optionals `?.`, two-variable macros)
        return Rule(text, None, "oldSelf" in text, (), f"cannot be parsed here ({str(error).splitlines()[0]})")
    names = set()
    for tree in ast.iter_subtrees():
        if tree.data in ("member_dot_arg", "ident_arg"):
            token = tree.children[1 if tree.data == "member_dot_arg" else 0]
            names.add(str(token))
    idents = {str(t) for t in ast.scan_values(lambda t: getattr(t, "type", None) == "IDENT")}
    return Rule(text, env.program(ast, functions=LIBRARY), "oldSelf" in idents, tuple(sorted(names - KNOWN)))


def _quoted(rule: str, limit: int = 160) -> str:
    return repr(rule if len(rule) <= limit else rule[:limit] + "...")


def _path(parts: tuple) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(object)"


class CelRules:
    """Evaluates every `x-kubernetes-validations` rule of one CRD version's openAPIV3Schema."""

    def __init__(self, schema: Mapping):
        self.schema = schema

    def problems(self, manifest: Mapping, old: Optional[Mapping] = None) -> Iterator[tuple[str, str]]:
        """(field path, problem) for every rule the object breaks or that cannot be evaluated."""
        value = with_defaults(manifest, self.schema)
        yield from self._walk(self.schema, value, old, ())

    def _walk(self, schema: Mapping, value: Any, old: Any, path: tuple) -> Iterator[tuple[str, str]]:
        if value is None or not isinstance(schema, Mapping):
            return
        rules = schema.get("x-kubernetes-validations") or []
        if rules:
            yield from self._check(rules, schema, value, old, path)
        properties = schema.get("properties")
        if isinstance(value, dict) and properties:
            for name, sub in properties.items():
                if name in value:
                    yield from self._walk(sub, value[name], old.get(name) if isinstance(old, dict) else None,
                                          path + (name,))
        elif isinstance(value, dict) and isinstance(schema.get("additionalProperties"), Mapping):
            for name, item in value.items():
                yield from self._walk(schema["additionalProperties"], item,
                                      old.get(name) if isinstance(old, dict) else None, path + (name,))
        elif isinstance(value, list) and isinstance(schema.get("items"), Mapping):
            for i, item in enumerate(value):  # list items are not correlated with old ones: no transition rules
                yield from self._walk(schema["items"], item, None, path + (i,))

    def _check(self, rules, schema, value, old, path) -> Iterator[tuple[str, str]]:
        here = _path(path)
        if path == ():  # at the root, metadata holds only name and generateName (apiserver: WithTypeAndObjectMeta)
            value = {**value, "metadata": {k: v for k, v in (value.get("metadata") or {}).items()
                                           if k in ("name", "generateName")}}
        try:
            activation = {"self": to_cel(value, schema)}
        except Exception as error:  # a string that its format cannot parse (a duration, a date): the server errs too
            yield here, f"the CRD's rules cannot be evaluated on this value: {error}"
            return
        for spec in rules:
            rule = compile_rule(spec["rule"])
            if rule.transition and old is None and not spec.get("optionalOldSelf"):
                continue  # a transition rule: evaluated on update only (apiextensions-apiserver validation.go)
            if rule.error or rule.missing or spec.get("optionalOldSelf"):
                why = rule.error or ("calls " + ", ".join(f"'{n}'" for n in rule.missing) + ", which frappe-k8s"
                                     " does not evaluate" if rule.missing else "needs optional types (optionalOldSelf)")
                yield here, (f"the CRD's rule {_quoted(rule.text)} {why}, so the API server's verdict is unknown. Fix: check"
                             " the value by hand, or report the missing function")
                continue
            context = dict(activation)
            try:
                if rule.transition:
                    context["oldSelf"] = to_cel(old, schema)
                result = rule.program.evaluate(context)
            except Exception as error:  # CELEvalError and errors of the library functions alike
                result = error
            if isinstance(result, celtypes.BoolType) and bool(result):
                continue
            if isinstance(result, (celtypes.BoolType, bool)):
                yield here, f"{_message(spec, context)} (the CRD's rule {_quoted(rule.text)} is false)"
            else:
                reason = result.args[0] if isinstance(result, Exception) and result.args else result
                yield here, f"the CRD's rule {_quoted(rule.text)} cannot be evaluated on this value: {reason}"


def _message(spec: Mapping, context: dict) -> str:
    """The rule's messageExpression when it evaluates to a string, else its message, else the rule."""
    if spec.get("messageExpression"):
        expression = compile_rule(spec["messageExpression"])
        if expression.program is not None and not expression.missing:
            try:
                text = expression.program.evaluate(context)
                if isinstance(text, str) and text.strip():
                    return str(text)
            except Exception:
                pass
    return spec.get("message") or f"failed rule: {spec['rule']}"
