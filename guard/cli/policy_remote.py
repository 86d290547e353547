"""``guard policy push|pull``: a user's policy to and from a running guard, through the policy API.

Both need an admin key (``--key-env``, default ``GUARD_ADMIN_KEY``) and the guard's URL (``--url``,
default ``GUARD_URL``). ``push`` creates a policy, or changes one only with ``--if-match VERSION``
(what ``pull`` printed) or ``--overwrite``: a push never silently undoes someone else's change.
"""

from __future__ import annotations

import os
from pathlib import Path

import typer

from guard.cli.console import EXIT_CHECK_FAILED, EXIT_USAGE, fail, say, warn

UrlOption = typer.Option(
    "http://127.0.0.1:8080", "--url", envvar="GUARD_URL", metavar="URL", help="The guard's base URL."
)
KeyEnvOption = typer.Option(
    "GUARD_ADMIN_KEY", "--key-env", metavar="VAR", help="Environment variable holding an admin API key."
)


def _key(key_env: str) -> str:
    key = os.environ.get(key_env, "")
    if not key:
        fail(f"--key-env: environment variable {key_env} is not set; put an admin key (admin: true) there", EXIT_USAGE)
    return key


def _problem(resp: object) -> str:
    import httpx

    assert isinstance(resp, httpx.Response)
    try:
        err = resp.json().get("error", {})
    except ValueError:
        return f"HTTP {resp.status_code}"
    for line in err.get("problems", [])[1:]:
        warn(str(line))
    return f"HTTP {resp.status_code}: {err.get('problems', [err.get('message', '')])[0]}"


def push(
    file: Path = typer.Argument(..., help="A policy YAML or JSON file.", show_default=False, metavar="FILE"),
    user: str | None = typer.Option(None, "--user", "-u", metavar="USER", help="Default: the file name (alice.yaml)."),
    if_match: str | None = typer.Option(None, "--if-match", metavar="VERSION", help="Change only this version."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace whatever version is stored."),
    url: str = UrlOption,
    key_env: str = KeyEnvOption,
) -> None:
    """Store a user's policy in the guard's policy store (validated there like `guard policy check`)."""
    import httpx

    from guard.files import FileRefused, read_bytes
    from guard.policy import user_for_file
    from guard.policy.problems import POLICY_MAX_BYTES

    try:
        body = read_bytes(file, kind="policy", max_bytes=POLICY_MAX_BYTES)
    except FileRefused as exc:
        fail(str(exc), EXIT_USAGE)
    name = user or user_for_file(file)
    headers = {"authorization": f"Bearer {_key(key_env)}", "content-type": "application/yaml"}
    endpoint = f"{url.rstrip('/')}/v1/guard/policies/{name}"
    try:
        with httpx.Client(timeout=30) as client:
            if overwrite and if_match is None:
                current = client.get(endpoint, headers=headers)
                if current.status_code == 200:
                    if_match = current.headers.get("etag", "").strip('"')
                elif current.status_code != 404:
                    fail(_problem(current), EXIT_USAGE)
            if if_match:
                headers["if-match"] = f'"{if_match}"'
            resp = client.put(endpoint, content=body, headers=headers)
    except httpx.HTTPError as exc:
        fail(f"--url {url}: {type(exc).__name__}: {exc}", EXIT_USAGE)
    if resp.status_code in (200, 201):
        say(f"{'created' if resp.status_code == 201 else 'updated'} {name}: version {resp.json()['version']}")
        return
    if resp.status_code == 428:
        fail(f"{name} already has a policy; pull it and push with --if-match VERSION (or --overwrite)", EXIT_USAGE)
    # 422: the guard checked the policy and it failed (as `guard policy check` would); anything else is an error
    fail(_problem(resp), EXIT_CHECK_FAILED if resp.status_code == 422 else EXIT_USAGE)


def pull(
    user: str = typer.Argument(..., help="The end user.", show_default=False, metavar="USER"),
    out_file: Path | None = typer.Option(None, "--out", "-o", metavar="FILE", help="Default: USER.yaml here."),
    url: str = UrlOption,
    key_env: str = KeyEnvOption,
) -> None:
    """Fetch a user's stored policy into a file and print its version (for push --if-match)."""
    import httpx

    from guard.files import atomic_write

    headers = {"authorization": f"Bearer {_key(key_env)}"}
    try:
        resp = httpx.get(f"{url.rstrip('/')}/v1/guard/policies/{user}", headers=headers, timeout=30)
    except httpx.HTTPError as exc:
        fail(f"--url {url}: {type(exc).__name__}: {exc}", EXIT_USAGE)
    if resp.status_code != 200:
        fail(_problem(resp), EXIT_USAGE)
    target = out_file or Path(f"{user}.yaml")
    atomic_write(target, resp.content, mode=0o644)
    say(f"wrote {target}: {user} version {resp.headers.get('etag', '').strip(chr(34))}")


def register(policy_app: typer.Typer) -> None:
    """Add ``push`` and ``pull`` to the ``guard policy`` group."""
    policy_app.command("push")(push)
    policy_app.command("pull")(pull)
