//! The hidden `__complete` entry point that `kubectl_complete-fluidos_mesh` calls.

use crate::completion::{self, ClusterValues};

/// Prints the candidates for `words` (the last is the word under the cursor); always exits 0,
/// since a failing completion must never disturb the shell.
pub fn run(words: &[String]) -> i32 {
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return 0;
    };
    let values = ClusterValues::from_words(words);
    let result = runtime.block_on(completion::complete(words, &values));
    print!("{}", result.render());
    0
}
