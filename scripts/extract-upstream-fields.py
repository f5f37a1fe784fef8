#!/usr/bin/env python3
"""Extract the field table of an upstream type as data for Fleetplan's document checks.

Two sources are read:

  crd FILE VERSION [--keep PATH ...]
      A CustomResourceDefinition (argoproj/argo-cd manifests/crds, fluxcd controllers'
      config/crd/bases, Cluster API providers' config/crd/bases): the openAPIV3Schema of
      the served VERSION.
  botocore FILE OPERATION [--keep PATH ...]
      A botocore service model (boto/botocore botocore/data/<service>/<date>/service-2.json):
      the input shape of OPERATION, the document `aws <service> <operation> --cli-input-json`
      reads.

The table is printed one field per line, in the form DocumentSchema(table:) reads:

  path                      any value of the field's type
  path<TAB>oneOf a|b|c      one of these strings (an upstream enum)
  path<TAB>duration         a Go duration (Flux's interval pattern)
  path<TAB>freeKeys         a map whose keys are data (labels, Helm values, ...)
  @required path a|b        when the object at path is present, it must hold a and b
                            (`.` is the document's root; list elements are `path[]`)

List elements are `[]`. The top-level `metadata` of a CRD is left out (Fleetplan's ObjectMeta
table is used). Recursive schemas (ApplicationSet generators nest Application specs and other
generators) are cut by --keep: when given, only paths equal to, inside, or on the way to a
kept path are written; a document that uses anything else fails the check, so widening the
table is a deliberate change.
"""
import json
import sys

import yaml

DURATION_PATTERN = "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"


def kept(path, keep):
    if not keep:
        return True
    for root in keep:
        if path == root or path.startswith(root + ".") or path.startswith(root + "[]"):
            return True
        if root.startswith(path + ".") or root.startswith(path + "[]"):
            return True
    return False


def free(schema):
    """An object whose keys are data: a map, or JSON the API server keeps as it is."""
    return "properties" not in schema and (
        "additionalProperties" in schema or bool(schema.get("x-kubernetes-preserve-unknown-fields")))


def required_row(schema, path, rows):
    names = [name for name in schema.get("required", []) if not (not path and name in ("metadata", "apiVersion", "kind", "status"))]
    if names and "properties" in schema:
        rows.append(f"@required {path or '.'} " + "|".join(names))


def crd_rows(schema, path, keep, rows):
    if path and not kept(path, keep):
        return
    required_row(schema, path, rows)
    kind = schema.get("type")
    rule = ""
    if "enum" in schema and kind == "string":
        rule = "oneOf " + "|".join(str(v) for v in schema["enum"])
    elif schema.get("pattern") == DURATION_PATTERN:
        rule = "duration"
    elif free(schema) or (kind == "array" and free(schema.get("items", {}))):
        rule = "freeKeys"
    if path:
        rows.append(path + ("\t" + rule if rule else ""))
    if rule == "freeKeys":
        return
    if kind == "object" or "properties" in schema:
        for name in schema.get("properties", {}):
            if not path and name in ("metadata", "apiVersion", "kind", "status"):
                continue
            crd_rows(schema["properties"][name], f"{path}.{name}" if path else name, keep, rows)
    elif kind == "array" and "items" in schema:
        items = schema["items"]
        if items.get("type") == "object" or "properties" in items:
            crd_rows_children(items, path + "[]", keep, rows)


def crd_rows_children(schema, path, keep, rows):
    """The members of a list element (the element itself is the list's path)."""
    required_row(schema, path, rows)
    for name in schema.get("properties", {}):
        crd_rows(schema["properties"][name], f"{path}.{name}", keep, rows)


def crd(file, version, keep):
    with open(file) as handle:
        documents = [d for d in yaml.safe_load_all(handle) if d]
    definition = next(d for d in documents if d.get("kind") == "CustomResourceDefinition")
    entry = next(v for v in definition["spec"]["versions"] if v["name"] == version)
    rows = []
    crd_rows(entry["schema"]["openAPIV3Schema"], "", keep, rows)
    group = definition["spec"]["group"]
    kind = definition["spec"]["names"]["kind"]
    return f"{group}/{version}", kind, rows


def botocore(file, operation, keep):
    with open(file) as handle:
        model = json.load(handle)
    shapes = model["shapes"]
    rows = []

    def walk(name, path, seen):
        if path and not kept(path, keep):
            return
        shape = shapes[name]
        kind = shape["type"]
        rule = ""
        if kind == "string" and "enum" in shape:
            rule = "oneOf " + "|".join(shape["enum"])
        elif kind == "map":
            rule = "freeKeys"
        if path:
            rows.append(path + ("\t" + rule if rule else ""))
        if name in seen:
            return
        if kind == "structure" and shape.get("required"):
            rows.append(f"@required {path or '.'} " + "|".join(shape["required"]))
        if kind == "list" and shapes[shape["member"]["shape"]].get("required"):
            rows.append(f"@required {path}[] " + "|".join(shapes[shape["member"]["shape"]]["required"]))
        if kind == "structure":
            for member, target in shape.get("members", {}).items():
                walk(target["shape"], f"{path}.{member}" if path else member, seen | {name})
        elif kind == "list":
            element = shapes[shape["member"]["shape"]]
            if element["type"] == "structure":
                for member, target in element.get("members", {}).items():
                    walk(target["shape"], f"{path}[].{member}", seen | {name, shape["member"]["shape"]})

    walk(model["operations"][operation]["input"]["shape"], "", frozenset())
    return model["metadata"]["apiVersion"], operation, rows


def main(argv):
    if len(argv) < 4 or argv[1] not in ("crd", "botocore"):
        print(__doc__, file=sys.stderr)
        return 64
    keep = []
    rest = argv[4:]
    while rest:
        if rest[0] == "--keep" and len(rest) > 1:
            keep.append(rest[1])
            rest = rest[2:]
        else:
            print(f"unknown argument {rest[0]}", file=sys.stderr)
            return 64
    extract = crd if argv[1] == "crd" else botocore
    api, kind, rows = extract(argv[2], argv[3], keep)
    print(f"# {api} {kind}: {len(rows)} fields")
    sys.stdout.write("".join(row + "\n" for row in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
