import type { RoundResults } from '../../../shared/round-results';
import type { ExportRow, ExportTable } from './export-files.models';

type Scalar = ExportRow[string];
type Rows = readonly Record<string, unknown>[];

export type ExportedRound = {
  id: string;
  cycleId: string;
  kind: string;
  status: string;
  intro: string;
  anonymityK: number;
  openedAt: string;
  closesOn: string;
  closedAt: string | null;
  thankedAt: string | null;
  invitedCount: number;
  results: RoundResults;
};

export type ExportData = {
  account: ExportRow;
  memberships: ExportRow[];
  stakeholders: ExportRow[];
  cycles: Rows;
  rounds: ExportedRound[];
  commitments: Rows;
  announcements: Rows;
  dailyCheckins: Rows;
  dailyReminders: Rows;
  followUpSettings: Rows;
  relationshipNotes: Rows;
  /** When two-step sign-in was set up and each recovery code used: never the secret or a code. */
  twoFactor: Rows;
  /** Name, scopes, last four characters and times: never the token's hash. */
  apiTokens: Rows;
  /** Address, events, enabled: never the signing secret. */
  webhooks: Rows;
  webhookDeliveries: Rows;
};

/** Nested values (a competency snapshot, a baseline) become JSON text in their cell. */
function flat(row: Record<string, unknown>): ExportRow {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]): [string, Scalar] =>
      value !== null && typeof value === 'object' ? [key, JSON.stringify(value)] : [key, value as Scalar],
    ),
  );
}

/** The same data as the JSON file, one table per kind, released figures one per row. */
export function exportTables(data: ExportData): ExportTable[] {
  const released = data.rounds.flatMap((round) =>
    round.results.released ? [{ round, results: round.results }] : [],
  );
  return [
    { name: 'account', rows: [data.account] },
    { name: 'memberships', rows: data.memberships },
    { name: 'stakeholders', rows: data.stakeholders },
    { name: 'cycles', rows: data.cycles.map(flat) },
    {
      name: 'rounds',
      rows: data.rounds.map(({ results, ...round }) =>
        flat({ ...round, released: results.released, responseCount: results.responseCount }),
      ),
    },
    {
      name: 'round-ratings',
      rows: released.flatMap(({ round, results }) =>
        results.ratings.flatMap((rating) =>
          [
            ...(rating.overall
              ? [{ label: 'Everyone', people: rating.overall.n, figure: rating.overall }]
              : []),
            // A group's figure has no count of people (decision 0016); its cell stays empty.
            ...rating.byGroup.map((group) => ({ label: group.label, people: null, figure: group.figure })),
          ].map(({ label, people, figure }) => ({
            roundId: round.id,
            question: rating.prompt,
            subject: rating.subject,
            group: label,
            people,
            average: figure.mean,
            shareImproved: figure.shareImproved,
          })),
        ),
      ),
    },
    {
      name: 'round-choices',
      rows: released.flatMap(({ round, results }) =>
        results.choices.flatMap((choice) =>
          (choice.figure?.options ?? []).map((option) => ({
            roundId: round.id,
            question: choice.prompt,
            option: option.label,
            count: option.count,
          })),
        ),
      ),
    },
    {
      name: 'round-comments',
      rows: released.flatMap(({ round, results }) =>
        results.texts.flatMap((text) =>
          text.answers.map((answer) => ({ roundId: round.id, question: text.prompt, comment: answer })),
        ),
      ),
    },
    {
      name: 'round-manager-answers',
      rows: released.flatMap(({ round, results }) =>
        (results.namedManager ?? []).flatMap((response) =>
          response.answers.map((answer) => ({
            roundId: round.id,
            question: answer.prompt,
            answer: answer.answer,
          })),
        ),
      ),
    },
    { name: 'commitments', rows: data.commitments.map(flat) },
    { name: 'announcements', rows: data.announcements.map(flat) },
    { name: 'daily-checkins', rows: data.dailyCheckins.map(flat) },
    { name: 'daily-reminders', rows: data.dailyReminders.map(flat) },
    { name: 'follow-up-settings', rows: data.followUpSettings.map(flat) },
    { name: 'relationship-notes', rows: data.relationshipNotes.map(flat) },
    { name: 'two-factor', rows: data.twoFactor.map(flat) },
    { name: 'api-tokens', rows: data.apiTokens.map(flat) },
    { name: 'webhooks', rows: data.webhooks.map(flat) },
    { name: 'webhook-deliveries', rows: data.webhookDeliveries.map(flat) },
  ];
}
