"""What kg-dask's tests share: the programs under test (from CTest's
environment), running them, a real Dask scheduler and workers on
localhost that are always killed at the end, and exact comparisons.

Environment (tests/dask/CMakeLists.txt): KG (the kg binary), KG_DASK
(python/kg-dask), KG_EXAMPLE (examples/xi-foreign-policy.txt), PYTHONPATH
(<build>/python, for the module and the workers).
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time

KG = os.environ["KG"]
KG_DASK = os.environ["KG_DASK"]
EXAMPLE = os.environ["KG_EXAMPLE"]
SKIP = 77  # CTest's SKIP_RETURN_CODE


def require_distributed():
    try:
        import distributed  # noqa: F401
    except ImportError:
        print("skipped: Dask's distributed is not installed "
              "(Debian: python3-distributed)")
        sys.exit(SKIP)


class Failed(Exception):
    pass


def check(cond, what):
    if not cond:
        raise Failed(what)


def run(cmd, cwd, expect=0):
    """Runs a command; returns (stdout bytes, stderr text, seconds)."""
    started = time.monotonic()
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    seconds = time.monotonic() - started
    err = p.stderr.decode("utf-8", "replace")
    if expect is not None and p.returncode != expect:
        raise Failed(f"{' '.join(cmd)}: exit {p.returncode}, want {expect}\n"
                     f"{err}")
    return p.stdout, err, seconds


def read(path):
    with open(path, "rb") as f:
        return f.read()


def same_bytes(a, b, what):
    x, y = read(a), read(b)
    if x != y:
        at = next((i for i, (p, q) in enumerate(zip(x, y)) if p != q),
                  min(len(x), len(y)))
        raise Failed(f"{what}: {a} ({len(x)} bytes) and {b} ({len(y)} bytes) "
                     f"differ at byte {at}")
    return len(x)


def shard_files(work_dir):
    """The shard files written (not their reports), name -> mtime_ns."""
    out = {}
    if not os.path.isdir(work_dir):
        return out
    for name in os.listdir(work_dir):
        if name.endswith(".jsonl"):
            out[name] = os.stat(os.path.join(work_dir, name)).st_mtime_ns
    return out


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _dask_command(what):
    dask = shutil.which("dask", path="/usr/bin:" + os.environ.get("PATH", ""))
    if dask:
        return [dask, what]
    return [sys.executable, "-m", f"distributed.cli.dask_{what}"]


class LocalDask:
    """A `dask scheduler` and `dask worker` processes on 127.0.0.1, each in
    its own session, all SIGKILLed by close() (use as a context manager)."""

    def __init__(self, scratch):
        self.scratch = scratch
        self.port = _free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.workers = {}
        self._procs = []
        self._logs = []

    def _start(self, cmd, log_name):
        log = open(os.path.join(self.scratch, log_name), "wb")
        self._logs.append(log)
        p = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT,
                             stdin=subprocess.DEVNULL, start_new_session=True)
        self._procs.append(p)
        return p

    def start_scheduler(self):
        self.scheduler = self._start(
            _dask_command("scheduler") + [
                "--host", "127.0.0.1", "--port", str(self.port),
                "--no-dashboard"], "scheduler.log")

    def start_worker(self, name):
        # No nanny: the worker is one process, which a test can kill.
        local = os.path.join(self.scratch, f"worker-{name}")
        os.makedirs(local, exist_ok=True)
        self.workers[name] = self._start(
            _dask_command("worker") + [
                self.address, "--nthreads", "1", "--no-nanny",
                "--no-dashboard", "--name", name, "--local-directory", local],
            f"worker-{name}.log")

    def wait_for_workers(self, n, timeout=60):
        from distributed import Client
        with Client(self.address, timeout=f"{timeout}s") as client:
            client.wait_for_workers(n, timeout=timeout)
            return sorted(w["name"] for w in
                          client.scheduler_info()["workers"].values())

    def scheduler_log(self):
        with open(os.path.join(self.scratch, "scheduler.log"),
                  encoding="utf-8", errors="replace") as f:
            return f.read()

    def kill_worker(self, name):
        p = self.workers.pop(name)
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()

    def close(self):
        for p in self._procs:
            if p.poll() is None:
                try:
                    os.killpg(p.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                p.wait()
        for log in self._logs:
            log.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def main(body):
    """Runs body(), prints the failure and exits 1 if it raises Failed."""
    require_distributed()
    try:
        body()
    except Failed as e:
        print(f"FAILED: {e}")
        sys.exit(1)
    print("PASSED")
