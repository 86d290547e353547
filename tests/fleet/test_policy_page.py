"""The end-user policy page in a real headless Chromium, served by a real `guard serve`.

The app mints a link through the admin API; the user searches the taxonomy (keyboard only), marks a
category private, sees exactly what the model will be told in a scenario, and saves; the change lands
in the policy store with the same validation. A screenshot is kept under the test's temp folder (and
copied to ``$GUARD_TEST_ARTIFACTS`` when set, e.g. by CI).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cdp import chromium, find_chromium
from fleet_stack import ADMIN, PAGE_SECRET, free_port, replica, upstream, write_config

from guard.policy import OperatorSettings, parse_policy
from guard.prompt import render_resolved
from guard.proxy.policy_api import mint_token, verify_token

# CI sets GUARD_REQUIRE_BROWSER=1: there a missing browser fails these tests instead of skipping them.
REQUIRE_BROWSER = os.environ.get("GUARD_REQUIRE_BROWSER") == "1"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        find_chromium() is None and not REQUIRE_BROWSER, reason="no chromium binary (Debian: apt-get install chromium)"
    ),
]

SCENARIO = "s1_healthcare_consultation"
QUESTION = "What is wrong with this knee?"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    assert find_chromium() is not None, "GUARD_REQUIRE_BROWSER=1 but no chromium binary (apt-get install chromium)"
    tmp = tmp_path_factory.mktemp("page")
    up = free_port()
    with upstream(tmp, up):
        config = write_config(tmp, f"http://127.0.0.1:{up}")
        (tmp / "policies" / "alice.yaml").write_text("user: alice\nprivate: [age]\npublic: [gender]\n")
        port = free_port()
        with replica(config, port, "guard.log"):
            yield f"http://127.0.0.1:{port}", tmp


def link(base: str, user: str = "alice") -> str:
    r = httpx.post(f"{base}/v1/guard/policies/{user}/page-token", headers={"authorization": f"Bearer {ADMIN}"})
    assert r.status_code == 200, r.text
    return base + r.json()["url"]


def test_search_mark_preview_save_in_chromium(served: tuple[str, Path], tmp_path: Path) -> None:
    base, _ = served
    op = OperatorSettings()
    injury = next(c for c in op.catalog.categories.values() if c.name == "injury")
    with chromium(tmp_path / "profile") as page:
        page.navigate(link(base))
        page.wait("document.getElementById('who').textContent.startsWith('Signed in as alice')")
        assert page.js("location.search + location.hash") == ""  # the token left the address bar
        # accessible markup: every control has a label, every category group a legend
        assert page.js("[...document.querySelectorAll('input,select')].every(e => e.labels.length > 0)")
        assert page.js("[...document.querySelectorAll('fieldset')].every(f => f.querySelector('legend'))")
        assert page.js("document.getElementById('status').getAttribute('role')") == "status"
        assert page.js(f"document.getElementById('c-{injury.id}-unset').checked")
        # keyboard only: Tab to the search box (after the skip link), type, Tab into the radio group, choose
        for _ in range(5):
            page.key("Tab", "Tab", 9)
            if page.js("document.activeElement.id") == "search":
                break
        assert page.js("document.activeElement.id") == "search"
        page.type("injury")
        page.wait("document.getElementById('count').textContent.startsWith('1 of')")
        assert page.js(f"!document.querySelector('fieldset[data-id={injury.id}]').hidden")
        page.key("Tab", "Tab", 9)
        assert page.js("document.activeElement.name") == f"c-{injury.id}"
        page.js(f"document.getElementById('c-{injury.id}-private').focus()")
        page.key(" ", "Space", 32)
        assert page.js(f"document.getElementById('c-{injury.id}-private').checked")
        # what the model is told in a scenario: rendered by the server, byte for byte as guard policy show
        page.js(f"document.getElementById('scenario').value = '{SCENARIO}'")
        page.js(f"document.getElementById('question').value = {QUESTION!r}")
        page.js("document.getElementById('preview').click()")
        told = page.wait("document.getElementById('told').textContent")
        body = b"user: alice\nprivate: [approximate age of people, injury]\npublic: [gender]\n"
        policy = parse_policy(body, source="x", catalog=op.catalog, absolute=op.absolute_set).policy
        assert told == render_resolved(op.resolve(policy, SCENARIO), op.render_mode, QUESTION)
        page.js("document.getElementById('save').click()")
        status = page.wait(
            "document.getElementById('status').textContent.startsWith('Saved') && "
            "document.getElementById('status').textContent"
        )
        shot = page.screenshot(tmp_path / "policy-page.png")
        assert shot.startswith(b"\x89PNG") and len(shot) > 10_000
        if os.environ.get("GUARD_TEST_ARTIFACTS"):
            shutil.copy(tmp_path / "policy-page.png", Path(os.environ["GUARD_TEST_ARTIFACTS"]) / "policy-page.png")
    stored = httpx.get(f"{base}/v1/guard/policies/alice", headers={"authorization": f"Bearer {ADMIN}"})
    assert stored.headers["etag"].strip('"').startswith(status.split("version ")[1].rstrip(")."))
    saved = parse_policy(stored.content, source="x", catalog=op.catalog, absolute=op.absolute_set).policy
    assert set(saved.private) == {"a1_age_approx", injury.id} and saved.public == policy.public
    history = httpx.get(f"{base}/v1/guard/policies/alice/history", headers={"authorization": f"Bearer {ADMIN}"})
    assert history.json()["changes"][0]["by"] == "page:alice"


def test_bad_or_expired_link_is_refused(served: tuple[str, Path], tmp_path: Path) -> None:
    base, _ = served
    expired, _ = mint_token(PAGE_SECRET.encode(), "alice", 30, now=0)
    forged, _ = mint_token(b"another-secret-of-at-least-32-chars!!", "alice", 600)
    with chromium(tmp_path / "profile") as page:
        for token, why in ((expired, "expired"), (forged, "invalid"), ("", "missing")):
            page.navigate(f"{base}/guard/policy?token={token}")  # the query form works too (fragment: link())
            text = page.wait(
                "document.getElementById('who').textContent.startsWith('This link') && "
                "document.getElementById('who').textContent"
            )
            assert why in text
            assert page.js("document.getElementById('save').disabled")
    # the page's API refuses without a valid token, whatever the caller
    r = httpx.put(f"{base}/guard/policy/api/policy", json={"private": ["age"]}, headers={"x-guard-page-token": forged})
    assert r.status_code == 401


def test_page_headers_and_token_rules(served: tuple[str, Path]) -> None:
    base, _ = served
    r = httpx.get(f"{base}/guard/policy")
    assert r.status_code == 200 and "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["referrer-policy"] == "no-referrer" and "http" not in r.text.split("<body>")[0].lower()
    assert httpx.get(f"{base}/guard/policy/..%2Fpolicy_api.py").status_code == 404
    token, _exp = mint_token(b"k" * 32, "bob", 60, now=1000)
    assert verify_token(b"k" * 32, token, now=1059) == "bob"
    with pytest.raises(Exception, match="expired"):
        verify_token(b"k" * 32, token, now=1060)
    payload, sig = token.split(".")
    with pytest.raises(Exception, match="invalid"):
        verify_token(b"k" * 32, payload.replace(payload[2], "A" if payload[2] != "A" else "B", 1) + "." + sig)
    # a non-admin key cannot mint links
    from fleet_stack import APP

    assert (
        httpx.post(f"{base}/v1/guard/policies/bob/page-token", headers={"authorization": f"Bearer {APP}"}).status_code
        == 403
    )
