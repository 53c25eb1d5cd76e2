//! # `allora`: the participants' client
//!
//! What a worker, a reputer or a delegator runs to take part without writing their own
//! scripts (issue 20). This crate holds the parts that need no node:
//!
//! - [`amount`]: ALLO amounts and 18-decimal values, read and printed exactly (nothing rounded
//!   silently, scientific notation refused with a message);
//! - [`loss`]: the loss methods a topic may name (`sqe`/`mse`, `abse`/`mae`, `huber`, `ztae`)
//!   and the log10 domain the chain takes reported losses in;
//! - [`config`]: the daemons' TOML config files, each problem reported with its field.
//!
//! The daemons and the CLI on subxt build on these.

pub mod amount;
pub mod config;
pub mod loss;
