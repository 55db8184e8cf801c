//! `sopcheck`: checks SOP files (being written).

fn main() {
    println!("sopcheck {}", sop_core::VERSION);
}
