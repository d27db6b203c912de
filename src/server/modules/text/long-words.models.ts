/**
 * The longest run of non-space characters the language model reads as written. English words and
 * ordinary links fit; a pasted 4,000-character "word" made the tokenizer work for seconds.
 */
export const longestWordAnalyzed = 40;

const longWord = new RegExp(`\\S{${longestWordAnalyzed + 1},}`, 'gu');

/**
 * Cuts every longer run to its first `longestWordAnalyzed` characters before analysis, so its cost
 * follows the text's length (capped at the edge) and never the length of one word.
 */
export function cutLongWords(text: string): string {
  return text.replace(longWord, (word) => Array.from(word).slice(0, longestWordAnalyzed).join(''));
}
