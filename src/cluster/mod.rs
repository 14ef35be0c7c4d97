//! Everything that talks to the Kubernetes API: connecting, reading snapshots.
//! (Writes will go through one applier here too; nothing else in the crate does I/O against
//! the cluster.)

pub mod access;
pub mod api;
pub mod apply;
pub mod client;
pub mod kinds;
pub mod mesh;
pub mod peering;
pub mod snapshot;
pub mod wait;

pub use client::{ConnectOptions, Connection, connect};
