import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { describeEachEngine } from '../../../tests/support/test-database';
import { answersOf, questionsOf } from '../modules/rounds/stored-round.models';
import { newId } from '../security/tokens';
import { CorruptStoredValue, keptStoredJsonReader, readStoredJson } from './stored-json';

describe('reading stored JSON', () => {
  const pointSchema = z.object({ x: z.number() });

  test('a stored value of the wrong shape is refused, naming what it is and what is wrong', () => {
    const read = () => readStoredJson(pointSchema, '{"x":"one"}', 'point of test 7');
    expect(read).toThrow(CorruptStoredValue);
    expect(read).toThrow(/^Stored point of test 7 cannot be read: .*x/s);
  });

  test('text that is not JSON at all is refused as such', () => {
    expect(() => readStoredJson(pointSchema, '{"x":', 'point of test 8')).toThrow(
      'Stored point of test 8 cannot be read: it is not JSON',
    );
  });

  test('a kept reader checks each text once, hands out a frozen value and reads a changed text anew', () => {
    const read = keptStoredJsonReader(z.object({ points: z.array(pointSchema) }), 2);
    const first = read('{"points":[{"x":1}]}', 'points of test 9');
    expect(read('{"points":[{"x":1}]}', 'points of test 9')).toBe(first);
    expect(() => first.points.push({ x: 2 })).toThrow(TypeError);
    expect(() => {
      (first.points[0] as { x: number }).x = 3;
    }).toThrow(TypeError);
    expect(read('{"points":[{"x":2}]}', 'points of test 9')).toEqual({ points: [{ x: 2 }] });
    expect(() => read('{"points":[{"x":"two"}]}', 'points of test 9')).toThrow(CorruptStoredValue);
  });

  test("a round's questions and a response's answers are read only in the shape the app writes", () => {
    const question = {
      id: 'q1',
      kind: 'text',
      prompt: 'Ideas?',
      maxLength: 500,
      required: false,
      feedforward: true,
    };
    expect(questionsOf({ id: 'r1', questions: JSON.stringify([question]) })).toEqual([question]);
    expect(() =>
      questionsOf({ id: 'r1', questions: JSON.stringify([{ ...question, kind: 'essay' }]) }),
    ).toThrow(/^Stored questions of round r1 cannot be read/);
    expect(answersOf({ answers: '{"q1":4,"q2":null,"q3":"Ask first."}' })).toEqual({
      q1: 4,
      q2: null,
      q3: 'Ask first.',
    });
    expect(() => answersOf({ answers: '{"q1":[4]}' })).toThrow(
      /^Stored answers of a response cannot be read/,
    );
  });
});

describeEachEngine('corrupt stored JSON in a running app', (engine) => {
  let testApp: TestApp;
  const logLines: string[] = [];
  beforeEach(async () => {
    logLines.length = 0;
    testApp = await createTestApp(engine, {
      env: { LOG_LEVEL: 'warn' },
      writeLog: (line) => logLines.push(line),
    });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  const jobRow = async () =>
    testApp.database.db
      .selectFrom('jobs')
      .select(['kind', 'last_error', 'done_at'])
      .executeTakeFirstOrThrow();

  test('a job whose payload is not what its handler reads fails that run with a clear error', async () => {
    const now = new Date();
    await testApp.deps.repos.jobs.enqueue(
      { kind: 'round.close', payload: { round: 'r1' }, runAt: now, accountId: null },
      now,
    );
    expect(await testApp.jobRunner.tick()).toBe(1);
    const job = await jobRow();
    expect(job.done_at).toBeNull();
    expect(job.last_error).toMatch(/^Stored payload of a round.close job cannot be read: .*roundId/s);
    expect(logLines.join('\n')).toContain('Stored payload of a round.close job cannot be read');
  });

  test('a job whose payload is not JSON fails that run, and the runner goes on', async () => {
    const now = new Date().toISOString();
    await testApp.database.db
      .insertInto('jobs')
      .values({
        id: newId(),
        kind: 'round.close',
        payload: '{"roundId":',
        run_at: now,
        attempts: 0,
        created_at: now,
      })
      .execute();
    expect(await testApp.jobRunner.tick()).toBe(1);
    expect((await jobRow()).last_error).toBe(
      'Stored payload of a round.close job cannot be read: it is not JSON',
    );
  });
});
