//! The domain, without I/O: sites and their nodes (microservices and placements will join).

pub mod app;
pub mod labels;
pub mod names;
pub mod quantity;
pub mod site;

pub use site::{NodeInfo, Readiness, Site, SiteInventory, SiteKind};
