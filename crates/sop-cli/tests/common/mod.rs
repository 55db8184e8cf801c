//! Running the `sopcheck` binary in a scratch directory, with a clean environment.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The fixtures of this crate.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The shared corpus fixtures at the repository root.
pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/corpus")
}

/// What a run printed and how it ended.
#[derive(Debug)]
pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Out {
    /// The whole run as one snapshot text (the version number replaced by `[VERSION]`).
    pub fn snap(&self) -> String {
        format!(
            "exit: {}\n----- stdout -----\n{}----- stderr -----\n{}",
            self.code, self.stdout, self.stderr
        )
        .replace(env!("CARGO_PKG_VERSION"), "[VERSION]")
    }

    /// Standard output as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("{e}: {}", self.stdout))
    }
}

/// A scratch directory and how to run `sopcheck` in it.
pub struct Scratch {
    pub dir: tempfile::TempDir,
}

impl Scratch {
    /// An empty scratch directory.
    pub fn new() -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// A scratch directory holding copies of these fixtures (by file name).
    pub fn with(fixtures_named: &[&str]) -> Self {
        let s = Self::new();
        for name in fixtures_named {
            s.copy(name, name);
        }
        s
    }

    /// The directory.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Copies fixture `name` to `to` (relative, directories created).
    pub fn copy(&self, name: &str, to: &str) {
        let target = self.path().join(to);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(fixtures().join(name), target).unwrap();
    }

    /// Writes a file (relative, directories created).
    pub fn write(&self, to: &str, text: &str) {
        let target = self.path().join(to);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, text).unwrap();
    }

    /// Reads a file.
    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.path().join(name)).unwrap()
    }

    /// Runs `sopcheck args…` here with an empty environment.
    pub fn run(&self, args: &[&str]) -> Out {
        self.run_with(args, &[], None)
    }

    /// Runs with environment variables and standard input.
    pub fn run_with(&self, args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Out {
        run_in(self.path(), args, env, stdin)
    }
}

/// Runs `sopcheck` in `dir` with only `env` set.
pub fn run_in(dir: &Path, args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Out {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sopcheck"));
    cmd.current_dir(dir)
        .args(args)
        .env_clear()
        .envs(env.iter().copied())
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    if let Some(text) = stdin {
        let mut pipe = child.stdin.take().unwrap();
        pipe.write_all(text.as_bytes()).unwrap();
    }
    let output = child.wait_with_output().unwrap();
    Out {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

/// The codes of the diagnostics of the first file in a JSON report.
pub fn codes(report: &serde_json::Value) -> Vec<String> {
    report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}
