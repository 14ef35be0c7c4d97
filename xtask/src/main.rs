//! Maintainer tasks (`cargo run -p xtask -- ...`), never shipped:
//!
//! - `krew-validate FILE [--release]`: check a krew manifest against krew-index's rules.
//! - `krew-render VERSION DIST_DIR`: print the manifest for VERSION with the sha256 of every
//!   archive found in DIST_DIR (the all-zero placeholder for platforms not built there).

mod krew;

use serde_json::Value;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["krew-validate", file] => validate(file, false),
        ["krew-validate", file, "--release"] => validate(file, true),
        ["krew-render", version, dist] => render(version, dist),
        _ => Err(
            "usage: xtask krew-validate FILE [--release] | xtask krew-render VERSION DIST_DIR"
                .into(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

fn validate(file: &str, release: bool) -> Result<(), String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    let manifest: Value = serde_saphyr::from_str(&text).map_err(|e| format!("{file}: {e}"))?;
    let errors = krew::validate(Path::new(file), &manifest, release);
    if errors.is_empty() {
        println!("{file}: valid krew manifest");
        Ok(())
    } else {
        Err(format!(
            "{file} is not a valid krew manifest:\n  - {}",
            errors.join("\n  - ")
        ))
    }
}

/// Fills the krew-release-bot template the way the bot does on a tagged release: every
/// `{{addURIAndSha "URL" .TagName }}` becomes `uri:` + `sha256:` (read from
/// `DIST/<archive>.sha256`, or the all-zero placeholder when that archive was not built here).
fn render(version: &str, dist: &str) -> Result<(), String> {
    let template =
        std::fs::read_to_string("krew/.krew.yaml").map_err(|e| format!("krew/.krew.yaml: {e}"))?;
    print!("{}", render_text(&template, version, Path::new(dist))?);
    Ok(())
}

fn render_text(template: &str, version: &str, dist: &Path) -> Result<String, String> {
    let call = regex::Regex::new(r#"\{\{\s*addURIAndSha\s+"([^"]+)"\s+\.TagName\s*\}\}"#)
        .map_err(|e| e.to_string())?;
    let tag = regex::Regex::new(r"\{\{\s*\.TagName\s*\}\}").map_err(|e| e.to_string())?;
    let mut failure = None;
    let filled = call.replace_all(template, |caps: &regex::Captures| {
        let uri = tag.replace_all(&caps[1], version).into_owned();
        let archive = uri.rsplit('/').next().unwrap_or_default().to_string();
        let sha = match std::fs::read_to_string(dist.join(format!("{archive}.sha256"))) {
            Ok(text) => text
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_string(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => "0".repeat(64),
            Err(e) => {
                failure = Some(format!("{archive}.sha256: {e}"));
                String::new()
            }
        };
        format!("uri: {uri}\n    sha256: \"{sha}\"")
    });
    if let Some(e) = failure {
        return Err(e);
    }
    let body: Vec<&str> = filled.lines().skip_while(|l| l.starts_with('#')).collect();
    Ok(format!(
        "# Rendered by krew/release.sh from krew/.krew.yaml; an all-zero sha256 marks an archive\n\
         # not built yet (krew-validate --release refuses it).\n{}\n",
        tag.replace_all(&body.join("\n"), version)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(text: &str) -> String {
        let sha = regex::Regex::new(r#"sha256: "[0-9a-f]{64}""#).unwrap();
        sha.replace_all(text, "sha256: SHA").into_owned()
    }

    #[test]
    fn the_committed_manifest_is_the_rendered_template() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let template = std::fs::read_to_string(root.join("krew/.krew.yaml")).unwrap();
        let committed = std::fs::read_to_string(root.join("krew/fluidos-mesh.yaml")).unwrap();
        let version = regex::Regex::new(r"(?m)^  version: (v\S+)$")
            .unwrap()
            .captures(&committed)
            .unwrap()[1]
            .to_string();
        let empty = std::env::temp_dir().join("fluidos-mesh-no-archives");
        let rendered = render_text(&template, &version, &empty).unwrap();
        assert_eq!(
            masked(&rendered),
            masked(&committed),
            "run krew/release.sh to re-render krew/fluidos-mesh.yaml"
        );
        let manifest: Value = serde_saphyr::from_str(&rendered).unwrap();
        assert!(krew::validate(Path::new("fluidos-mesh.yaml"), &manifest, false).is_empty());
    }
}
