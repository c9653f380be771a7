//! sdkgen as a library, the way a project's own xtask or build script uses it: generate the
//! petstore SDK from `examples/petstore.yaml` into a directory, then check it is up to date.
//!
//! ```sh
//! cargo run -p sdkgen --example generate_sdk -- /tmp/petstore-sdk
//! cargo build --manifest-path /tmp/petstore-sdk/client/Cargo.toml
//! ```

use std::path::{Path, PathBuf};

fn main() -> Result<(), sdkgen::Error> {
    let out = std::env::args_os().nth(1).map_or_else(|| std::env::temp_dir().join("petstore-sdk"), PathBuf::from);
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/petstore.yaml");
    let sdk = sdkgen::Sdk::from_spec(spec, "petstore").version("1.0.0").description("Swagger Petstore client.");

    let report = sdk.generate(&out)?;
    print!("{report}");
    assert!(sdk.check(&out)?.ok(), "a fresh SDK is up to date");
    println!("build it with: cargo build --manifest-path {}", out.join("client/Cargo.toml").display());
    Ok(())
}
