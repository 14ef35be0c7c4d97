//! `plan`: predict end-to-end latency of a placement from the call graph, and search placements.

pub mod istio;
pub mod model;
pub mod report;
pub mod search;
pub mod telemetry;
pub mod workmodel;
