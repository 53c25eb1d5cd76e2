//! # `allora`: the participants' client
//!
//! What a worker, a reputer or a delegator runs to take part without writing their own
//! scripts (issue 20). This crate holds the parts that need no node:
//!
//! - [`amount`]: ALLO amounts and 18-decimal values, read and printed exactly (nothing rounded
//!   silently, scientific notation refused with a message);
//! - [`loss`]: the loss methods a topic may name (`sqe`/`mse`, `abse`/`mae`, `huber`, `ztae`)
//!   and the log10 domain the chain takes reported losses in;
//! - [`config`]: the daemons' TOML config files, each problem reported with its field;
//! - [`chain`]: the chain's calls, storage and runtime APIs, typed by subxt from
//!   `client/metadata.scale` (kept the runtime's by `runtime/tests/metadata.rs`).
//!
//! The daemons and the CLI on subxt build on these.

pub mod amount;
pub mod chain;
pub mod config;
pub mod loss;
