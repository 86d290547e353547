"""deploy/: the guard image and the GPU compose file, checked without a Docker engine (none runs here).

The guard config the compose file mounts is loaded by the real ``load_config`` after the README's
``guard keys add`` step; the compose file and Dockerfile are checked for what a broken deployment
would get wrong (health checks, ports, names the two files share, paths that must exist).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import yaml
from serving_stack import REPO, guard_cli

from guard.proxy.config import OpenAIUpstream, load_config

DEPLOY = REPO / "deploy"


def compose() -> dict[str, Any]:
    doc = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    assert isinstance(doc, dict)
    return doc


def default(value: str) -> str:
    """``${NAME:-default}`` -> ``default`` (compose's interpolation, for the defaults this file uses)."""
    return re.sub(r"\$\{[A-Z_]+:-([^}]*)\}", r"\1", value)


def test_deploy_guard_config_loads_after_adding_a_key(tmp_path: Path) -> None:
    shutil.copytree(DEPLOY, tmp_path / "deploy", ignore=shutil.ignore_patterns("keys.yaml"))
    shutil.copytree(REPO / "policies", tmp_path / "policies")
    config = tmp_path / "deploy" / "guard.yaml"
    done = subprocess.run(
        [*guard_cli(), "keys", "add", "my-app", "--config", str(config), "--user", "*"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith("sk-guard-")
    assert (tmp_path / "deploy" / "keys.yaml").is_file()

    settings = load_config(config)
    assert [k.id for k in settings.all_keys()] == ["my-app"]
    assert str(settings.audit.path).startswith("/var/lib/guard/")
    vllm_cmd = " ".join(default(str(arg)) for arg in compose()["services"]["vllm"]["command"])
    adapters = dict(m.split("=", 1) for m in re.findall(r"--lora-modules (\S+)", vllm_cmd))
    served = re.search(r"--served-model-name=(\S+)", vllm_cmd)
    assert served is not None
    for name, alias in settings.models.items():
        up = alias.upstream
        assert isinstance(up, OpenAIUpstream), name
        assert up.base_url == "http://vllm:8000/v1", f"{name}: the compose service is vllm on port 8000"
        assert up.model in {*adapters, served[1]}, f"{name}: {up.model!r} is neither an adapter nor the base model"


def test_compose_wires_the_guard_to_a_healthy_vllm() -> None:
    services = compose()["services"]
    vllm, guard = services["vllm"], services["guard"]
    assert guard["depends_on"]["vllm"]["condition"] == "service_healthy"
    for name, svc in services.items():
        test = " ".join(svc["healthcheck"]["test"])
        assert "urlopen('http://127.0.0.1:" in test, f"{name}: health check should call the service itself"
    assert "8000/health" in " ".join(vllm["healthcheck"]["test"])
    assert "8080/readyz" in " ".join(guard["healthcheck"]["test"])
    assert default(guard["ports"][0]) == "8080:8080"
    assert vllm["environment"]["VLLM_ALLOW_RUNTIME_LORA_UPDATING"] == "True"
    assert "--enable-lora" in vllm["command"]
    assert vllm["deploy"]["resources"]["reservations"]["devices"][0]["capabilities"] == ["gpu"]
    for svc in services.values():
        for volume in svc.get("volumes", []):
            host = volume.split(":")[0]
            if host.startswith("."):
                assert (DEPLOY / host).resolve().is_relative_to(REPO), volume
    mounts = {v.split(":")[1] for v in guard["volumes"]}
    assert {"/srv/guard/deploy/guard.yaml", "/srv/guard/policies"} <= mounts
    assert guard["build"] == {"context": "..", "dockerfile": "Dockerfile"}
    assert (DEPLOY / guard["build"]["context"] / guard["build"]["dockerfile"]).resolve() == REPO / "Dockerfile"


def instructions() -> list[tuple[str, str]]:
    text = (REPO / "Dockerfile").read_text().replace("\\\n", " ")
    rows = [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]
    return [(row.split(None, 1)[0].upper(), row.split(None, 1)[1]) for row in rows]


def test_dockerfile_is_slim_non_root_and_health_checked() -> None:
    steps = instructions()
    froms = [arg for op, arg in steps if op == "FROM"]
    assert froms and all(f.startswith("python:3.11-slim") for f in froms)
    final = steps[max(i for i, (op, _) in enumerate(steps) if op == "FROM") :]
    users = [arg for op, arg in final if op == "USER"]
    assert users and users[-1] not in {"root", "0"}
    assert any(op == "HEALTHCHECK" and "8080/healthz" in arg for op, arg in final)
    assert ("EXPOSE", "8080") in final
    entry = next(arg for op, arg in final if op == "ENTRYPOINT")
    assert '"serve"' in entry and '"8080"' in entry and '"0.0.0.0"' in entry
    for op, arg in steps:
        if op == "COPY" and "--from" not in arg:
            for src in arg.split()[:-1]:
                assert (REPO / src).exists(), f"COPY {src}: not in the repository"
    extras = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    installed = re.findall(r"\[(\w+)\]", next(arg for op, arg in final if op == "RUN" and "pip install" in arg))
    assert installed == ["proxy"] and "proxy" in extras
    assert not any(dep.startswith("torch") for dep in extras["proxy"]), "the guard image should stay torch-free"
