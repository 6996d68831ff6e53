#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The dependency rules of DESIGN.md ("Architecture"), checked on the #include lines of src/.

Usage: check_layering.py [SRC_DIR]         check a tree (default: ../src beside this file); exit 1 on a violation
       check_layering.py --self-test       plant one violation per rule in a scratch tree and expect each reported

Every violation is printed as FILE:LINE: RULE: includes "HEADER". Include paths are resolved as the build resolves
them: relative to the including file's folder, then to src/core/, then to src/.
"""
import os
import re
import sys
import tempfile

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
BACKEND_IMPLEMENTATIONS = ("core/net", "core/v2", "core/v3", "core/cache")


def layer_of(relpath):
    """'core/model/clickstore.h' -> 'core/model'; 'core/appinfo.h' -> 'core'; 'gui/mainwindow.h' -> 'gui'."""
    parts = relpath.split("/")
    if parts[0] == "core":
        return "core/" + parts[1] if len(parts) > 2 else "core"
    return parts[0]


def resolve(src, including, header):
    """The path under src/ of an included header, or None for one that is not ours (generated, Qt, ...)."""
    candidates = [os.path.join(os.path.dirname(including), header), os.path.join("core", header), header]
    for c in candidates:
        c = os.path.normpath(c)
        if os.path.isfile(os.path.join(src, c)):
            return c.replace(os.sep, "/")
    return None


# Each rule: (name, applies to including layer, forbids included layer). Layers are compared as strings.
def rules():
    def only(allowed):
        return lambda target: target not in allowed

    return [
        ("domain/ depends on nothing of ours",
         lambda l: l == "core/domain", only({"core/domain"})),
        ("model/ depends only on domain/",
         lambda l: l == "core/model", only({"core/domain", "core/model"})),
        ("v2/ never includes v3/", lambda l: l == "core/v2", lambda t: t == "core/v3"),
        ("v3/ never includes v2/", lambda l: l == "core/v3", lambda t: t == "core/v2"),
        ("only BackendFactory names v2/ and v3/",
         lambda l: l not in ("core/v2", "core/v3"), lambda t: t in ("core/v2", "core/v3")),
        ("gui/ does not use the sandbox (the app starts the demo)", lambda l: l == "gui", lambda t: t == "sandbox"),
        ("the sandbox shares no code with the client (it is the client's judge)",
         lambda l: l == "sandbox", lambda t: t != "sandbox"),
        ("the client libraries do not include the sandbox",
         lambda l: l == "core" or l.startswith("core/") or l == "gui", lambda t: t == "sandbox"),
        ("core does not include gui/, app/ or cli/",
         lambda l: l == "core" or l.startswith("core/"), lambda t: t in ("gui", "app", "cli")),
        ("gui/ and cli/ reach a backend only through backend/ and session/",
         lambda l: l in ("gui", "cli"), lambda t: t in BACKEND_IMPLEMENTATIONS),
    ]


def check(src, rule_list):
    violations = []
    for root, _, files in os.walk(src):
        for name in sorted(files):
            if not name.endswith((".h", ".cpp")):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, src).replace(os.sep, "/")
            layer = layer_of(rel)
            with open(path, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    m = INCLUDE.match(line)
                    if not m:
                        continue
                    target = resolve(src, rel, m.group(1))
                    if target is None:
                        continue
                    target_layer = layer_of(target)
                    for rule, applies, forbids in rule_list:
                        if rule.startswith("only BackendFactory") and re.fullmatch(
                                r"core/backend/backendfactory\.(h|cpp)", rel):
                            continue
                        if applies(layer) and forbids(target_layer):
                            violations.append(f'src/{rel}:{number}: {rule}: includes "{m.group(1)}"')
    return violations


def check_cmake(src):
    """gui/ must not link the sandbox either."""
    path = os.path.join(src, "gui", "CMakeLists.txt")
    found = []
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if "clickscope_sandbox" in line and not line.lstrip().startswith("#"):
                    found.append(f"src/gui/CMakeLists.txt:{number}: gui/ does not use the sandbox: links clickscope_sandbox")
    return found


def self_test():
    planted = {
        "core/domain/a.h": '#include "model/b.h"\n',
        "core/model/b.h": '#include "net/c.h"\n',
        "core/net/c.h": "\n",
        "core/v2/d.h": '#include "v3/e.h"\n',
        "core/v3/e.h": '#include "v2/d.h"\n',
        "core/session/f.cpp": '#include "v2/d.h"\n',
        "core/backend/trackingbackend.h": '#include "v3/e.h"\n',
        "core/backend/backendfactory.cpp": '#include "v2/d.h"\n#include "v3/e.h"\n',
        "gui/g.cpp": '#include "sandbox/h.h"\n',
        "sandbox/h.h": '#include "domain/a.h"\n',
        "core/i.cpp": '#include "gui/g.h"\n',
        "gui/g.h": "\n",
        "cli/j.cpp": '#include "net/c.h"\n',
        "gui/k.cpp": '#include "v2/d.h"\n',
    }
    expected = {
        ("core/domain/a.h", "domain/ depends on nothing of ours"),
        ("core/model/b.h", "model/ depends only on domain/"),
        ("core/v2/d.h", "v2/ never includes v3/"),
        ("core/v3/e.h", "v3/ never includes v2/"),
        ("core/session/f.cpp", "only BackendFactory names v2/ and v3/"),
        ("core/backend/trackingbackend.h", "only BackendFactory names v2/ and v3/"),
        ("gui/g.cpp", "gui/ does not use the sandbox (the app starts the demo)"),
        ("sandbox/h.h", "the sandbox shares no code with the client (it is the client's judge)"),
        ("core/i.cpp", "core does not include gui/, app/ or cli/"),
        ("cli/j.cpp", "gui/ and cli/ reach a backend only through backend/ and session/"),
        ("gui/k.cpp", "gui/ and cli/ reach a backend only through backend/ and session/"),
    }
    with tempfile.TemporaryDirectory() as scratch:
        for rel, text in planted.items():
            os.makedirs(os.path.join(scratch, os.path.dirname(rel)), exist_ok=True)
            with open(os.path.join(scratch, rel), "w", encoding="utf-8") as f:
                f.write(text)
        with open(os.path.join(scratch, "gui", "CMakeLists.txt"), "w", encoding="utf-8") as f:
            f.write("target_link_libraries(clickscope_gui PUBLIC clickscope_core clickscope_sandbox)\n")
        found = check(scratch, rules()) + check_cmake(scratch)
    reported = {(v.split(":")[0][len("src/"):], v.split(": ")[1]) for v in found}
    missing = expected - reported
    if any(v.startswith("src/core/backend/backendfactory.cpp") for v in found):
        missing.add(("core/backend/backendfactory.cpp", "reported although BackendFactory may name v2/ and v3/"))
        print("self-test: BackendFactory was reported for naming v2/ and v3/")
    for rel, rule in sorted(missing):
        print(f"self-test: the violation planted in {rel} was not reported ({rule})")
    if not any("links clickscope_sandbox" in v for v in found):
        missing.add(("gui/CMakeLists.txt", "link"))
        print("self-test: gui/ linking the sandbox was not reported")
    print(f"self-test: {len(expected) + 1 - len(missing)} of {len(expected) + 1} planted violations reported")
    return 1 if missing else 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
    violations = check(src, rules()) + check_cmake(src)
    for v in violations:
        print(v)
    print(f"layering: {len(rules()) + 1} rules, {len(violations)} violations")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
