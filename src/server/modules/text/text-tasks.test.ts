import { expect, test } from 'vitest';
import { defaultFramework } from '../frameworks/default-framework';
import type { TextAnalysis } from './analyzed-text';
import { longestWordAnalyzed } from './long-words.models';
import { createTextAnalysis } from './text-analysis';
import { textTasks } from './text-tasks';

const model = createTextAnalysis();

/** The real model, noting the longest run of non-space characters it was given to read. */
function watchedAnalysis() {
  const seen = { longestWord: 0 };
  const analysis: TextAnalysis = {
    analyze(text) {
      for (const word of text.split(/\s+/))
        seen.longestWord = Math.max(seen.longestWord, Array.from(word).length);
      return model.analyze(text);
    },
  };
  return { analysis, seen };
}

const pasted = `You never listen ${'a'.repeat(4000)}`;

test('no task gives the model a word longer than the cut, however long the word written', () => {
  const { analysis, seen } = watchedAnalysis();
  textTasks.feedforwardHint({ text: pasted }, analysis);
  textTasks.reframe({ problem: pasted, competencies: defaultFramework.competencies }, analysis);
  textTasks.themes({ suggestionsByQuestion: [[pasted, 'Listen before you decide.']] }, analysis);
  expect(seen.longestWord).toBe(longestWordAnalyzed);
});

test('themes quote each suggestion as it was written, long words and all', () => {
  const { analysis } = watchedAnalysis();
  const suggestions = [
    `shorter standups ${'b'.repeat(100)}`,
    `shorter standups ${'b'.repeat(200)}`,
    'shorter standups, please.',
  ];
  const themes = textTasks.themes({ suggestionsByQuestion: [suggestions] }, analysis);
  expect(themes).toHaveLength(1);
  expect(themes.flatMap((theme) => theme.suggestions).sort()).toEqual([...suggestions].sort());
});
