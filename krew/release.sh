#!/usr/bin/env bash
# Builds the release archive for this machine's platform, prints its sha256, renders
# krew/fluidos-mesh.yaml from the krew-release-bot template and validates it with krew-index's
# rules. Platforms not built here keep the all-zero sha256 placeholder, which
# `xtask krew-validate --release` refuses: a real release builds every platform first.
#
#   krew/release.sh            # archive into dist/, render and validate the manifest
#   krew/release.sh --check    # only validate the committed manifest
set -euo pipefail
cd "$(dirname "$0")/.."

version="v$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)"
manifest=krew/fluidos-mesh.yaml

if [[ "${1:-}" == "--check" ]]; then
  exec cargo run -q -p xtask -- krew-validate "$manifest"
fi

case "$(uname -s)" in
  Linux) os=linux ;; Darwin) os=darwin ;; MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "release.sh: unsupported OS $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64|amd64) arch=amd64 ;; aarch64|arm64) arch=arm64 ;;
  *) echo "release.sh: unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac
exe=kubectl-fluidos_mesh
[[ $os == windows ]] && exe=kubectl-fluidos_mesh.exe

cargo build --release --locked
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp "target/release/$exe" LICENSE completions/kubectl_complete-fluidos_mesh "$stage/"
mkdir -p dist
archive="dist/kubectl-fluidos_mesh_${version}_${os}_${arch}.tar.gz"
# Fixed owner, order and time, so the same binary always gives the same archive.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C "$stage" -cf - . | gzip -n > "$archive"
(cd dist && sha256sum "$(basename "$archive")" > "$(basename "$archive").sha256")
echo "archive: $archive"
echo "sha256:  $(cut -d' ' -f1 "$archive.sha256")"

cargo run -q -p xtask -- krew-render "$version" dist > "$manifest"
cargo run -q -p xtask -- krew-validate "$manifest"
