//! Pinned specs: vendor files that are not committed, only named by their upstream place and
//! hash.
//!
//! A pin file (`specs/stripe/spec3.pin.toml`) says where the file comes from and what its
//! sha256 must be; [`Pin::obtain`] finds it in the offline mirror, else in the download cache,
//! else downloads it (see [`super::fetch`]), and refuses a file whose hash differs.

use std::path::{Component, Path, PathBuf};

use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::fetch::{Fetcher, OFFLINE_ENV, hex};
use crate::error::{Error, Result};

/// Environment variable that overrides the mirror directory.
pub const MIRROR_ENV: &str = "SDKGEN_SPECS_MIRROR";

/// One pinned file: either a GitHub file at a commit (`repository`, `commit`, `path`) or any
/// `url`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pin {
    /// The upstream repository (`https://github.com/stripe/openapi`).
    #[serde(default)]
    pub repository: Option<String>,
    /// The upstream commit.
    #[serde(default)]
    pub commit: Option<String>,
    /// The file's path in the upstream repository.
    #[serde(default)]
    pub path: Option<String>,
    /// Where to download the file from, when it is not a GitHub file given by the three above.
    #[serde(default)]
    pub url: Option<String>,
    /// The file's path inside the mirror (and the download cache): relative, without `..`.
    pub mirror_path: PathBuf,
    /// Lowercase hex sha256 of the file.
    pub sha256: String,
}

impl Pin {
    /// Reads a pin file.
    pub fn load(path: &Path) -> Result<Pin> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let pin: Pin = toml::from_str(&text).map_err(|e| Error::Config { path: path.to_owned(), message: e.to_string() })?;
        let problem = if pin.download_url().is_none() {
            Some("needs `url`, or `repository`, `commit` and `path`, to say where the file comes from")
        } else if !pin.mirror_path.components().all(|c| matches!(c, Component::Normal(_))) {
            Some("`mirror_path` must be a relative path without `.` or `..`")
        } else if pin.sha256.len() != 64 || !pin.sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            Some("`sha256` must be 64 hex digits")
        } else {
            None
        };
        match problem {
            Some(message) => Err(Error::Config { path: path.to_owned(), message: message.to_owned() }),
            None => Ok(pin),
        }
    }

    /// Where to download the file from: `url`, or the raw file of `repository` at `commit`.
    pub fn download_url(&self) -> Option<String> {
        if let Some(url) = &self.url {
            return Some(url.clone());
        }
        let (repository, commit, path) = (self.repository.as_ref()?, self.commit.as_ref()?, self.path.as_ref()?);
        let raw = repository.replace("https://github.com/", "https://raw.githubusercontent.com/");
        Some(format!("{raw}/{commit}/{path}"))
    }

    /// The file in `mirror` after checking that its hash is the pinned one.
    pub fn locate(&self, pin_file: &Path, mirror: &Path) -> Result<PathBuf> {
        let file = mirror.join(&self.mirror_path);
        let bytes = std::fs::read(&file).map_err(|e| self.error(pin_file, format!("could not read {} ({e})", file.display())))?;
        self.verify(pin_file, &file, &bytes)?;
        Ok(file)
    }

    /// The pinned file: from `mirror` if it is there, else from the fetcher's cache, else
    /// downloaded into the cache (unless the fetcher is offline). Each copy found must have the
    /// pinned hash; a download that does not is refused and not kept.
    pub fn obtain(&self, pin_file: &Path, mirror: &Path, fetcher: &Fetcher) -> Result<PathBuf> {
        let in_mirror = mirror.join(&self.mirror_path);
        if in_mirror.exists() {
            return self.locate(pin_file, mirror);
        }
        let Some(cache) = &fetcher.cache_dir else {
            return Err(self.error(pin_file, format!("it is not in the mirror ({}) and no cache directory is known (set HOME or {})", in_mirror.display(), super::fetch::CACHE_ENV)));
        };
        let cached = cache.join(&self.mirror_path);
        if cached.exists() {
            return self.locate(pin_file, cache);
        }
        let url = self.download_url().expect("checked by Pin::load");
        if fetcher.offline {
            return Err(self.error(
                pin_file,
                format!(
                    "it is neither in the mirror ({}) nor in the cache ({}), and downloading it from {url} is forbidden (--offline, {OFFLINE_ENV})",
                    in_mirror.display(),
                    cached.display()
                ),
            ));
        }
        fetcher.download(&url, &self.sha256.to_ascii_lowercase(), &cached).map_err(|message| self.error(pin_file, message))?;
        Ok(cached)
    }

    /// Refuses `bytes`, read from `file`, unless their hash is the pinned one.
    fn verify(&self, pin_file: &Path, file: &Path, bytes: &[u8]) -> Result<()> {
        let actual = hex(&Sha256::digest(bytes));
        if actual == self.sha256.to_ascii_lowercase() {
            return Ok(());
        }
        Err(Error::Config {
            path: pin_file.to_owned(),
            message: format!(
                "{} has sha256 {actual}, but the pin says {}; it holds a different version of the file pinned from {}",
                file.display(),
                self.sha256,
                self.download_url().unwrap_or_default(),
            ),
        })
    }

    /// A failure to obtain the file, with how to provide it by hand.
    fn error(&self, pin_file: &Path, reason: String) -> Error {
        Error::Config {
            path: pin_file.to_owned(),
            message: format!(
                "the pinned spec {} is not available: {reason}.\n\
                 Point {MIRROR_ENV} (or `cargo xtask codegen --specs-mirror DIR`) at a directory holding {rel}, \
                 or run again with network access to download it from {url}",
                self.mirror_path.display(),
                rel = self.mirror_path.display(),
                url = self.download_url().unwrap_or_default(),
            ),
        }
    }
}

/// The mirror directory: `$SDKGEN_SPECS_MIRROR` if set, else `default`.
pub fn mirror_dir(default: &Path) -> PathBuf {
    match std::env::var_os(MIRROR_ENV) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => default.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pin(sha256: &str) -> Pin {
        Pin {
            repository: Some("https://github.com/acme/api".into()),
            commit: Some("abc".into()),
            path: Some("openapi/spec.json".into()),
            url: None,
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
