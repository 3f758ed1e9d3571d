"""Judging values against stripe-python's generated types.

Requests are checked against the `*Params` TypedDicts (every value is a form string there, so
`int` means "a string of digits"); responses against the resource classes' annotations, where a
field whose annotation is not Optional must be present. Open enums (`Union[Literal[...], str]`,
the SDK's allowance for values added after it was generated) are judged as closed: the
emulator implements one version and must not invent values.
"""

import decimal
import importlib
import inspect
import re
import types
import typing
from typing import ForwardRef

from stripe._expandable_field import ExpandableField  # noqa: F401  (documents the Union shape)
from stripe._list_object import ListObject
from stripe._request_options import RequestOptions
from stripe._stripe_object import StripeObject, UntypedStripeObject
import typing_extensions

NONE = type(None)
REQUEST_OPTION_KEYS = set(RequestOptions.__annotations__)
_IMPORT = re.compile(r"^\s*from (stripe[\w.]*) import \(?\s*(\w+)(?: as (\w+))?", re.M)
_namespaces = {}
_WRAPPERS = {typing_extensions.NotRequired, typing_extensions.Required, getattr(typing, "NotRequired", None),
             getattr(typing, "Required", None)} - {None}


def _namespace(module_name):
    """A module's globals plus the names it imports only under TYPE_CHECKING, which its forward
    references (`"Price"`, `"Literal['']|Dict[str, str]"`) use."""
    if module_name not in _namespaces:
        module = importlib.import_module(module_name)
        namespace = dict(vars(module))
        for origin, name, alias in _IMPORT.findall(inspect.getsource(module)):
            if (alias or name) not in namespace:
                try:
                    namespace[alias or name] = getattr(importlib.import_module(origin), name)
                except (ImportError, AttributeError):
                    pass
        namespace.update({"NotRequired": typing_extensions.NotRequired, "Literal": typing.Literal, "Dict": typing.Dict, "List": typing.List,
                          "Union": typing.Union, "Optional": typing.Optional, "Any": typing.Any})
        _namespaces[module_name] = namespace
    return _namespaces[module_name]


def resolve(tp, owner_module):
    """Evaluates a forward reference (`ForwardRef('Price')`, `"int|Literal['now']"`) in the
    module that wrote it; other annotations are returned as they are."""
    if isinstance(tp, ForwardRef):
        tp = tp.__forward_arg__
    if isinstance(tp, str):
        tp = eval(tp, _namespace(owner_module))  # noqa: S307 (the SDK's own annotation text)
    while typing.get_origin(tp) in _WRAPPERS:
        tp = resolve(typing.get_args(tp)[0], owner_module)
    return tp


def typed_dict_fields(cls):
    """A TypedDict's fields (inherited ones included) with the module each was written in."""
    fields = {}
    for klass in reversed(cls.__mro__):
        for key, tp in klass.__dict__.get("__annotations__", {}).items():
            fields[key] = (tp, klass.__module__)
    return fields


class Problems:
    """Findings of one check, each with the path of the value it concerns."""

    def __init__(self):
        self.items = []

    def add(self, path, message):
        self.items.append("%s: %s" % (path or "(top)", message))


def _is_union(origin):
    """Whether a type's origin is a union: `typing.Union[A, B]` or `A | B` (types.UnionType, which
    the SDK's annotations give once evaluated)."""
    return origin is typing.Union or origin is types.UnionType


def _literal_values(tp):
    return [str(v).lower() if isinstance(v, bool) else v for v in typing.get_args(tp)]


def _arms(tp):
    """A Union's arms, with the `str` escape hatch of open enums removed."""
    arms = list(typing.get_args(tp))
    literals = [a for a in arms if typing.get_origin(a) is typing.Literal]
    closed = literals and all(v != "" for lit in literals for v in typing.get_args(lit))
    if closed and str in arms:
        arms.remove(str)
    return arms


# MARK: requests


def check_params(params_class, values, problems):
    """A decoded form against a `*Params` TypedDict (request options are not form fields)."""
    _check_typed_dict(params_class, values, "", problems, top=True)


def _check_typed_dict(cls, value, path, problems, top=False):
    if not isinstance(value, dict):
        problems.add(path, "expected an object (%s), got %r" % (cls.__name__, value))
        return
    hints = typed_dict_fields(cls)
    for key, item in value.items():
        sub = "%s[%s]" % (path, key) if path else key
        if key not in hints or (top and key in REQUEST_OPTION_KEYS):
            problems.add(sub, "unknown parameter (not in %s)" % cls.__name__)
            continue
        tp, module = hints[key]
        _check_param(tp, item, sub, problems, module)
    for key in getattr(cls, "__required_keys__", ()):
        if key not in value and not (top and key in REQUEST_OPTION_KEYS):
            problems.add("%s[%s]" % (path, key) if path else key, "required parameter missing")


def _check_param(tp, value, path, problems, module):
    tp = resolve(tp, module)
    origin = typing.get_origin(tp)
    if tp is typing.Any:
        return
    if typing_extensions.is_typeddict(tp):
        return _check_typed_dict(tp, value, path, problems)
    if _is_union(origin):
        trials = []
        for arm in _arms(tp):
            trial = Problems()
            _check_param(arm, value, path, trial, module)
            if not trial.items:
                return
            trials.append(trial.items)
        problems.items.extend(min(trials, key=len))
        return
    if origin is typing.Literal:
        if value not in _literal_values(tp):
            problems.add(path, "%r is not one of %s" % (value, _literal_values(tp)))
        return
    if origin in (list, typing.List):
        if not isinstance(value, list):
            problems.add(path, "expected a list, got %r" % (value,))
            return
        for index, item in enumerate(value):
            _check_param(typing.get_args(tp)[0], item, "%s[%d]" % (path, index), problems, module)
        return
    if origin in (dict, typing.Dict) or _is_untyped_object(tp):
        if not isinstance(value, dict):
            problems.add(path, "expected an object, got %r" % (value,))
            return
        inner = typing.get_args(tp)[-1] if typing.get_args(tp) else str
        for key, item in value.items():
            _check_param(inner, item, "%s[%s]" % (path, key), problems, module)
        return
    if not isinstance(value, str):
        problems.add(path, "expected a scalar (%s), got %r" % (_name(tp), value))
        return
    if not _scalar_ok(tp, value):
        problems.add(path, "%r is not a valid %s" % (value, _name(tp)))


def _scalar_ok(tp, text):
    if tp is str:
        return True
    if tp is bool:
        return text in ("true", "false")
    if tp is int:
        return re.fullmatch(r"-?\d+", text) is not None
    if tp is float:
        return re.fullmatch(r"-?\d+(\.\d+)?", text) is not None
    if tp is decimal.Decimal:
        return re.fullmatch(r"-?\d+(\.\d+)?", text) is not None
    return False


def _is_untyped_object(tp):
    return tp is UntypedStripeObject or typing.get_origin(tp) is UntypedStripeObject


def _name(tp):
    return getattr(tp, "__name__", str(tp))


# MARK: responses


def _annotations(cls):
    """A StripeObject class's own field annotations (ClassVars left out)."""
    fields = {}
    for klass in reversed(cls.__mro__):
        if klass is StripeObject or not (isinstance(klass, type) and issubclass(klass, StripeObject)):
            continue
        for key, tp in klass.__dict__.get("__annotations__", {}).items():
            if typing.get_origin(tp) is typing.ClassVar or key.startswith("_"):
                continue
            fields[key] = (tp, klass.__module__)
    return fields


def _nullable(tp):
    return _is_union(typing.get_origin(tp)) and NONE in typing.get_args(tp)


def check_object(cls, value, path, problems):
    """A JSON object against a resource class: required fields present, no unknown fields,
    every value of its annotated type."""
    if not isinstance(value, dict):
        problems.add(path, "expected a %s object, got %r" % (cls.__name__, value))
        return
    fields = _annotations(cls)
    if value.get("deleted") is True:
        # A deletion answer is the stub {id, object, deleted}.
        extra = set(value) - {"id", "object", "deleted"}
        if extra:
            problems.add(path, "a deleted %s has fields beyond id/object/deleted: %s" % (cls.__name__, sorted(extra)))
        return
    for key, item in value.items():
        sub = "%s.%s" % (path, key) if path else key
        if key not in fields:
            problems.add(sub, "field not in %s" % cls.__qualname__)
            continue
        tp, module = fields[key]
        _check_value(tp, item, sub, problems, module)
    for key, (tp, module) in fields.items():
        if key not in value and not _nullable(resolve(tp, module)):
            problems.add("%s.%s" % (path, key) if path else key, "required field missing (%s)" % cls.__qualname__)


def check_list(cls, value, path, problems):
    """A list envelope whose data are `cls` objects."""
    if not isinstance(value, dict) or value.get("object") != "list":
        problems.add(path, "expected a list object, got %r" % (value,))
        return
    for key, kind in (("data", list), ("has_more", bool), ("url", str)):
        if not isinstance(value.get(key), kind):
            problems.add("%s.%s" % (path, key) if path else key, "expected %s" % kind.__name__)
    extra = set(value) - {"object", "data", "has_more", "url", "total_count"}
    if extra:
        problems.add(path, "list fields not in ListObject: %s" % sorted(extra))
    for index, item in enumerate(value.get("data") or []):
        check_object(cls, item, "%sdata[%d]" % (path + "." if path else "", index), problems)


def _check_value(tp, value, path, problems, module):
    tp = resolve(tp, module)
    origin = typing.get_origin(tp)
    if tp is typing.Any:
        return
    if value is None:
        if not _nullable(tp):
            problems.add(path, "null where %s is not nullable" % _name(tp))
        return
    if isinstance(tp, type) and issubclass(tp, StripeObject) and not _is_untyped_object(tp):
        return check_object(tp, value, path, problems)
    if _is_union(origin):
        trials = []
        for arm in _arms(tp):
            if arm is NONE:
                continue
            trial = Problems()
            _check_value(arm, value, path, trial, module)
            if not trial.items:
                return
            trials.append(trial.items)
        problems.items.extend(min(trials, key=len) if trials else [path + ": no type matches"])
        return
    if origin is typing.Literal:
        if value not in typing.get_args(tp):
            problems.add(path, "%r is not one of %s" % (value, list(typing.get_args(tp))))
        return
    if origin is ListObject or tp is ListObject:
        inner = resolve(typing.get_args(tp)[0], module) if typing.get_args(tp) else None
        if inner is None:
            return
        return check_list(inner, value, path, problems)
    if origin in (list, typing.List):
        if not isinstance(value, list):
            problems.add(path, "expected a list, got %r" % (value,))
            return
        for index, item in enumerate(value):
            _check_value(typing.get_args(tp)[0], item, "%s[%d]" % (path, index), problems, module)
        return
    if origin in (dict, typing.Dict) or _is_untyped_object(tp):
        if not isinstance(value, dict):
            problems.add(path, "expected an object, got %r" % (value,))
            return
        inner = typing.get_args(tp)[-1] if typing.get_args(tp) else typing.Any
        for key, item in value.items():
            _check_value(inner, item, "%s.%s" % (path, key), problems, module)
        return
    ok = {
        str: lambda v: isinstance(v, str),
        bool: lambda v: isinstance(v, bool),
        int: lambda v: isinstance(v, int) and not isinstance(v, bool),
        float: lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        decimal.Decimal: lambda v: isinstance(v, str) and re.fullmatch(r"-?\d+(\.\d+)?", v) is not None,
    }.get(tp)
    if ok is None:
        problems.add(path, "no rule for type %s" % _name(tp))
    elif not ok(value):
        problems.add(path, "%r is not a %s" % (value, _name(tp)))
