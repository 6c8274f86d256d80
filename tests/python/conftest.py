"""Shared fixtures of kg's Python module tests: the kg binary (KG), the
repository (KG_SOURCE_DIR) for the bundled example, and a helper that runs
kg and returns its stdout bytes. CTest sets the environment
(tests/python/CMakeLists.txt); PYTHONPATH points at <build>/python."""
import os
import subprocess

import pytest


@pytest.fixture(scope="session")
def kg_bin():
    return os.environ["KG"]


@pytest.fixture(scope="session")
def example():
    return os.path.join(os.environ["KG_SOURCE_DIR"], "examples",
                        "xi-foreign-policy.txt")


@pytest.fixture(scope="session")
def run_kg(kg_bin):
    def run(*args, ok=True):
        r = subprocess.run([kg_bin, *args], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
        if ok:
            assert r.returncode == 0, r.stderr.decode()
        return r
    return run


def dumps_lines(triples):
    """Triples serialized as `kg extract` writes them."""
    import json
    return "".join(json.dumps(t, ensure_ascii=False, separators=(",", ":"))
                   + "\n" for t in triples).encode("utf-8")
