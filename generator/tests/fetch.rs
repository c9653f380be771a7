//! Pinned specs fetch themselves: a pinned file missing from the mirror and the cache is
//! downloaded, checked against its sha256 and kept in the cache; a wrong hash, an error status
//! and a stalled server fail the download and leave nothing behind; offline, nothing is
//! requested. Every server here is a thread on loopback that answers a bounded number of
//! requests.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use sdkgen::codegen::{self, Mode};
use sdkgen::Fetcher;
use sdkgen::spec::Pin;
use sha2::{Digest, Sha256};

/// What the loopback server answers.
#[derive(Clone)]
enum Answer {
    /// 200 with this body.
    Body(Vec<u8>),
    /// This status with an empty body.
    Status(u16),
    /// 200 announcing 1,000 bytes, sending 10 and then nothing for 10 seconds.
    Stall,
}

/// A loopback HTTP server answering at most four requests, then stopping.
struct Server {
    url: String,
    requests: Arc<AtomicUsize>,
}

impl Server {
    fn start(answer: Answer) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/openapi.json", listener.local_addr().unwrap());
        let requests = Arc::new(AtomicUsize::new(0));
        let counted = requests.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().take(4) {
                let Ok(mut stream) = stream else { continue };
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).is_ok_and(|n| n == 1) {
                    head.push(byte[0]);
                }
                counted.fetch_add(1, Ordering::SeqCst);
                let _ = match &answer {
                    Answer::Body(body) => stream
                        .write_all(format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len()).as_bytes())
                        .and_then(|()| stream.write_all(body)),
                    Answer::Status(status) => stream
                        .write_all(format!("HTTP/1.1 {status} Nope\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").as_bytes()),
                    Answer::Stall => {
                        let sent = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n0123456789");
                        std::thread::sleep(Duration::from_secs(10));
                        sent
                    }
                };
            }
        });
        Server { url, requests }
    }

    fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }
}

/// A scratch directory with an empty mirror and an empty cache.
struct Scratch(PathBuf);

impl Scratch {
    fn new(label: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("sdkgen-fetch-{label}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("mirror")).unwrap();
        Scratch(dir)
    }

    fn mirror(&self) -> PathBuf {
        self.0.join("mirror")
    }

    fn fetcher(&self, offline: bool) -> Fetcher {
        Fetcher { offline, cache_dir: Some(self.0.join("cache")), timeout: Duration::from_secs(1) }
    }

    /// Writes a pin file for `url` with the hash of `content`; returns its path.
    fn pin_file(&self, url: &str, content: &[u8]) -> PathBuf {
        let path = self.0.join("api.pin.toml");
        let sha256: String = Sha256::digest(content).iter().map(|b| format!("{b:02x}")).collect();
        std::fs::write(&path, format!("url = \"{url}\"\nmirror_path = \"acme/openapi.json\"\nsha256 = \"{sha256}\"\n")).unwrap();
        path
    }

    /// Every file under the cache directory.
    fn cached_files(&self) -> Vec<PathBuf> {
        fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() { walk(&path, out) } else { out.push(path) }
            }
        }
        let mut files = Vec::new();
        walk(&self.0.join("cache"), &mut files);
        files
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const SPEC: &[u8] = b"{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"Acme\", \"version\": \"1\"}, \"paths\": {}, \
    \"components\": {\"schemas\": {\"Thing\": {\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\"}}}}}}";

#[test]
fn a_missing_pinned_spec_is_downloaded_checked_and_cached() {
    let scratch = Scratch::new("good");
    let server = Server::start(Answer::Body(SPEC.to_vec()));
    let pin_file = scratch.pin_file(&server.url, SPEC);
    let pin = Pin::load(&pin_file).unwrap();

    let path = pin.obtain(&pin_file, &scratch.mirror(), &scratch.fetcher(false)).unwrap();
    assert_eq!(path, scratch.0.join("cache/acme/openapi.json"));
    assert_eq!(std::fs::read(&path).unwrap(), SPEC);
    assert_eq!(server.requests(), 1);
    assert_eq!(scratch.cached_files(), vec![path.clone()], "only the spec is kept");

    // The second time it comes from the cache, even offline.
    assert_eq!(pin.obtain(&pin_file, &scratch.mirror(), &scratch.fetcher(true)).unwrap(), path);
    assert_eq!(server.requests(), 1);
}

#[test]
fn the_mirror_comes_before_the_cache_and_the_network() {
    let scratch = Scratch::new("mirror");
    let server = Server::start(Answer::Status(500));
    let pin_file = scratch.pin_file(&server.url, SPEC);
    std::fs::create_dir_all(scratch.mirror().join("acme")).unwrap();
    std::fs::write(scratch.mirror().join("acme/openapi.json"), SPEC).unwrap();
    let path = Pin::load(&pin_file).unwrap().obtain(&pin_file, &scratch.mirror(), &scratch.fetcher(false)).unwrap();
    assert_eq!(path, scratch.mirror().join("acme/openapi.json"));
    assert_eq!(server.requests(), 0);
}

#[test]
fn a_download_with_another_hash_is_refused_and_nothing_is_kept() {
    let scratch = Scratch::new("hash");
    let server = Server::start(Answer::Body(b"{\"openapi\": \"3.0.3\", \"tampered\": true}".to_vec()));
    let pin_file = scratch.pin_file(&server.url, SPEC);
    let err = Pin::load(&pin_file).unwrap().obtain(&pin_file, &scratch.mirror(), &scratch.fetcher(false)).unwrap_err().to_string();
    assert!(err.contains("its sha256 is") && err.contains("not the pinned") && err.contains("nothing was kept"), "{err}");
    assert!(err.contains(&pin_file.display().to_string()), "the error names the pin file: {err}");
    assert_eq!(server.requests(), 1);
    assert_eq!(scratch.cached_files(), Vec::<PathBuf>::new());
}

#[test]
fn an_error_status_fails_the_download() {
    let scratch = Scratch::new("404");
    let server = Server::start(Answer::Status(404));
    let pin_file = scratch.pin_file(&server.url, SPEC);
    let err = Pin::load(&pin_file).unwrap().obtain(&pin_file, &scratch.mirror(), &scratch.fetcher(false)).unwrap_err().to_string();
    assert!(err.contains("the server answered 404"), "{err}");
    assert!(err.contains(&server.url), "{err}");
    assert_eq!(scratch.cached_files(), Vec::<PathBuf>::new());
}

#[test]
fn a_stalled_server_times_out() {
    let scratch = Scratch::new("stall");
    let server = Server::start(Answer::Stall);
    let pin_file = scratch.pin_file(&server.url, SPEC);
    let started = Instant::now();
    let err = Pin::load(&pin_file).unwrap().obtain(&pin_file, &scratch.mirror(), &scratch.fetcher(false)).unwrap_err().to_string();
    let took = started.elapsed();
    assert!(took < Duration::from_secs(5), "the 1 s timeout took {took:?}");
    assert!(err.contains("took longer than 1s"), "{err}");
    assert_eq!(scratch.cached_files(), Vec::<PathBuf>::new());
}

#[test]
fn offline_nothing_is_requested() {
    let scratch = Scratch::new("offline");
    let server = Server::start(Answer::Body(SPEC.to_vec()));
    let pin_file = scratch.pin_file(&server.url, SPEC);
    let err = Pin::load(&pin_file).unwrap().obtain(&pin_file, &scratch.mirror(), &scratch.fetcher(true)).unwrap_err().to_string();
    assert!(err.contains("--offline"), "{err}");
    assert!(err.contains(&scratch.mirror().join("acme/openapi.json").display().to_string()), "names where it looked: {err}");
    assert_eq!(server.requests(), 0);
}

#[test]
fn a_config_with_a_pinned_spec_downloads_it_on_load() {
    let scratch = Scratch::new("config");
    let server = Server::start(Answer::Body(SPEC.to_vec()));
    scratch.pin_file(&server.url, SPEC);
    let config = scratch.0.join("sdks.toml");
    std::fs::write(
        &config,
        "specs_mirror = \"mirror\"\n[[sdk]]\nname = \"acme\"\npinned_spec = \"api.pin.toml\"\noutput = \"out\"\nversion = \"0.1.0\"\ndescription = \"Acme\"\n",
    )
    .unwrap();
    let loaded = sdkgen::Config::load_with(&config, &scratch.fetcher(false)).unwrap();
    assert!(loaded.unavailable.is_empty(), "{:?}", loaded.unavailable);
    assert_eq!(loaded.sdks[0].spec, scratch.0.join("cache/acme/openapi.json"));
    let generation = sdkgen::generate(&loaded.sdks[0], &sdkgen::Templates::builtin()).unwrap();
    assert!(generation.sdk.files["models/src/lib.rs"].contains("pub struct Thing"));
}

/// An SDK whose pinned spec cannot be had does not stop the others: a write generates them and
/// names the one skipped; a check fails on it.
#[test]
fn an_unavailable_pinned_spec_skips_its_sdk_only() {
    let scratch = Scratch::new("skip");
    let server = Server::start(Answer::Status(404));
    // A mirror path no cache holds, so the (loopback) download is attempted and fails.
    let pin = format!(
        "url = \"{}\"\nmirror_path = \"sdkgen-test-{}/openapi.json\"\nsha256 = \"{}\"\n",
        server.url,
        std::process::id(),
        "0".repeat(64)
    );
    std::fs::write(scratch.0.join("api.pin.toml"), pin).unwrap();
    let good = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/petstore.yaml");
    let config = scratch.0.join("sdks.toml");
    std::fs::write(
        &config,
        format!(
            "specs_mirror = \"mirror\"\n\
             [[sdk]]\nname = \"acme\"\npinned_spec = \"api.pin.toml\"\noutput = \"out/acme\"\nversion = \"0.1.0\"\ndescription = \"Acme\"\n\
             [[sdk]]\nname = \"petstore\"\nspec = {:?}\noutput = \"out/petstore\"\nversion = \"0.1.0\"\ndescription = \"Pets\"\n",
            good.display().to_string()
        ),
    )
    .unwrap();

    let report = codegen::run(&config, None, Mode::Write).unwrap();
    assert!(report.ok(), "{report}");
    assert_eq!(report.generations.len(), 1);
    assert!(scratch.0.join("out/petstore/client/src/lib.rs").is_file());
    assert!(!scratch.0.join("out/acme").exists());
    let text = report.to_string();
    assert!(text.contains("acme: skipped, its spec is not available"), "{text}");

    let check = codegen::run(&config, None, Mode::Check).unwrap();
    assert!(!check.ok(), "a check fails on a skipped SDK");
    assert!(check.to_string().contains("1 SDK(s) could not be checked"), "{check}");
}
