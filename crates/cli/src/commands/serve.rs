//! `attache serve`: the store's API and web pages over HTTP, read-only,
//! on loopback unless another address is given.

use std::net::SocketAddr;

use anyhow::Context;
use attache_serve::{router, Limits, ReadPool};

use super::events::DbArg;
use crate::Outcome;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    db: DbArg,
    /// Address to listen on; the default answers only this machine. Port 0
    /// takes a free port (the address is printed).
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Read-only database connections: how many queries run at once.
    #[arg(long, default_value_t = Limits::default().connections)]
    connections: usize,
}

/// Parties whose timelines and partners are computed at startup.
const WARM_PARTIES: usize = 12;

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    // Opened once to write, so that an older store gets its schema
    // brought up to date (the evidence index); then only read.
    let store = args.db.open()?;
    drop(store);
    let limits = Limits {
        connections: args.connections.max(1),
        ..Limits::default()
    };
    let pool = ReadPool::open(&args.db.db, limits.connections, limits.query_deadline)
        .with_context(|| format!("cannot read {}", args.db.db.display()))?;
    let app = router(pool.clone(), &limits);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the HTTP runtime")?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .with_context(|| format!("cannot listen on {}", args.addr))?;
        let bound = listener.local_addr()?;
        if !bound.ip().is_loopback() {
            eprintln!(
                "attache: listening on {bound}, beyond this machine: anyone who reaches it can read the store"
            );
        }
        println!(
            "attache: serving {} read-only at http://{bound}/ (Ctrl-C stops)",
            args.db.db.display()
        );
        // The busiest countries' pages, computed while the first readers come.
        let warming = pool.clone();
        tokio::spawn(async move {
            let started = std::time::Instant::now();
            match attache_serve::warm(&warming, WARM_PARTIES).await {
                Ok(()) => eprintln!(
                    "attache: the pages of the {WARM_PARTIES} busiest parties computed ahead in {:.1} s",
                    started.elapsed().as_secs_f64()
                ),
                Err(e) => eprintln!("attache: could not compute the busiest pages ahead: {e}"),
            }
        });
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .context("the server stopped")
    })?;
    Ok(Outcome::AllAccepted)
}
