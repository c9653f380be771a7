//! Pinned specs: vendor files that are not committed, only named by their upstream place and
//! hash, and read from an offline mirror directory.
//!
//! A pin file (`specs/stripe/spec3.pin.toml`) says where the file comes from and what its
//! sha256 must be; [`Pin::locate`] finds it in the mirror and refuses a file whose hash differs.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// Environment variable that overrides the mirror directory.
pub const MIRROR_ENV: &str = "SDKGEN_SPECS_MIRROR";

/// One pinned file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pin {
    /// The upstream repository (`https://github.com/stripe/openapi`).
    pub repository: String,
    /// The upstream commit.
    pub commit: String,
    /// The file's path in the upstream repository.
    pub path: String,
    /// The file's path inside the mirror directory.
    pub mirror_path: PathBuf,
    /// Lowercase hex sha256 of the file.
    pub sha256: String,
}

impl Pin {
    /// Reads a pin file.
    pub fn load(path: &Path) -> Result<Pin> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        toml::from_str(&text).map_err(|e| Error::Config { path: path.to_owned(), message: e.to_string() })
    }

    /// Where to download the file from.
    pub fn download_url(&self) -> String {
        let raw = self.repository.replace("https://github.com/", "https://raw.githubusercontent.com/");
        format!("{raw}/{}/{}", self.commit, self.path)
    }

    /// The file in `mirror`, after checking that its hash is the pinned one.
    pub fn locate(&self, pin_file: &Path, mirror: &Path) -> Result<PathBuf> {
        let file = mirror.join(&self.mirror_path);
        let bytes = std::fs::read(&file).map_err(|e| Error::Config {
            path: pin_file.to_owned(),
            message: format!(
                "the pinned spec is not in the mirror: could not read {} ({e}).\n\
                 Download it with\n  mkdir -p {dir} && curl -fL -o {file} {url}\n\
                 or point {MIRROR_ENV} (or `cargo xtask codegen --specs-mirror DIR`) at a directory holding {rel}",
                file.display(),
                dir = file.parent().unwrap_or(mirror).display(),
                file = file.display(),
                url = self.download_url(),
                rel = self.mirror_path.display(),
            ),
        })?;
        let actual = hex(&Sha256::digest(&bytes));
        if actual != self.sha256.to_ascii_lowercase() {
            return Err(Error::Config {
                path: pin_file.to_owned(),
                message: format!(
                    "{} has sha256 {actual}, but the pin says {}; the mirror holds a different version of {} \
                     (upstream {} at {})",
                    file.display(),
                    self.sha256,
                    self.path,
                    self.repository,
                    self.commit
                ),
            });
        }
        Ok(file)
    }
}

/// The mirror directory: `$SDKGEN_SPECS_MIRROR` if set, else `default`.
pub fn mirror_dir(default: &Path) -> PathBuf {
    match std::env::var_os(MIRROR_ENV) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => default.to_owned(),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pin(sha256: &str) -> Pin {
        Pin {
            repository: "https://github.com/acme/api".into(),
            commit: "abc".into(),
            path: "openapi/spec.json".into(),
            mirror_path: "acme/spec.json".into(),
            sha256: sha256.into(),
        }
    }

    #[test]
    fn a_missing_file_says_where_it_looked_and_how_to_get_it() {
        let dir = std::env::temp_dir().join(format!("sdkgen-pin-missing-{}", std::process::id()));
        let err = pin("00").locate(Path::new("specs/acme/spec.pin.toml"), &dir).unwrap_err().to_string();
        assert!(err.contains(&dir.join("acme/spec.json").display().to_string()), "{err}");
        assert!(err.contains("https://raw.githubusercontent.com/acme/api/abc/openapi/spec.json"), "{err}");
        assert!(err.contains(MIRROR_ENV), "{err}");
    }

    #[test]
    fn the_hash_is_checked() {
        let dir = std::env::temp_dir().join(format!("sdkgen-pin-hash-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("acme")).unwrap();
        std::fs::write(dir.join("acme/spec.json"), b"abc").unwrap();
        let good = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assert_eq!(pin(good).locate(Path::new("p"), &dir).unwrap(), dir.join("acme/spec.json"));
        let err = pin(&good.replace('b', "c")).locate(Path::new("p"), &dir).unwrap_err().to_string();
        assert!(err.contains("has sha256 ba7816bf"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
