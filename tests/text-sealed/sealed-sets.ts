import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The sealed text sets of issue 13: realistic wording written before and without looking at the
 * analysis, never used to write a rule or train a model. Only their aggregate figures may be read
 * (npm run bench:text); see README.md in this folder.
 */

const caseBase = { id: z.string().min(1), voice: z.string().min(1) };
const text = z.string().trim().min(3);

export const focusCaseSchema = z.strictObject({ ...caseBase, text, mostlyAboutOthers: z.boolean() });
export const competencyCaseSchema = z.strictObject({
  ...caseBase,
  text,
  competencies: z.array(z.string().min(1)).min(1).max(2),
});
export const suggestionKinds = ['judgmental', 'backward-looking', 'future-focused'] as const;
export const suggestionCaseSchema = z.strictObject({ ...caseBase, text, kind: z.enum(suggestionKinds) });
export const commitmentLabels = ['ok', 'vague', 'outside-control', 'micromanagement'] as const;
export const commitmentCaseSchema = z.strictObject({
  ...caseBase,
  draft: z.strictObject({ situation: text, action: text, frequency: text, noticedBy: text }),
  label: z.enum(commitmentLabels),
});
export const identifyingCaseSchema = z.strictObject({ ...caseBase, text, identifying: z.boolean() });

export type FocusCase = z.infer<typeof focusCaseSchema>;
export type CompetencyCase = z.infer<typeof competencyCaseSchema>;
export type SuggestionCase = z.infer<typeof suggestionCaseSchema>;
export type CommitmentCase = z.infer<typeof commitmentCaseSchema>;
export type CommitmentLabel = CommitmentCase['label'];
export type IdentifyingCase = z.infer<typeof identifyingCaseSchema>;

/**
 * Each set is the union of its batches: the first written with the sets, later ones added blind
 * (README.md in this folder says who wrote each batch and when).
 */
export const sealedFiles = {
  focus: ['problem-focus.sealed.json', 'problem-focus.batch-2.sealed.json'],
  competency: ['competency.sealed.json', 'competency.batch-2.sealed.json'],
  suggestions: ['suggestions.sealed.json', 'suggestions.batch-2.sealed.json'],
  commitments: ['commitments.sealed.json', 'commitments.batch-2.sealed.json'],
  selfIdentifying: ['self-identifying.sealed.json', 'self-identifying.batch-2.sealed.json'],
} as const;

function load<T>(files: readonly string[], schema: z.ZodType<T>): T[] {
  return files.flatMap((file) => {
    const raw: unknown = JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'));
    return z.array(schema).parse(raw);
  });
}

export const loadFocusCases = () => load(sealedFiles.focus, focusCaseSchema);
export const loadCompetencyCases = () => load(sealedFiles.competency, competencyCaseSchema);
export const loadSuggestionCases = () => load(sealedFiles.suggestions, suggestionCaseSchema);
export const loadCommitmentCases = () => load(sealedFiles.commitments, commitmentCaseSchema);
export const loadIdentifyingCases = () => load(sealedFiles.selfIdentifying, identifyingCaseSchema);
