// The end-user policy page: no framework, no external assets; all text goes through textContent.
"use strict";
(function () {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get("token");
  const token = fromHash || new URLSearchParams(window.location.search).get("token") || "";
  // keep the token out of the address bar, history and any referrer
  window.history.replaceState(null, "", window.location.pathname);
  const $ = (id) => document.getElementById(id);
  let state = null;
  const choice = new Map(); // category id -> "private" | "public" | ""

  async function call(method, path, body) {
    const init = { method, headers: { "X-Guard-Page-Token": token } };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const res = await fetch("/guard/policy/api/" + path, init);
    const data = await res.json().catch(() => ({}));
    return { ok: res.ok, status: res.status, data };
  }

  function showProblems(data) {
    const list = $("problems");
    list.replaceChildren();
    const err = (data && data.error) || {};
    for (const line of err.problems || (err.message ? [err.message] : [])) {
      const li = document.createElement("li");
      li.textContent = line;
      list.appendChild(li);
    }
  }

  function lists() {
    const out = { private: [], public: [] };
    for (const c of state.categories) {
      const v = choice.get(c.id);
      if (v === "private" || v === "public") out[v].push(c.id);
    }
    return out;
  }

  function radio(cat, value, label) {
    const id = "c-" + cat.id + "-" + (value || "unset");
    const input = document.createElement("input");
    input.type = "radio";
    input.name = "c-" + cat.id;
    input.id = id;
    input.value = value;
    input.checked = (choice.get(cat.id) || "") === value;
    input.addEventListener("change", () => { choice.set(cat.id, value); $("status").textContent = "Not saved yet."; });
    const lab = document.createElement("label");
    lab.htmlFor = id;
    lab.textContent = label;
    const span = document.createElement("span");
    span.append(input, " ", lab);
    return span;
  }

  function render() {
    const box = $("categories");
    box.replaceChildren();
    const fallback = state.default_stance === "private" ? "private" : "public";
    for (const cat of state.categories) {
      const fs = document.createElement("fieldset");
      fs.dataset.search = [cat.id, cat.name, cat.description, ...(cat.aliases || [])].join(" ").toLowerCase();
      fs.dataset.id = cat.id;
      const lg = document.createElement("legend");
      lg.textContent = cat.name;
      fs.appendChild(lg);
      if (cat.description) {
        const p = document.createElement("p");
        p.className = "desc";
        p.textContent = cat.description;
        fs.appendChild(p);
      }
      const row = document.createElement("div");
      row.className = "choices";
      if (cat.absolute) {
        const p = document.createElement("p");
        p.className = "always";
        p.textContent = "Always private (set by the service).";
        row.appendChild(p);
      } else {
        row.append(radio(cat, "private", "Private"), radio(cat, "public", "Public"),
          radio(cat, "", "Not set (" + fallback + ")"));
      }
      fs.appendChild(row);
      box.appendChild(fs);
    }
    filter();
  }

  function filter() {
    const q = $("search").value.trim().toLowerCase();
    let shown = 0;
    for (const fs of $("categories").children) {
      const hit = !q || fs.dataset.search.includes(q);
      fs.hidden = !hit;
      if (hit) shown += 1;
    }
    $("count").textContent = shown + " of " + state.categories.length + " categories shown";
  }

  async function load() {
    const r = await call("GET", "state");
    if (!r.ok) {
      $("who").textContent = "This link cannot be used: " + ((r.data.error || {}).message || r.status);
      $("save").disabled = true;
      $("preview").disabled = true;
      return;
    }
    state = r.data;
    choice.clear();
    for (const id of state.private) choice.set(id, "private");
    for (const id of state.public) choice.set(id, "public");
    $("who").textContent = "Signed in as " + state.user + (state.version ? "" : " (no choices saved yet)");
    const sel = $("scenario");
    for (const s of state.scenarios) {
      const o = document.createElement("option");
      o.value = s.id;
      o.textContent = s.name;
      sel.appendChild(o);
    }
    render();
  }

  async function preview() {
    const body = { ...lists(), scenario: $("scenario").value, question: $("question").value };
    const r = await call("POST", "preview", body);
    showProblems(r.ok ? null : r.data);
    $("told").textContent = r.ok ? r.data.text : "";
  }

  async function save() {
    const body = { ...lists(), version: state.version };
    const r = await call("PUT", "policy", body);
    showProblems(r.ok ? null : r.data);
    if (r.ok) {
      state.version = r.data.version;
      $("status").textContent = "Saved (version " + r.data.version.slice(0, 12) + ").";
    } else {
      $("status").textContent = r.status === 412
        ? "Your choices changed elsewhere; reload the page and try again."
        : "Not saved.";
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("search").addEventListener("input", filter);
    $("preview").addEventListener("click", preview);
    $("save").addEventListener("click", save);
    load();
  });
})();
