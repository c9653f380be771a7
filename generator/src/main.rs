//! `sdkgen`: the generator's command line.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use sdkgen::codegen::{self, Mode};
use sdkgen::diff::{self, FailOn, Format};

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
        #[arg(long, conflicts_with = "bump")]
        check: bool,
        /// Raise the version of each changed SDK by the bump its API diff suggests, and add the
        /// diff to its CHANGELOG.md.
        #[arg(long)]
        bump: bool,
        /// Treat warnings (a schema generated as `serde_json::Value`, an operation skipped, a
        /// part of the spec left out) as errors, for every SDK.
        #[arg(long)]
        strict: bool,
    },
    /// Compare two versions of an API as the generated SDK sees them.
    Diff(DiffArgs),
}

/// Arguments of `diff`.
#[derive(clap::Args)]
struct DiffArgs {
    /// The old spec (YAML or JSON), or an SDK's `api.json`.
    old: PathBuf,
    /// The new spec, or an SDK's `api.json`.
    new: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "markdown")]
    format: Format,
    /// Exit 1 when the diff has changes of this kind.
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
    /// Read specs as this SDK of the config reads them (its crate names and spec patches).
    #[arg(long)]
    sdk: Option<String>,
    /// The SDK list, for `--sdk`.
    #[arg(long, default_value = "specs/sdks.toml")]
    config: PathBuf,
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Generate { config, templates, check, bump, strict } => {
            let mode = match (check, bump) {
                (true, _) => Mode::Check,
                (false, true) => Mode::Bump,
                (false, false) => Mode::Write,
            };
            match codegen::run_with(&config, templates.as_deref(), mode, strict) {
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
        Command::Diff(args) => {
            let sdk = args.sdk.as_deref().map(|name| (args.config.as_path(), name));
            let compared = diff::compare_files(&args.old, &args.new, sdk);
            match compared {
                Ok(d) => {
                    print!("{}", d.render(args.format));
                    if d.fails(args.fail_on) { ExitCode::FAILURE } else { ExitCode::SUCCESS }
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(2)
                }
            }
        }
    }
}
