"""Decoding of Stripe's form encoding (`a[b][0][c]=v`) into nested dicts and lists."""

from urllib.parse import unquote_plus


class FormError(ValueError):
    """A form that Stripe could not have parsed either (mixed list and object keys)."""


def decode(text):
    """`a[b][0]=x&a[c]=y&e[]=1` -> {"a": {"b": ["x"], "c": "y"}, "e": ["1"]}.

    Numeric and empty brackets make lists; an index must not skip (Stripe refuses gaps)."""
    root = {}
    for pair in filter(None, text.split("&")):
        name, _, value = pair.partition("=")
        name, value = unquote_plus(name), unquote_plus(value)
        keys = _keys(name)
        node = root
        for position, key in enumerate(keys):
            last = position == len(keys) - 1
            if key == "":
                key = _next_index(node)
            if last:
                node[key] = value
            else:
                node = node.setdefault(key, {})
                if not isinstance(node, dict):
                    raise FormError("'%s' is both a value and an object" % name)
    return _lists(root, "")


def _keys(name):
    head, _, rest = name.partition("[")
    keys = [head]
    while rest:
        key, _, rest = rest.partition("]")
        keys.append(key)
        rest = rest[1:] if rest.startswith("[") else rest
    return keys


def _next_index(node):
    indices = [k for k in node if isinstance(k, int) or (isinstance(k, str) and k.isdigit())]
    return str(len(indices))


def _lists(node, path):
    """Turns objects whose keys are all 0..n-1 into lists."""
    if not isinstance(node, dict):
        return node
    keys = list(node)
    if keys and all(k.isdigit() for k in keys):
        indices = sorted(int(k) for k in keys)
        if indices != list(range(len(indices))):
            raise FormError("%s has list indices %s with a gap" % (path or "the form", indices))
        return [_lists(node[str(i)], "%s[%d]" % (path, i)) for i in indices]
    return {k: _lists(v, "%s[%s]" % (path, k) if path else k) for k, v in node.items()}
