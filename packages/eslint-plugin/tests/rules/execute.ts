import { describe as suite, expect, it } from 'vitest';

import { runWithStubs, type RunRecord } from '../execute/stub-runtime.js';
import type { Invalid, InvalidLoop } from './cases.js';

/**
 * Runs every case as written and with each of its suggestions applied, against instrumented async
 * stubs on a virtual clock (see `../execute/stub-runtime.ts`), and asserts that the rewrite kept
 * what the code does: the same result or error from every entry point, the same calls with the
 * same arguments, the same writes and final state, the effects nobody awaited in the same order,
 * and a shorter run.
 *
 * `notRunnable` names the cases (by a line of their code) that cannot run against stubs, with the
 * reason; every other case must run as written without an error.
 */
export function expectSuggestionsToExecute(cases: readonly (Invalid | InvalidLoop)[], notRunnable: ReadonlyMap<string, string> = new Map()): void {
  suite('suggestions execute to the same results, sooner', () => {
    for (const testCase of cases) {
      const outputs = testCase.errors.flatMap(error => (error.suggestions ?? []).map(suggestion => suggestion.output));
      if (outputs.length === 0) continue;
      const skipReason = [...notRunnable].find(([line]) => testCase.code.includes(line))?.[1];
      if (skipReason) continue;
      it(testCase.code.trim().split('\n').slice(0, 3).join(' ⏎ '), async () => {
        const fileName = testCase.filename ?? 'file.ts';
        const written = await runWithStubs(testCase.code, fileName);
        // the code may throw on purpose (`throw new NotFoundError(…)`); a TypeError means a stub could not stand in
        expect(
          written.outcomes.filter(outcome => / !! (?:TypeError|ReferenceError|SyntaxError|Error: the snippet)/.test(outcome)),
          'the code as written runs against stubs',
        ).toEqual([]);
        expect(written.awaitedCalls, 'the code as written awaits stub calls').toBeGreaterThanOrEqual(2);
        for (const output of outputs) {
          const gathered = await runWithStubs(output, fileName);
          expect(comparable(gathered), output).toEqual(comparable(written));
          expect(gathered.duration, `${output}\nruns no sooner`).toBeLessThan(written.duration);
        }
      });
    }
  });
}

function comparable(record: RunRecord): Omit<RunRecord, 'duration' | 'awaitedCalls'> {
  const { outcomes, calls, writes, orderedEffects, finalState } = record;
  return { outcomes, calls, writes, orderedEffects, finalState };
}
