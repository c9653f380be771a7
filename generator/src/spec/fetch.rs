//! Downloading pinned specs: a pinned file missing from the mirror and the cache is fetched
//! from its pinned URL, checked against its sha256 and only then kept in the cache.
//!
//! The download is bounded: at most [`MAX_SPEC_BYTES`](super::load::MAX_SPEC_BYTES), within
//! [`Fetcher::timeout`] for the whole exchange (so a server that stalls mid-body fails the
//! download instead of hanging it). A body whose hash differs is refused and nothing is written.

use std::path::{Path, PathBuf};
use std::time::Duration;

use sha2::{Digest, Sha256};

/// Environment variable that forbids downloading (`1` or `true`); `--offline` sets it.
pub const OFFLINE_ENV: &str = "SDKGEN_OFFLINE";

/// Environment variable naming the cache directory of downloaded specs.
pub const CACHE_ENV: &str = "SDKGEN_CACHE_DIR";

/// How pinned specs that are not on disk are obtained.
#[derive(Debug, Clone)]
pub struct Fetcher {
    /// Whether downloading is forbidden.
    pub offline: bool,
    /// Where downloaded specs are kept; `None` when no home or cache directory is known.
    pub cache_dir: Option<PathBuf>,
    /// The longest a download may take, connecting and reading the whole body included.
    pub timeout: Duration,
}

impl Fetcher {
    /// The settings of the environment: [`OFFLINE_ENV`], and `CACHE_ENV`, else
    /// `$XDG_CACHE_HOME/sdkgen/specs`, else `~/.cache/sdkgen/specs`; two minutes per download.
    pub fn from_env() -> Self {
        let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        let offline = var(OFFLINE_ENV).is_some_and(|v| v == "1" || v.eq_ignore_ascii_case("true"));
        let cache_dir = var(CACHE_ENV).map(PathBuf::from).or_else(|| {
            let cache_home = var("XDG_CACHE_HOME").map(PathBuf::from).or_else(|| var("HOME").map(|home| Path::new(&home).join(".cache")));
            cache_home.map(|dir| dir.join("sdkgen/specs"))
        });
        Fetcher { offline, cache_dir, timeout: Duration::from_secs(120) }
    }

    /// Downloads `url` into `dest` if its sha256 is `sha256` (lowercase hex). On any failure
    /// nothing is left at `dest`; the message says what went wrong.
    pub fn download(&self, url: &str, sha256: &str, dest: &Path) -> Result<(), String> {
        let bytes = self.get(url)?;
        let actual = hex(&Sha256::digest(&bytes));
        if actual != sha256 {
            return Err(format!("downloaded {url}, but its sha256 is {actual}, not the pinned {sha256}; nothing was kept"));
        }
        let dir = dest.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(|e| format!("could not create {}: {e}", dir.display()))?;
        let staged = dest.with_extension("sdkgen-download");
        let kept = std::fs::write(&staged, &bytes).and_then(|()| std::fs::rename(&staged, dest));
        kept.map_err(|e| {
            let _ = std::fs::remove_file(&staged);
            format!("could not keep the download in {}: {e}", dest.display())
        })
    }

    /// The body of a successful GET of `url`, at most `MAX_SPEC_BYTES`.
    fn get(&self, url: &str) -> Result<Vec<u8>, String> {
        let agent: ureq::Agent =
            ureq::Agent::config_builder().timeout_global(Some(self.timeout)).http_status_as_error(false).build().into();
        let failed = |e: ureq::Error| match e {
            ureq::Error::Timeout(_) => format!("downloading {url} took longer than {:?}", self.timeout),
            ureq::Error::BodyExceedsLimit(limit) => format!("{url} is larger than {limit} bytes, the limit for a spec"),
            e => format!("could not download {url}: {e}"),
        };
        let mut response = agent.get(url).call().map_err(failed)?;
        let status = response.status();
        if !status.is_success() {
            return Err(format!("could not download {url}: the server answered {status}"));
        }
        response.body_mut().with_config().limit(super::load::MAX_SPEC_BYTES).read_to_vec().map_err(failed)
    }
}

/// Lowercase hex of `bytes`.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
