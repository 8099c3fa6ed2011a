"""Run the benchmarks and write bench/results.json and bench/results.md.

    .venv/bin/python bench/run.py [--quick] [--only NAME]

Every ``bench/bench_*.py`` module has ``run(quick: bool) -> dict``. Each runs in a Python process
of its own, so each can set up Django its own way (its own temporary database, say). A benchmark
reports numbers and never fails on them; the runner exits non-zero only when a benchmark crashed.

A benchmark's result is a dict with at least ``title`` and ``metrics`` (a list of
``{"name", "value", "unit"}``), and optionally ``data`` (what it ran on) and ``notes``.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import importlib.util
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
RESULTS_JSON = BENCH_DIR / "results.json"
RESULTS_MD = BENCH_DIR / "results.md"


def main() -> int:
    parser = argparse.ArgumentParser(description="Kota Cerdas benchmarks")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke run)")
    parser.add_argument("--only", help="run only bench_<ONLY>.py")
    parser.add_argument("--child", help=argparse.SUPPRESS)  # internal: run one module, in-process
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return run_child(args.child, quick=args.quick, out=Path(args.out))

    modules = sorted(BENCH_DIR.glob("bench_*.py"))
    if args.only:
        modules = [m for m in modules if m.stem in (args.only, f"bench_{args.only}")]
    results = {
        "machine": machine_facts(),
        "quick": args.quick,
        "benchmarks": {},
    }
    crashed = False
    for module in modules:
        print(f"== {module.stem} ...", flush=True)
        started = time.perf_counter()
        result = run_in_child(module, quick=args.quick)
        result.setdefault("wall_s", round(time.perf_counter() - started, 2))
        results["benchmarks"][module.stem] = result
        crashed = crashed or "error" in result
        for line in metric_lines(result):
            print(f"   {line}")
    RESULTS_JSON.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    RESULTS_MD.write_text(markdown(results))
    print(f"Wrote {RESULTS_JSON.relative_to(REPO_DIR)} and {RESULTS_MD.relative_to(REPO_DIR)}")
    return 1 if crashed else 0


def run_in_child(module: Path, *, quick: bool) -> dict:
    """Run one benchmark module in a fresh interpreter; its result, or ``{"error": ...}``."""
    env = dict(os.environ)
    env.setdefault("SECRET_KEY", "bench-only-secret-key-not-for-production-0123456789")
    env["KOTACERDAS_ENV_FILE"] = os.devnull  # a developer's .env never changes the numbers
    env.setdefault("DJANGO_SETTINGS_MODULE", "kotacerdas.settings")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        command = [sys.executable, __file__, "--child", str(module), "--out", str(out)]
        if quick:
            command.append("--quick")
        finished = subprocess.run(command, cwd=REPO_DIR, env=env, capture_output=True, text=True)
        if finished.returncode != 0 or not out.exists():
            tail = (finished.stderr or finished.stdout).strip().splitlines()[-15:]
            print("\n".join(tail), file=sys.stderr)
            return {"title": module.stem, "metrics": [], "error": "\n".join(tail)}
        return json.loads(out.read_text())


def run_child(path: str, *, quick: bool, out: Path) -> int:
    sys.path.insert(0, str(REPO_DIR))
    spec = importlib.util.spec_from_file_location(Path(path).stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.run(quick)
    out.write_text(json.dumps(result, ensure_ascii=False, default=str))
    return 0


def machine_facts() -> dict:
    return {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "cores": os.cpu_count(),
        "memory_gb": memory_gb(),
        "cpu": cpu_model(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "django": package_version("django"),
        "sqlite": sqlite3.sqlite_version,
    }


def memory_gb() -> float | None:
    try:
        pages, page_size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None
    return round(pages * page_size / 1024**3, 1)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def metric_lines(result: dict) -> list[str]:
    if "error" in result:
        return ["CRASHED (see stderr above)"]
    return [f"{m['name']}: {m['value']} {m.get('unit', '')}".rstrip() for m in result["metrics"]]


def markdown(results: dict) -> str:
    machine = results["machine"]
    lines = [
        "# Benchmark results",
        "",
        "Written by `bench/run.py`"
        + (" with `--quick` (fewer runs)." if results["quick"] else "."),
        "See `bench/README.md` for how to read them. Numbers are informative, not pass/fail.",
        "",
        "| machine | |",
        "| --- | --- |",
    ]
    lines += [f"| {key} | {value} |" for key, value in machine.items()]
    for name, result in results["benchmarks"].items():
        lines += ["", f"## {result.get('title', name)}", "", f"Module: `bench/{name}.py`."]
        if result.get("data"):
            lines.append(f"Data: {result['data']}.")
        if "error" in result:
            lines += ["", "**Crashed:**", "", "```", result["error"], "```"]
            continue
        lines += ["", "| metric | value | unit |", "| --- | ---: | --- |"]
        lines += [
            f"| {m['name']} | {m['value']} | {m.get('unit', '')} |" for m in result["metrics"]
        ]
        for note in result.get("notes", []):
            lines.append(f"\n{note}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
