//! `kubectl-fluidos_mesh`: kubectl runs it for `kubectl fluidos-mesh ...`.

fn main() {
    // A panic is caught and reported inside `run`; silence the default hook's backtrace text.
    std::panic::set_hook(Box::new(|info| tracing::debug!("panic: {info}")));
    std::process::exit(fluidos_mesh::run(std::env::args_os()));
}
