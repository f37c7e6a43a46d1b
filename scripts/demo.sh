#!/usr/bin/env bash
# Builds everything, then serves the repository and prints the demo page's URL.
# PORT=9000 bash scripts/demo.sh picks the port; otherwise the first free one from 8080.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/build.sh
exec node scripts/serve.js
