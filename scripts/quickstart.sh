#!/usr/bin/env bash
# The whole stack on a laptop CPU, no GPU, no API key, nothing downloaded at run time:
#   tiny random Qwen2-VL -> `guard train` (NCA-P, a few steps) -> vLLM on CPU with that LoRA adapter
#   -> `guard serve` in front -> one image + text request as alice -> a short `guard certify`.
# The tiny model is random: its answers are noise. This proves the plumbing, not privacy behaviour.
#
# Usage: make quickstart   (or scripts/quickstart.sh after `make setup` and scripts/setup-vllm-env.sh)
# Env: VLLM_VENV (default .venv-vllm), QUICKSTART_DIR (default: a new temp dir, kept for inspection).
set -euo pipefail
cd "$(dirname "$0")/.."
export LITELLM_LOCAL_MODEL_COST_MAP=True HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
export COLUMNS="${COLUMNS:-150}"  # rich tables (adapters, audit) unclipped when piped

GUARD=.venv/bin/guard
PY=.venv/bin/python
VLLM_PY="${VLLM_VENV:-.venv-vllm}/bin/python"
WORK="${QUICKSTART_DIR:-$(mktemp -d /tmp/spy-guard-quickstart.XXXXXX)}"
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
for need in "$GUARD" "$VLLM_PY"; do
    [[ -x "$need" ]] || { echo "quickstart: $need not found; run \`make quickstart\` (it sets both up)" >&2; exit 2; }
done

groups=()
cleanup() {
    for pgid in "${groups[@]}"; do kill -TERM -- "-$pgid" 2>/dev/null || true; done
    for pgid in "${groups[@]}"; do
        for _ in $(seq 1 30); do kill -0 -- "-$pgid" 2>/dev/null || break; sleep 0.5; done
        kill -KILL -- "-$pgid" 2>/dev/null || true
    done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start=$(date +%s)
say() { printf '\n\033[1m[%4ss] %s\033[0m\n' "$(( $(date +%s) - start ))" "$*"; }
free_port() { "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# wait_ready URL PGID LOG SECONDS: poll URL until it answers 200; fail with the log's tail if the process dies.
wait_ready() {
    local url=$1 pgid=$2 log=$3 limit=$4 t0
    t0=$(date +%s)
    until "$PY" -c "import sys, httpx; sys.exit(httpx.get('$url', timeout=2).status_code != 200)" 2>/dev/null; do
        if ! kill -0 -- "-$pgid" 2>/dev/null; then echo "quickstart: process for $url died; last lines of $log:" >&2; tail -30 "$log" >&2; exit 1; fi
        if (( $(date +%s) - t0 > limit )); then echo "quickstart: $url not ready after ${limit}s; see $log" >&2; exit 1; fi
        sleep 1
    done
    echo "ready in $(( $(date +%s) - t0 ))s: $url"
}

cat <<'EOF'
==============================================================================================
 spy-guard quickstart: the real serving stack on CPU.
 The model is a TINY RANDOM Qwen2-VL and the adapter is trained for 4 steps: answers are noise,
 and the certificate will fail. What this shows is the plumbing: policy injection, adapter
 routing in vLLM, the guard's API, audit and certification, all running for real.
==============================================================================================
EOF

say "1/7 building the tiny random Qwen2-VL (guard dev tiny-model)"
"$GUARD" dev tiny-model --out "$WORK/tiny-qwen2vl"

say "2/7 generating a small synthetic SPY-Bench/SPY-Tune suite (guard.synth)"
"$PY" -c "from guard.synth import generate_suite; generate_suite('$WORK/suite', n=4, tune_n=6, seed=0)"
ls "$WORK/suite"

say "3/7 training an NCA-P LoRA adapter for 4 steps (guard train)"
cat > "$WORK/recipe.yaml" <<'EOF'
# A high constant learning rate so 4 steps visibly move the random model (plumbing only).
method: ncap
learning_rate: 0.05
warmup_ratio: 0.0
lr_scheduler: constant_with_warmup
beta: 1.0
EOF
"$GUARD" train --method ncap --recipe "$WORK/recipe.yaml" --base "$WORK/tiny-qwen2vl" \
    --data "$WORK/suite/tune.json" --images "$WORK/suite" --out "$WORK/adapters/ncap-quickstart" \
    --max-steps 4 --name ncap-quickstart --registry "$WORK/adapters/registry.yaml"
"$GUARD" adapters list --registry "$WORK/adapters/registry.yaml"

say "4/7 starting vLLM on CPU, serving each registered adapter under its registry name (log: $WORK/vllm.log)"
VLLM_PORT=$(free_port)
# --lora-modules name=path for every adapter in the registry: the guard's config then names adapters
# exactly as `guard adapters list` does.
mapfile -t LORA_MODULES < <("$PY" -c "
from pathlib import Path
from guard.train.registry import load_registry
for name, entry in load_registry(Path('$WORK/adapters/registry.yaml')).items():
    print(f'{name}={entry.path}')")
[[ ${#LORA_MODULES[@]} -gt 0 ]] || { echo "quickstart: no adapters in $WORK/adapters/registry.yaml" >&2; exit 1; }
echo "--lora-modules ${LORA_MODULES[*]}"
VLLM_CPU_KVCACHE_SPACE=1 VLLM_ALLOW_RUNTIME_LORA_UPDATING=True VLLM_NO_USAGE_STATS=1 \
    setsid "$VLLM_PY" -m vllm.entrypoints.openai.api_server \
    --model "$WORK/tiny-qwen2vl" --served-model-name tiny-qwen2vl --host 127.0.0.1 --port "$VLLM_PORT" \
    --enable-lora --max-lora-rank 8 --lora-modules "${LORA_MODULES[@]}" \
    --limit-mm-per-prompt '{"image": 1, "video": 0}' --max-model-len 2048 --seed 0 \
    > "$WORK/vllm.log" 2>&1 &
groups+=($!)
wait_ready "http://127.0.0.1:$VLLM_PORT/v1/models" "${groups[-1]}" "$WORK/vllm.log" 600

say "5/7 starting guard serve in front of it (log: $WORK/guard.log)"
cat > "$WORK/guard.yaml" <<EOF
policies: $PWD/policies/users
operator: $PWD/policies/operator.yaml
keys_file: keys.yaml
models:
  private-vlm:   # what clients ask for; the guard sends the adapter's registry name to vLLM
    upstream: {kind: openai, base_url: "http://127.0.0.1:$VLLM_PORT/v1", model: ncap-quickstart}
audit: {path: audit.sqlite}
EOF
KEY=$("$GUARD" keys add quickstart --config "$WORK/guard.yaml" --user '*')
GUARD_PORT=$(free_port)
setsid "$GUARD" serve --config "$WORK/guard.yaml" --port "$GUARD_PORT" --log-level warning > "$WORK/guard.log" 2>&1 &
groups+=($!)
wait_ready "http://127.0.0.1:$GUARD_PORT/readyz" "${groups[-1]}" "$WORK/guard.log" 60

say "6/7 one image + question as alice, through the guard (openai SDK)"
IMAGE=$(ls "$WORK"/suite/images/bench/* | head -1)
"$GUARD" policy show policies/users/alice.yaml --operator policies/operator.yaml \
    --question "What is written on the card in this image?"
GUARD_URL="http://127.0.0.1:$GUARD_PORT/v1" GUARD_KEY="$KEY" IMAGE="$IMAGE" "$PY" - <<'EOF'
import base64, mimetypes, os, time
from openai import OpenAI

path = os.environ["IMAGE"]
url = f"data:{mimetypes.guess_type(path)[0]};base64," + base64.b64encode(open(path, "rb").read()).decode()
client = OpenAI(base_url=os.environ["GUARD_URL"], api_key=os.environ["GUARD_KEY"], default_headers={"X-Guard-User": "alice"})
t0 = time.perf_counter()
raw = client.chat.completions.with_raw_response.create(
    model="private-vlm",
    temperature=0,
    max_tokens=24,
    messages=[{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": url}},
        {"type": "text", "text": "What is written on the card in this image?"},
    ]}],
)
r = raw.parse()
print(f"image: {os.path.basename(path)}; answered in {time.perf_counter() - t0:.2f} s")
print(f"policy version: {raw.headers['x-guard-policy-version'][:12]}  request: {raw.headers['x-guard-request-id']}")
print(f"prompt tokens seen by vLLM (policy + question + image): {r.usage.prompt_tokens}")
print(f"answer (random model, noise expected): {r.choices[0].message.content!r}")
EOF

say "7/7 a short certification of alice's policy through the running guard (offline judge)"
set +e
"$GUARD" certify --config "$WORK/guard.yaml" --user alice --model private-vlm --suite "$WORK/suite" \
    --judge offline --proxy-url "http://127.0.0.1:$GUARD_PORT/v1" --key "$KEY" --out "$WORK/certificates" \
    --no-scenarios --no-progress
status=$?
set -e
case $status in
    0) echo "certify: passed (surprising for a random model)";;
    1) echo "certify: below threshold, as expected of a random model; the certificate is real";;
    *) echo "certify: could not certify (exit $status)" >&2; exit "$status";;
esac
ls "$WORK/certificates"
"$GUARD" audit show --config "$WORK/guard.yaml" --last 3

say "done: everything is in $WORK (vllm.log, guard.log, certificates/, audit.sqlite); stopping vLLM and the guard"
