//! # `allora`: the participants' client
//!
//! What a worker, a reputer or a delegator runs to take part without writing their own
//! scripts: the daemons that turn a model or a ground-truth source into submissions, the CLI
//! for topics, stake and rewards, and `verify`, which recomputes a network inference from the
//! chain's own data.
//!
//! - [`amount`]: ALLO amounts and 18-decimal values, read and printed exactly;
//! - [`loss`]: the loss methods a topic may name and the log10 domain of reported losses;
//! - [`config`]: the daemons' TOML config files, each problem reported with its field;
//! - [`source`]: the model and ground-truth contract (HTTP or a command, JSON);
//! - [`signer`]: keys from a secret URI, a mnemonic or a key file;
//! - [`chain`]: the chain's calls, storage and runtime APIs, typed by subxt from
//!   `client/metadata.scale` (kept the runtime's by `runtime/tests/metadata.rs`);
//! - [`node`]: the connection and the one way a transaction is sent;
//! - [`commit_reveal`]: commitments, salts and the payloads kept on disk for their reveal;
//! - [`queries`]: what the client reads from the chain;
//! - [`metrics`]: the daemons' Prometheus metrics.

pub mod amount;
pub mod chain;
pub mod cli;
pub mod commit_reveal;
pub mod config;
pub mod daemon;
pub mod loss;
pub mod metrics;
pub mod node;
pub mod queries;
pub mod reputer;
pub mod signer;
pub mod source;
pub mod verify;
pub mod worker;
