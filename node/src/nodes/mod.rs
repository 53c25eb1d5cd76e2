//! The node's two shapes, built from the same parts (`crate::service`) and serving the same RPC:
//!
//! - [`parachain::start_parachain_node`]: a collator or full node of the parachain on a relay
//!   chain;
//! - [`dev::start_dev_node`]: the runtime alone, for development and the end-to-end tests.

pub mod dev;
pub mod parachain;
