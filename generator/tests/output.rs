//! Writing generated files: all or nothing, only files the generator wrote are removed, links
//! are never followed, and output directories that would harm other files are refused.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sdkgen::codegen::{self, Mode, Outcome};
use sdkgen::output::{Drift, FILE_LIST};
use sdkgen::Error;

#[path = "support/temp.rs"]
mod temp;
use temp::TempDir;

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn bad_spec(file: &str) -> PathBuf {
    manifest_dir().join("tests/bad_specs").join(file)
}

fn good_spec() -> PathBuf {
    manifest_dir().join("tests/fixtures/parameters.yaml")
}

/// Writes a config listing `(name, spec, output)` SDKs; outputs are relative to the config.
fn write_config(dir: &Path, sdks: &[(&str, &Path, &str)]) -> PathBuf {
    let mut text = String::new();
    for (name, spec, output) in sdks {
        text.push_str(&format!(
            "[[sdk]]\nname = {name:?}\nspec = {:?}\noutput = {output:?}\nversion = \"0.1.0\"\ndescription = \"fixture\"\n\n",
            spec.display().to_string()
        ));
    }
    let path = dir.join("sdks.toml");
    std::fs::write(&path, text).unwrap();
    path
}

/// Everything under `root`, links not followed: files with their bytes, links as `-> target`,
/// directories as `None`.
fn tree(root: &Path) -> BTreeMap<PathBuf, Option<Vec<u8>>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let rel = path.strip_prefix(root).unwrap().to_path_buf();
            let kind = std::fs::symlink_metadata(&path).unwrap().file_type();
            if kind.is_symlink() {
                out.insert(rel, Some(format!("-> {}", std::fs::read_link(&path).unwrap().display()).into_bytes()));
            } else if kind.is_dir() {
                out.insert(rel, None);
                stack.push(path);
            } else {
                out.insert(rel, Some(std::fs::read(&path).unwrap()));
            }
        }
    }
    out
}

fn files_only(tree: &BTreeMap<PathBuf, Option<Vec<u8>>>) -> BTreeMap<&PathBuf, &Vec<u8>> {
    tree.iter().filter_map(|(p, bytes)| bytes.as_ref().map(|b| (p, b))).collect()
}

/// A bad spec stops the whole run before anything is written, even for the SDKs that generated.
#[test]
fn failed_run_writes_nothing() {
    let dir = TempDir::new("all-or-nothing");
    let good_out = dir.0.join("out/good");
    let bad_out = dir.0.join("out/bad");
    std::fs::create_dir_all(&good_out).unwrap();
    std::fs::create_dir_all(&bad_out).unwrap();
    std::fs::write(good_out.join("sentinel.txt"), "keep me\n").unwrap();
    std::fs::write(bad_out.join("sentinel.txt"), "keep me too\n").unwrap();
    let config = write_config(
        &dir.0,
        &[
            ("good", &good_spec(), "out/good"),
            ("bad", &bad_spec("two_dangling_refs.yaml"), "out/bad"),
        ],
    );
    // Strict, the bad SDK's two degraded schemas are errors (the last `[[sdk]]` takes the key).
    let mut text = std::fs::read_to_string(&config).unwrap();
    text.push_str("strict = true\n");
    std::fs::write(&config, text).unwrap();
    let before = tree(&dir.0);

    let err = codegen::run(&config, None, Mode::Write).expect_err("the bad spec fails the run");
    match &err {
        Error::Spec { file, problems, .. } => {
            assert_eq!(file, &bad_spec("two_dangling_refs.yaml"));
            assert_eq!(problems.len(), 2);
        }
        other => panic!("expected a spec error, got {other:?}"),
    }
    assert_eq!(tree(&dir.0), before, "a failed run must leave every output directory as it was");
    assert_eq!(std::fs::read_to_string(good_out.join("sentinel.txt")).unwrap(), "keep me\n");
}

/// When writing fails part way (here: a directory stands where a file of the second SDK must be
/// staged), the files staged so far are removed and no file of any SDK changes. (Directories
/// made while staging are left behind, empty; only files are compared.)
#[test]
fn failed_write_leaves_files_unchanged() {
    let dir = TempDir::new("write-failure");
    let first_out = dir.0.join("out/first");
    let second_out = dir.0.join("out/second");
    std::fs::create_dir_all(&first_out).unwrap();
    std::fs::write(first_out.join("sentinel.txt"), "keep me\n").unwrap();
    let in_the_way = second_out.join("models/src/.lib.rs.sdkgen-staged");
    std::fs::create_dir_all(in_the_way.join("full")).unwrap();
    let config = write_config(&dir.0, &[("first", &good_spec(), "out/first"), ("second", &good_spec(), "out/second")]);
    let before = tree(&dir.0);

    let err = codegen::run(&config, None, Mode::Write).expect_err("the write fails");
    match &err {
        Error::Io { path, .. } => assert_eq!(path, &in_the_way),
        other => panic!("expected an I/O error, got {other:?}"),
    }
    let after = tree(&dir.0);
    assert_eq!(files_only(&after), files_only(&before), "no file may be written, changed or left staged");
}

/// A check reports files missing, stale, and listed in `.sdkgen-files` but no longer generated;
/// a file the generator did not write is none of these. A write repairs the three.
#[test]
fn check_reports_missing_stale_and_extra_files() {
    let dir = TempDir::new("check");
    let config = write_config(&dir.0, &[("good", &good_spec(), "out/good")]);
    let root = dir.0.join("out/good");
    let list = root.join(FILE_LIST);

    let report = codegen::run(&config, None, Mode::Write).unwrap();
    let Outcome::Written(summary) = &report.outcome else { panic!("expected a write") };
    let sdk = &report.generations[0].sdk;
    assert_eq!(summary.written.len(), sdk.files.len() + 1, "the generated files and their list");
    assert_eq!((summary.unchanged, summary.removed.len()), (0, 0));
    for (rel, text) in &sdk.files {
        assert_eq!(&std::fs::read_to_string(root.join(rel)).unwrap(), text, "{rel}");
    }
    let listed = std::fs::read_to_string(&list).unwrap();
    assert_eq!(listed, sdk.file_list());
    assert_eq!(listed.lines().skip(1).collect::<Vec<_>>(), sdk.files.keys().collect::<Vec<_>>());

    let report = codegen::run(&config, None, Mode::Check).unwrap();
    assert!(matches!(&report.outcome, Outcome::Checked(drift) if drift.is_empty()), "{report}");
    assert!(report.ok());

    // Edit one file, delete one, add one by hand, and one as if an earlier run had written it.
    let lib = root.join("models/src/lib.rs");
    let original = std::fs::read_to_string(&lib).unwrap();
    std::fs::write(&lib, original.replacen("pub struct Charge {", "pub struct Charge {\n    pub edited: bool,", 1))
        .unwrap();
    std::fs::remove_file(root.join("README.md")).unwrap();
    std::fs::write(root.join("client/src/notes.txt"), "hand-written\n").unwrap();
    let old = root.join("models/src/old.rs");
    std::fs::write(&old, "// written by an earlier run\n").unwrap();
    std::fs::write(&list, format!("{listed}models/src/old.rs\n")).unwrap();

    let report = codegen::run(&config, None, Mode::Check).unwrap();
    assert!(!report.ok());
    let Outcome::Checked(drift) = &report.outcome else { panic!("expected a check") };
    assert_eq!(drift.len(), 4, "{drift:?}");
    assert!(matches!(&drift[0], Drift::Stale { path, .. } if path == &list), "{:?}", drift[0]);
    assert_eq!(drift[1], Drift::Missing(root.join("README.md")));
    let Drift::Stale { path, diff } = &drift[2] else { panic!("expected a stale file, got {:?}", drift[2]) };
    assert_eq!(path, &lib);
    assert!(diff.contains("-    pub edited: bool,"), "{diff}");
    assert!(diff.contains("(on disk)") && diff.contains("(generated)"), "{diff}");
    assert_eq!(drift[3], Drift::Extra(old.clone()));
    let text = report.to_string();
    assert!(text.contains(&format!("missing: {}", root.join("README.md").display())), "{text}");
    assert!(text.contains(&format!("stale:   {}", lib.display())), "{text}");
    assert!(text.contains(&format!("extra:   {} (no longer generated)", old.display())), "{text}");
    assert!(text.contains("4 generated file(s) differ"), "{text}");

    // A check changes nothing on disk; a write repairs all, and leaves the hand-written file.
    assert!(lib.exists() && !root.join("README.md").exists() && old.exists());
    let report = codegen::run(&config, None, Mode::Write).unwrap();
    let Outcome::Written(summary) = &report.outcome else { panic!("expected a write") };
    assert_eq!(summary.written, vec![list.clone(), root.join("README.md"), lib.clone()]);
    assert_eq!(summary.removed, vec![old.clone()]);
    assert_eq!(std::fs::read_to_string(&lib).unwrap(), original);
    assert_eq!(std::fs::read_to_string(root.join("client/src/notes.txt")).unwrap(), "hand-written\n");
    assert!(codegen::run(&config, None, Mode::Check).unwrap().ok());
}

/// Files a user put in an SDK's directory, beside the generated ones or in a folder of their
/// own, survive regeneration: only files an earlier run wrote are removed.
#[test]
fn a_file_the_generator_did_not_write_survives_regeneration() {
    let dir = TempDir::new("stray");
    let config = write_config(&dir.0, &[("good", &good_spec(), "out/good")]);
    let root = dir.0.join("out/good");
    codegen::run(&config, None, Mode::Write).unwrap();
    let notes = dir.write("out/good/client/src/notes.md", "mine\n");
    let data = dir.write("out/good/mine/data.json", "{}\n");
    let config_copy = dir.write("out/good/sdks.toml.bak", "kept\n");

    let report = codegen::run(&config, None, Mode::Write).unwrap();
    let Outcome::Written(summary) = &report.outcome else { panic!("expected a write") };
    assert!(summary.removed.is_empty(), "{:?}", summary.removed);
    for path in [&notes, &data, &config_copy] {
        assert!(path.exists(), "{} was removed", path.display());
    }
    assert!(codegen::run(&config, None, Mode::Check).unwrap().ok(), "user files are not drift");
    // Without a list on disk (an SDK written by an older generator), nothing is removed.
    std::fs::remove_file(root.join(FILE_LIST)).unwrap();
    codegen::run(&config, None, Mode::Write).unwrap();
    assert!(notes.exists() && data.exists() && config_copy.exists());
}

/// An output directory that holds the config (`output = ".."` with an absolute `--config`
/// path), a spec or a `.git` is refused before anything is written; the directory is unchanged.
#[test]
fn an_output_directory_that_holds_inputs_or_a_repository_is_refused() {
    let cases: [(&str, &str, &str); 4] = [
        ("parent", "..", "holds"),
        ("itself", ".", "holds"),
        ("spec", "specs", "holds"),
        ("repository", "../../elsewhere", "`.git`"),
    ];
    for (label, output, expected) in cases {
        let dir = TempDir::new(&format!("refuse-{label}"));
        dir.write("repo/.git/HEAD", "ref: refs/heads/main\n");
        dir.write("repo/src/main.rs", "fn main() {}\n");
        dir.write("elsewhere/.git/HEAD", "ref: refs/heads/main\n");
        dir.write("elsewhere/README.md", "someone else's\n");
        let spec = dir.write("repo/config/specs/api.yaml", std::fs::read(good_spec()).unwrap());
        std::fs::create_dir_all(dir.0.join("repo/config")).unwrap();
        let config = write_config(&dir.0.join("repo/config"), &[("good", &spec, output)]);
        assert!(config.is_absolute());
        let before = tree(&dir.0);

        let err = codegen::run(&config, None, Mode::Write).expect_err(label);
        match &err {
            Error::Output { message, .. } => assert!(message.contains(expected), "{label}: {message}"),
            other => panic!("{label}: expected a refused output, got {other:?}"),
        }
        assert_eq!(tree(&dir.0), before, "{label}: nothing may change");
    }
}

/// Two SDKs whose output directories are nested (or equal) are refused: each would remove or
/// overwrite the other's files.
#[test]
fn overlapping_outputs_of_two_sdks_are_refused() {
    for (label, second) in [("nested", "out/a/b"), ("holding", "out"), ("equal", "out/a/")] {
        let dir = TempDir::new(&format!("overlap-{label}"));
        let config = write_config(&dir.0, &[("a", &good_spec(), "out/a"), ("b", &good_spec(), second)]);
        let err = codegen::run(&config, None, Mode::Write).expect_err(label);
        match &err {
            Error::Output { message, .. } => assert!(message.contains("overlaps that of SDK `b`"), "{label}: {message}"),
            other => panic!("{label}: expected a refused output, got {other:?}"),
        }
        assert!(!dir.0.join("out").exists(), "{label}: nothing may be written");
    }
}

/// A change made to an output directory, or its undoing.
type Step<'a> = Box<dyn Fn() + 'a>;

/// Symbolic links are never followed: a link where a generated directory or file belongs, or
/// a list entry that leaves the SDK's directory, stops the run, and nothing outside the
/// directory is written or removed.
#[test]
fn links_and_paths_out_of_the_output_are_never_followed() {
    let dir = TempDir::new("links");
    let config = write_config(&dir.0, &[("good", &good_spec(), "out/good")]);
    let root = dir.0.join("out/good");
    codegen::run(&config, None, Mode::Write).unwrap();
    let victim = dir.write("outside/victim.rs", "precious\n");
    let outside = dir.0.join("outside");
    let src = root.join("client/src");
    let lib = root.join("models/src/lib.rs");
    let list = root.join(FILE_LIST);

    let mut cases: Vec<(&str, Step, Step)> = Vec::new();
    cases.push((
        "directory link",
        Box::new(|| {
            std::fs::rename(&src, root.join("client/src.real")).unwrap();
            std::os::unix::fs::symlink(&outside, &src).unwrap();
        }),
        Box::new(|| {
            std::fs::remove_file(&src).unwrap();
            std::fs::rename(root.join("client/src.real"), &src).unwrap();
        }),
    ));
    cases.push((
        "file link",
        Box::new(|| {
            std::fs::rename(&lib, root.join("lib.rs.real")).unwrap();
            std::os::unix::fs::symlink(&victim, &lib).unwrap();
        }),
        Box::new(|| {
            std::fs::remove_file(&lib).unwrap();
            std::fs::rename(root.join("lib.rs.real"), &lib).unwrap();
        }),
    ));
    cases.push((
        "root link",
        Box::new(|| {
            std::fs::rename(&root, dir.0.join("out/good.real")).unwrap();
            std::os::unix::fs::symlink(&outside, &root).unwrap();
        }),
        Box::new(|| {
            std::fs::remove_file(&root).unwrap();
            std::fs::rename(dir.0.join("out/good.real"), &root).unwrap();
        }),
    ));
    cases.push((
        "list entry out of the directory",
        Box::new(|| {
            let text = std::fs::read_to_string(&list).unwrap();
            std::fs::write(&list, format!("{text}../../outside/victim.rs\n")).unwrap();
        }),
        Box::new(|| {
            let text = std::fs::read_to_string(&list).unwrap();
            std::fs::write(&list, text.replace("../../outside/victim.rs\n", "")).unwrap();
        }),
    ));
    for (label, set_up, undo) in cases {
        set_up();
        let before = tree(&dir.0);
        let err = codegen::run(&config, None, Mode::Write).expect_err(label);
        assert!(matches!(err, Error::Output { .. }), "{label}: expected a refused output, got {err:?}");
        assert_eq!(tree(&dir.0), before, "{label}: nothing may change");
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n", "{label}");
        undo();
        assert!(codegen::run(&config, None, Mode::Check).unwrap().ok(), "{label}: undone");
    }
}
