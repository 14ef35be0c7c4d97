use super::*;

/// A fixed source, so the engine is tested without a cluster.
struct Fixed;

impl DynamicValues for Fixed {
    async fn values(&self, kind: ValueKind) -> Vec<String> {
        match kind {
            ValueKind::Namespaces => vec!["default".into(), "demo".into()],
            ValueKind::Contexts => vec!["cloud".into(), "edge1".into()],
            ValueKind::Sites => vec!["cloud".into(), "edge1".into()],
            ValueKind::Services => vec!["s0".into(), "s1".into()],
        }
    }
}

fn run(words: &[&str]) -> Completion {
    let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    futures::executor::block_on(complete(&words, &Fixed))
}

fn names(c: &Completion) -> Vec<&str> {
    c.candidates.iter().map(|(v, _)| v.as_str()).collect()
}

#[test]
fn an_empty_word_lists_the_subcommands_but_not_the_hidden_one() {
    let c = run(&[""]);
    assert!(names(&c).contains(&"sites") && names(&c).contains(&"completion"));
    assert!(!names(&c).contains(&"__complete"));
    assert_eq!(c.directive, DIRECTIVE_NO_FILE);
}

#[test]
fn prefixes_filter_subcommands_and_flags() {
    assert_eq!(names(&run(&["si"])), ["sites"]);
    let flags = run(&["sites", "--no"]);
    assert_eq!(names(&flags), ["--no-color"]);
}

#[test]
fn flag_values_come_from_their_source() {
    assert_eq!(names(&run(&["sites", "-n", ""])), ["default", "demo"]);
    assert_eq!(names(&run(&["sites", "--context", "e"])), ["edge1"]);
    assert_eq!(
        names(&run(&["sites", "-o", ""])),
        ["table", "wide", "yaml", "json"]
    );
    assert_eq!(names(&run(&["--output=j"])), ["--output=json"]);
    assert_eq!(
        names(&run(&["completion", ""])),
        ["bash", "zsh", "fish", "powershell"]
    );
}

#[test]
fn positionals_and_site_flags_of_moves_complete_from_the_cluster() {
    assert_eq!(names(&run(&["offload", "svc", ""])), ["s0", "s1"]);
    assert_eq!(
        names(&run(&["offload", "svc", "s0", "--to", "e"])),
        ["edge1"]
    );
    assert_eq!(names(&run(&["move", "s"])), ["s0", "s1"]);
    assert!(names(&run(&["offload", ""])).contains(&"svc"));
    assert_eq!(names(&run(&["unpeer", "e"])), ["edge1"]);
    assert_eq!(names(&run(&["install", "--sites", "e"])), ["edge1"]);
}

#[test]
fn a_flag_value_already_given_is_skipped() {
    assert!(names(&run(&["-n", "demo", "si"])).contains(&"sites"));
    assert!(names(&run(&["-ndemo", "si"])).contains(&"sites"));
}

#[test]
fn kubeconfig_values_complete_files() {
    assert_eq!(run(&["--kubeconfig", ""]).directive, DIRECTIVE_DEFAULT);
}

#[test]
fn render_follows_the_cobra_protocol() {
    let c = Completion {
        candidates: vec![("a".into(), Some("first".into())), ("b".into(), None)],
        directive: 4,
    };
    assert_eq!(c.render(), "a\tfirst\nb\n:4\n");
}

#[test]
fn context_and_kubeconfig_flags_are_read_from_the_words() {
    let v = ClusterValues::from_words(&[
        "--kubeconfig".into(),
        "/tmp/k".into(),
        "--context=edge".into(),
        "".into(),
    ]);
    assert_eq!(
        v.options_for_tests(),
        (
            Some(std::path::PathBuf::from("/tmp/k")),
            Some("edge".to_string())
        )
    );
}
