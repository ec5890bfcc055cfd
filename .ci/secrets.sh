#!/usr/bin/env bash
# Fails on any secret-looking string in a tracked file that is not already audited into
# .secrets.baseline (`detect-secrets audit .secrets.baseline` to audit a new one). When it
# says a baseline "was updated" (a line holding an audited string moved), refresh the real one
# with `detect-secrets scan --baseline .secrets.baseline` and commit it.
#
# The files are scanned in batches, two at a time (one batch after another takes over a
# minute). Each batch is given its own copy of the baseline, since the hook may rewrite the
# baseline it reads; the baseline itself is left out, as the hook leaves it out.
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files -z -- ':!.secrets.baseline' | xargs -0 -n 100 -P 2 bash -c '
    copy="$(mktemp)"
    trap "rm -f \"$copy\"" EXIT
    cp .secrets.baseline "$copy"
    detect-secrets-hook --baseline "$copy" "$@"
' _
