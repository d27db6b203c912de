import { feedforwardHint, groupIntoThemes, type Theme } from '../feedforward/public.models';
import { analyzeProblemFocus, type RankableCompetency, rankCompetencies } from '../reframe/public.models';
import type { TextAnalysis } from './analyzed-text';
import { cutLongWords } from './long-words.models';

/**
 * Every analysis the app runs on people's text, by name, as the text pool's worker runs it. Each
 * calls the models as they are, after cutting overlong words; input and result cross a thread, so
 * both are plain data.
 */
export const textTasks = {
  /** The stakeholders' phrasing hint while they type a suggestion. */
  feedforwardHint: ({ text }: { text: string }, analysis: TextAnalysis) =>
    feedforwardHint(cutLongWords(text), analysis),

  /** The reframe assistant: whose problem it sounds like, and the competencies it is closest to. */
  reframe: (
    { problem, competencies }: { problem: string; competencies: RankableCompetency[] },
    analysis: TextAnalysis,
  ) => {
    const text = cutLongWords(problem);
    return {
      ...analyzeProblemFocus(text, analysis),
      ranked: rankCompetencies(text, competencies, analysis),
    };
  },

  /** Themes over a released round's suggestions, per question, shown as the stakeholders wrote them. */
  themes: (
    { suggestionsByQuestion }: { suggestionsByQuestion: string[][] },
    analysis: TextAnalysis,
  ): Theme[] => {
    const suggestions = suggestionsByQuestion.flat();
    const cut = suggestions.map(cutLongWords);
    const written = writtenFormsOf(cut, suggestions);
    const cutByQuestion = suggestionsByQuestion.map((answers) => answers.map(cutLongWords));
    return groupIntoThemes(cutByQuestion, analysis).map((theme) => ({
      ...theme,
      suggestions: theme.suggestions.map((text) => written.get(text)?.shift() ?? text),
    }));
  },
};

export type TextTasks = typeof textTasks;
export type TextTaskName = keyof TextTasks;
export type TextTaskInput<Name extends TextTaskName> = Parameters<TextTasks[Name]>[0];
export type TextTaskResult<Name extends TextTaskName> = ReturnType<TextTasks[Name]>;

/** Themes quote the (trimmed) texts they were given; this leads each cut text back to what was written. */
function writtenFormsOf(cut: readonly string[], written: readonly string[]): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  cut.forEach((text, index) => {
    const key = text.trim();
    forms.set(key, [...(forms.get(key) ?? []), (written[index] ?? text).trim()]);
  });
  return forms;
}
