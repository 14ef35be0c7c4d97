//! The shared factory every command gets: global options, one lazily made client, the printer.

use crate::cli::GlobalArgs;
use crate::cluster::{ConnectOptions, Connection, connect};
use crate::error::Result;
use crate::output::Printer;
use tokio::sync::OnceCell;

pub struct Context {
    pub global: GlobalArgs,
    pub printer: Printer,
    connection: OnceCell<Connection>,
}

impl Context {
    pub fn new(global: GlobalArgs, printer: Printer) -> Self {
        Context {
            global,
            printer,
            connection: OnceCell::new(),
        }
    }

    /// The context for a real run: stdout printer, colour decided by the terminal and NO_COLOR.
    pub fn from_global(global: GlobalArgs) -> Self {
        let printer = Printer::stdout(global.output, global.no_color);
        Self::new(global, printer)
    }

    pub fn connect_options(&self) -> ConnectOptions {
        ConnectOptions {
            kubeconfig: self.global.kubeconfig.clone(),
            context: self.global.context.clone(),
            request_timeout: Some(self.global.request_timeout).filter(|d| !d.is_zero()),
        }
    }

    /// Connects on first use, so that commands that need no cluster never touch the kubeconfig.
    pub async fn connection(&self) -> Result<&Connection> {
        let options = self.connect_options();
        self.connection
            .get_or_try_init(|| async move { connect(&options).await })
            .await
    }

    /// `-n`, else the kubeconfig context's namespace, else `default` (kubectl's rule).
    pub async fn namespace(&self) -> Result<String> {
        match &self.global.namespace {
            Some(ns) => Ok(ns.clone()),
            None => Ok(self.connection().await?.default_namespace.clone()),
        }
    }
}
