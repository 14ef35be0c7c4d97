//! The domain, without I/O: sites and their nodes (microservices and placements will join).

pub mod app;
pub mod hosts;
pub mod labels;
pub mod mesh;
pub mod mtls;
pub mod names;
pub mod offloading;
pub mod peering;
pub mod quantity;
pub mod site;
pub mod status;

pub use site::{NodeInfo, Readiness, Site, SiteInventory, SiteKind};
