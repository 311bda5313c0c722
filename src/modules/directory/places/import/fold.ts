// Letters that Unicode does not decompose into a plain letter and an accent.
const undecomposed: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/** "Thiès" → "thies", "Saint-Étienne" → "saint etienne": how a typed name is compared with names. */
export function foldName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => undecomposed[c] ?? c)
    .replace(/[\s\p{P}\p{S}]+/gu, " ")
    .trim();
}
