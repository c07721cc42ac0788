//! Compiles the lemma tables `data/lemmas/{fr,en}.tsv` into what `src/lemmas.rs`
//! includes, so that nothing is parsed at run time:
//!
//! - `{lang}.fst`: an `fst::Map` from each form to the index of its lemma;
//! - `{lang}_lemmas.txt`: the distinct lemmas, concatenated;
//! - `{lang}_lemma_ends.bin`: where lemma *i* ends in that text, as a
//!   little-endian `u32` (lemma *i* starts where lemma *i − 1* ends).
//!
//! Offsets rather than a `&[&str]` array: a static array of string slices
//! costs 16 bytes and a relocation per lemma in the binary, a `u32` costs 4.

use std::collections::HashMap;
use std::path::Path;
use std::{env, fs};

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for lang in ["fr", "en"] {
        let source = format!("data/lemmas/{lang}.tsv");
        println!("cargo:rerun-if-changed={source}");
        let text = fs::read_to_string(&source).unwrap_or_else(|e| panic!("{source}: {e}"));
        let compiled = compile(&source, &text);
        write(&out_dir, &format!("{lang}.fst"), &compiled.forms);
        write(
            &out_dir,
            &format!("{lang}_lemmas.txt"),
            compiled.lemmas.as_bytes(),
        );
        write(&out_dir, &format!("{lang}_lemma_ends.bin"), &compiled.ends);
    }
    println!("cargo:rerun-if-changed=build.rs");
}

struct Compiled {
    forms: Vec<u8>,
    lemmas: String,
    ends: Vec<u8>,
}

fn compile(source: &str, text: &str) -> Compiled {
    let mut forms = fst::MapBuilder::memory();
    let mut index_of: HashMap<&str, u64> = HashMap::new();
    let (mut lemmas, mut ends) = (String::new(), Vec::new());
    for (number, line) in text.lines().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        let fail = |why: &str| -> ! { panic!("{source}:{}: {why}: {line:?}", number + 1) };
        let Some((form, lemma)) = line.split_once('\t') else {
            fail("not form<TAB>lemma")
        };
        let index = *index_of.entry(lemma).or_insert_with(|| {
            lemmas.push_str(lemma);
            ends.extend(u32::try_from(lemmas.len()).unwrap().to_le_bytes());
            (ends.len() / 4 - 1) as u64
        });
        if let Err(e) = forms.insert(form, index) {
            fail(&format!("forms must be unique and sorted by bytes ({e})"));
        }
    }
    let forms = forms.into_inner().expect("an in-memory fst cannot fail");
    Compiled {
        forms,
        lemmas,
        ends,
    }
}

fn write(out_dir: &str, name: &str, bytes: &[u8]) {
    let path = Path::new(out_dir).join(name);
    fs::write(&path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}
