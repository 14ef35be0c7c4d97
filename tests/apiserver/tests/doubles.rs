use fluidos_test_apiserver::doubles::{ProgramDouble, path_with};
use std::process::Command;

#[test]
fn a_double_first_on_path_records_argument_vectors_and_answers_as_told() {
    let dir = tempfile::tempdir().unwrap();
    let liqoctl = ProgramDouble::new("liqoctl")
        .stdout("liqoctl version: v1.2.0\n")
        .install(dir.path());
    let helm = ProgramDouble::new("helm")
        .stderr("Error: boom\n")
        .exit_code(3)
        .install(dir.path());
    let run = |args: &[&str], program: &str| {
        Command::new(program)
            .args(args)
            .env("PATH", path_with(dir.path()))
            .output()
            .unwrap()
    };
    let out = run(&["version", "--client"], "liqoctl");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "liqoctl version: v1.2.0\n"
    );
    run(
        &[
            "peer",
            "--remote-kubeconfig",
            "/tmp/edge 1.yaml",
            "--cpu=2",
            "quote\"back\\slash",
        ],
        "liqoctl",
    );
    assert_eq!(
        liqoctl.calls(),
        vec![
            vec!["version".to_string(), "--client".to_string()],
            vec![
                "peer".into(),
                "--remote-kubeconfig".into(),
                "/tmp/edge 1.yaml".into(),
                "--cpu=2".into(),
                "quote\"back\\slash".into()
            ],
        ]
    );
    let failed = run(&["upgrade", "--install"], "helm");
    assert_eq!(failed.status.code(), Some(3));
    assert_eq!(String::from_utf8_lossy(&failed.stderr), "Error: boom\n");
    assert_eq!(helm.calls().len(), 1);
}

#[test]
fn a_hook_makes_the_change_the_real_program_would_make() {
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("peered");
    ProgramDouble::new("liqoctl")
        .hook(&format!("touch '{}'", marker.display()))
        .install(dir.path());
    Command::new("liqoctl")
        .arg("peer")
        .env("PATH", path_with(dir.path()))
        .status()
        .unwrap();
    assert!(marker.exists());
}
