# The guard proxy image: slim, non-root, with a health check. Build from the repository root:
#   docker build -t spy-guard .
# Only the proxy extra is installed (no torch): the model runs in vLLM (deploy/compose.yaml runs both).
# The wheel carries the shipped recipes, registry default and labeled sets (guard/_resources), so
# the symlinks under guard/_resources need the top-level train/, adapters/ and eval/ files copied too.

FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY train ./train
COPY adapters/registry.yaml ./adapters/registry.yaml
COPY eval/judge_set.jsonl ./eval/judge_set.jsonl
COPY eval/verify/labeled.jsonl ./eval/verify/labeled.jsonl
COPY guard ./guard
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    LITELLM_LOCAL_MODEL_COST_MAP=True \
    GUARD_CONFIG=/srv/guard/deploy/guard.yaml
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir "$(ls /wheels/spy_guard-*.whl)[proxy]" \
    && rm -rf /wheels \
    && useradd --system --uid 10001 --home-dir /srv/guard --shell /usr/sbin/nologin guard \
    && mkdir -p /srv/guard/deploy /srv/guard/policies /var/lib/guard \
    && chown guard:guard /var/lib/guard
USER guard
WORKDIR /srv/guard
EXPOSE 8080
# Liveness: /healthz answers while the process serves. deploy/compose.yaml checks /readyz instead
# (policies loaded, vLLM reachable), which turns unhealthy while vLLM restarts.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=2).status != 200)"]
ENTRYPOINT ["guard", "serve", "--host", "0.0.0.0", "--port", "8080"]
