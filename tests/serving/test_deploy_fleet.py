"""deploy/compose.fleet.yaml, deploy/haproxy.cfg and deploy/k8s/, checked without Docker or Kubernetes.

No container engine or cluster runs here, so these files are cross-checked instead: the guard configs
load through the real ``load_config`` (after a real ``guard keys add``), every environment variable a
config names is set by the compose file or the Secret, every file a config reads is mounted where the
config looks for it, the load balancer and the probes name the real services and ports, and the probe
paths are asked of a real ``guard serve`` on loopback (ready with a live upstream, 503 without one).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from serving_stack import REPO, guard_cli
from test_deploy import compose, default

from guard.proxy.config import GuardSettings, OpenAIUpstream, load_config
from guard.stores.settings import PolicyPageSettings, StoreConfigError

sys.path.insert(0, str(REPO / "tests" / "proxy"))
from real_stack import free_port, guard, upstream

DEPLOY = REPO / "deploy"
K8S = DEPLOY / "k8s"
REPLICAS = ("guard-a", "guard-b")


def fleet() -> dict[str, Any]:
    doc = yaml.safe_load((DEPLOY / "compose.fleet.yaml").read_text())
    assert isinstance(doc, dict)
    return doc


def k8s(name: str) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all((K8S / name).read_text()) if d]


def k8s_object(name: str, kind: str, obj: str) -> dict[str, Any]:
    (found,) = [d for d in k8s(name) if d["kind"] == kind and d["metadata"]["name"] == obj]
    return found


def add_key(config: Path) -> None:
    done = subprocess.run(
        [*guard_cli(), "keys", "add", "my-app", "--config", str(config), "--user", "*"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith("sk-guard-")


def vllm_names(args: list[str]) -> set[str]:
    """Model names a vLLM command line serves: --served-model-name and every --lora-modules name."""
    line = " ".join(default(str(a)) for a in args)
    served = re.findall(r"--served-model-name[= ](\S+)", line)
    adapters = [m.split("=", 1)[0] for m in re.findall(r"--lora-modules (\S+)", line)]
    return {*served, *adapters}


def check_upstreams(settings: GuardSettings, host: str, port: int, served: set[str]) -> None:
    for name, alias in settings.models.items():
        up = alias.upstream
        assert isinstance(up, OpenAIUpstream), name
        assert up.base_url == f"http://{host}:{port}/v1", name
        assert up.model in served, f"{name}: {up.model!r} is not served by vLLM ({sorted(served)})"


# --- compose.fleet.yaml --------------------------------------------------------------------------------


def test_fleet_config_loads_with_postgres_stores_and_compose_sets_its_variables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(DEPLOY, tmp_path / "deploy", ignore=shutil.ignore_patterns("keys.yaml"))
    shutil.copytree(REPO / "policies", tmp_path / "policies")
    config = tmp_path / "deploy" / "guard-fleet.yaml"
    add_key(config)
    settings = load_config(config)
    assert [k.id for k in settings.all_keys()] == ["my-app"]
    assert settings.policy_store.kind == "postgres" and settings.audit.kind == "postgres"

    services = fleet()["services"]
    for name in (*REPLICAS, "db-init"):
        env = services[name]["environment"]
        for var in (settings.policy_store.dsn_env, settings.audit.dsn_env, settings.policy_page.secret_env):
            assert var in env, f"{name}: the config reads ${var}, which the compose file does not set"
        assert env["GUARD_CONFIG"] == "/srv/guard/deploy/guard-fleet.yaml"
    env = services["guard-a"]["environment"]
    monkeypatch.setenv("GUARD_DATABASE_URL", env["GUARD_DATABASE_URL"])
    dsn = settings.policy_store.resolve_dsn("policy_store")
    db = services["postgres"]["environment"]
    assert dsn == f"postgresql://{db['POSTGRES_USER']}@postgres:5432/{db['POSTGRES_DB']}"
    assert env["PGPASSWORD"] == db["POSTGRES_PASSWORD"], "the guard's password is the database's"
    assert env["PGPASSWORD"].startswith("${GUARD_DB_PASSWORD:?"), "no default password"
    assert env["GUARD_PAGE_SECRET"].startswith("${GUARD_PAGE_SECRET:?"), "no default page secret"

    vllm = compose()["services"]["vllm"]
    assert services["vllm"] == {"extends": {"file": "compose.yaml", "service": "vllm"}}
    check_upstreams(settings, "vllm", 8000, vllm_names(vllm["command"]))


def test_fleet_mounts_every_file_the_config_reads_where_it_looks() -> None:
    services = fleet()["services"]
    for name in (*REPLICAS, "db-init"):
        svc = services[name]
        mounts = {v.split(":")[1]: v.split(":")[0] for v in svc["volumes"]}
        for host in mounts.values():
            assert (DEPLOY / host).resolve().is_relative_to(REPO), host
        config_at = Path(svc["environment"]["GUARD_CONFIG"])
        assert mounts[str(config_at)] == "./guard-fleet.yaml"
        doc = yaml.safe_load((DEPLOY / "guard-fleet.yaml").read_text())
        for field in ("operator", "keys_file"):
            target = str((config_at.parent / doc[field]).resolve())
            assert target in mounts, f"{name}: {field} {target} is not mounted"
            assert (DEPLOY / mounts[target]).resolve() == (DEPLOY / doc[field]).resolve(), field
        assert svc["read_only"] is True and svc["build"] == {"context": "..", "dockerfile": "Dockerfile"}
        assert "ports" not in svc, f"{name}: replicas are reached through the load balancer only"


def test_fleet_order_health_checks_and_load_balancer() -> None:
    services = fleet()["services"]
    assert set(services) == {"postgres", "db-init", *REPLICAS, "lb", "vllm"}
    init = services["db-init"]
    assert init["entrypoint"] == ["guard", "db", "upgrade", "--dsn-env", "GUARD_DATABASE_URL"]
    assert init["depends_on"] == {"postgres": {"condition": "service_healthy"}}
    assert init["restart"] == "no"
    assert "pg_isready" in services["postgres"]["healthcheck"]["test"]
    for name in REPLICAS:
        svc = services[name]
        assert svc["depends_on"]["db-init"]["condition"] == "service_completed_successfully"
        assert svc["depends_on"]["vllm"]["condition"] == "service_healthy"
        assert "urlopen('http://127.0.0.1:8080/readyz'" in " ".join(svc["healthcheck"]["test"])
        assert svc["expose"] == ["8080"]

    lb = services["lb"]
    assert lb["image"].startswith("haproxy:")
    assert default(lb["ports"][0]) == "8080:8080"
    assert lb["volumes"] == ["./haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro"]
    cfg = (DEPLOY / "haproxy.cfg").read_text()
    lines = [line.split("#")[0].strip() for line in cfg.splitlines()]
    assert "bind :8080" in lines
    assert "option httpchk GET /readyz" in lines and "http-check expect status 200" in lines
    servers = [line.split() for line in lines if line.startswith("server ")]
    assert [(s[1], s[2]) for s in servers] == [(n, f"{n}:8080") for n in REPLICAS]
    assert all("check" in s[3:] for s in servers)
    monitor = next(line.split()[1] for line in lines if line.startswith("monitor-uri "))
    assert f"GET {monitor} HTTP/1.0" in " ".join(lb["healthcheck"]["test"])
    assert "/dev/tcp/127.0.0.1/8080" in " ".join(lb["healthcheck"]["test"])


# --- deploy/k8s ----------------------------------------------------------------------------------------


def k8s_config(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """The ConfigMap's files written where the pod mounts them, container paths mapped into ``tmp_path``."""
    pod = k8s_object("guard.yaml", "Deployment", "guard")["spec"]["template"]["spec"]
    mounts = {m["name"]: m["mountPath"] for m in pod["containers"][0]["volumeMounts"]}
    mapped = {path: str(tmp_path / name) for name, path in mounts.items()}
    data = k8s_object("configmap.yaml", "ConfigMap", "guard-config")["data"]
    (tmp_path / "config").mkdir()
    mount = re.compile("|".join(re.escape(p) for p in sorted(mapped, key=len, reverse=True)) + r"(?=/|\s|$)")
    for file, text in data.items():
        (tmp_path / "config" / file).write_text(mount.sub(lambda m: mapped[m[0]], text))
    (tmp_path / "keys").mkdir()
    return tmp_path / "config" / "guard.yaml", mapped


def test_k8s_config_loads_and_reads_only_mounted_files_and_secret_variables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config, mapped = k8s_config(tmp_path)
    add_key(config)
    settings = load_config(config)
    assert settings.keys_file is not None and settings.keys_file.parent == Path(mapped["/srv/guard/keys"])
    assert Path(str(settings.operator)).parent == Path(mapped["/srv/guard/config"])
    operator_doc = yaml.safe_load(Path(str(settings.operator)).read_text())
    assert operator_doc == yaml.safe_load((REPO / "policies" / "operator.yaml").read_text())

    secret = k8s_object("secret.example.yaml", "Secret", "guard-db")["stringData"]
    for var in (settings.policy_store.dsn_env, settings.audit.dsn_env, settings.policy_page.secret_env):
        assert var in secret, f"the config reads ${var}, which the Secret guard-db does not hold"
    monkeypatch.setenv("GUARD_DATABASE_URL", secret["GUARD_DATABASE_URL"])
    assert settings.policy_store.resolve_dsn("policy_store").startswith("postgresql://guard@")
    assert ":" not in secret["GUARD_DATABASE_URL"].split("//", 1)[1].split("@")[0], "no password in the DSN"
    monkeypatch.setenv("GUARD_PAGE_SECRET", secret["GUARD_PAGE_SECRET"])
    with pytest.raises(StoreConfigError, match="at least 32 characters"):
        PolicyPageSettings(secret_env="GUARD_PAGE_SECRET").secret()  # the placeholder cannot be deployed
    keys_secret = k8s_object("secret.example.yaml", "Secret", "guard-keys")["stringData"]
    assert yaml.safe_load(keys_secret["keys.yaml"]) == {"keys": []}

    vllm = k8s_object("vllm.yaml", "Deployment", "vllm")["spec"]["template"]["spec"]["containers"][0]
    service = k8s_object("vllm.yaml", "Service", "vllm")["spec"]["ports"][0]
    assert service["targetPort"] == vllm["ports"][0]["name"]
    assert vllm["ports"][0]["containerPort"] == service["port"] == 8000
    check_upstreams(settings, "vllm", service["port"], vllm_names(vllm["args"]))
    assert vllm["resources"]["limits"]["nvidia.com/gpu"] == 1
    assert vllm["image"] == default(compose()["services"]["vllm"]["image"])


def test_k8s_deployment_wiring() -> None:
    deployment = k8s_object("guard.yaml", "Deployment", "guard")
    pod = deployment["spec"]["template"]["spec"]
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert deployment["spec"]["selector"]["matchLabels"] == labels
    assert deployment["spec"]["replicas"] >= 2
    (container,) = pod["containers"]
    (init,) = pod["initContainers"]
    assert init["command"] == ["guard", "db", "upgrade", "--dsn-env", "GUARD_DATABASE_URL"]
    assert init["image"] == container["image"] and init["envFrom"] == container["envFrom"]
    assert container["envFrom"] == [{"secretRef": {"name": "guard-db"}}]

    volumes = {v["name"]: v for v in pod["volumes"]}
    assert volumes["config"]["configMap"]["name"] == "guard-config"
    assert volumes["keys"]["secret"]["secretName"] == "guard-keys"
    mounts = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
    assert set(mounts) == set(volumes)
    (config_arg,) = [a for a in container["args"] if a.startswith("/")]
    assert container["args"] == ["--config", config_arg]
    data = k8s_object("configmap.yaml", "ConfigMap", "guard-config")["data"]
    assert Path(config_arg).parent == Path(mounts["config"]) and Path(config_arg).name in data

    port = container["ports"][0]
    assert port == {"name": "http", "containerPort": 8080}
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
    uid = re.search(r"useradd --system --uid (\d+)", (REPO / "Dockerfile").read_text())
    assert uid is not None and pod["securityContext"]["runAsUser"] == int(uid[1])
    assert container["securityContext"]["readOnlyRootFilesystem"] is True

    service = k8s_object("guard.yaml", "Service", "guard")["spec"]
    assert service["selector"] == labels and service["ports"][0]["targetPort"] == "http"
    kustomize = yaml.safe_load((K8S / "kustomization.yaml").read_text())
    assert sorted(kustomize["resources"]) == ["configmap.yaml", "guard.yaml", "vllm.yaml"], "no example secret"
    for name in kustomize["resources"]:
        for doc in k8s(name):
            assert {"apiVersion", "kind", "metadata"} <= set(doc), f"{name}: {doc.get('kind')}"
    claims = {d["metadata"]["name"] for d in k8s("vllm.yaml") if d["kind"] == "PersistentVolumeClaim"}
    vllm_pod = k8s_object("vllm.yaml", "Deployment", "vllm")["spec"]["template"]["spec"]
    used = {v["persistentVolumeClaim"]["claimName"] for v in vllm_pod["volumes"] if "persistentVolumeClaim" in v}
    assert used == claims


# --- the probe paths against a real guard ---------------------------------------------------------------


def probe_paths() -> set[str]:
    """Every guard path a health check, probe or load balancer of deploy/ asks."""
    paths: set[str] = set()
    for svc in (*fleet()["services"].values(), compose()["services"]["guard"]):
        test = " ".join(svc.get("healthcheck", {}).get("test", []))
        paths |= set(re.findall(r"127\.0\.0\.1:8080(/[a-z]+)", test))
    paths |= set(re.findall(r"httpchk GET (\S+)", (DEPLOY / "haproxy.cfg").read_text()))
    container = k8s_object("guard.yaml", "Deployment", "guard")["spec"]["template"]["spec"]["containers"][0]
    paths |= {container[p]["httpGet"]["path"] for p in ("readinessProbe", "livenessProbe")}
    return paths


def test_probe_paths_answer_on_a_real_guard(tmp_path: Path) -> None:
    paths = probe_paths()
    assert paths == {"/readyz", "/healthz"}
    shutil.copytree(REPO / "policies", tmp_path / "policies")
    doc = yaml.safe_load((DEPLOY / "guard-fleet.yaml").read_text())
    up = free_port()
    for alias in doc["models"].values():
        alias["upstream"]["base_url"] = f"http://127.0.0.1:{up}/v1"
    for field in ("policy_store", "policy_page"):
        doc.pop(field)  # the embedded stores: no database here, the routes are the same
    doc["audit"] = {"path": "audit.sqlite"}
    doc["readiness_cache_s"] = 0
    (tmp_path / "deploy").mkdir()
    config = tmp_path / "deploy" / "guard.yaml"
    config.write_text(yaml.safe_dump(doc))
    add_key(config)
    port = free_port()
    with guard(config, port):
        with upstream(tmp_path, up):
            for path in sorted(paths):
                r = httpx.get(f"http://127.0.0.1:{port}{path}", timeout=10)
                assert r.status_code == 200, (path, r.text)
        deadline = time.monotonic() + 10
        while (r := httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=10)).status_code == 200:
            assert time.monotonic() < deadline, "/readyz stayed ready with the upstream gone"
            time.sleep(0.2)
        assert r.status_code == 503 and r.json()["ready"] is False
        assert httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=10).status_code == 200
