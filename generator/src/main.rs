//! `sdkgen`: the generator's command line.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use sdkgen::codegen::{self, Mode};

/// Generates Rust SDKs from OpenAPI descriptions.
#[derive(Parser)]
#[command(name = "sdkgen", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate every SDK listed in a config file.
    Generate {
        /// The SDK list.
        #[arg(long, default_value = "specs/sdks.toml")]
        config: PathBuf,
        /// A directory of templates that replace the built-in ones of the same name.
        #[arg(long)]
        templates: Option<PathBuf>,
        /// Compare with the files on disk instead of writing; exit 1 on any difference.
        #[arg(long)]
        check: bool,
    },
}

fn main() -> ExitCode {
    let Command::Generate { config, templates, check } = Cli::parse().command;
    let mode = if check { Mode::Check } else { Mode::Write };
    match codegen::run(&config, templates.as_deref(), mode) {
        Ok(report) => {
            // A closed pipe (`sdkgen ... | head`) is not a failure of the run.
            let _ = write!(std::io::stdout(), "{report}");
            if report.ok() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
