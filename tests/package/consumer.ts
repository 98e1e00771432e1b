// A TypeScript consumer of the package, compiled with `tsc --noEmit --strict` against the
// package's own declarations only (tests/node/package.test.mjs): the README's examples,
// typed. It must compile without a single error.
import { decodeScenario, goalSeek, init, isSimError, presetScenario, project } from 'longgang-sim';
import type { ErrorCode, GoalSeek, InitOptions, Projection, Row, Scenario } from 'longgang-sim';

const options: InitOptions = { full: true };
await init();
await init(options);

const scenario: Scenario = presetScenario('official');
scenario.growth.gdp = '7';
const projection: Projection = project(scenario);
const gdp: Row | undefined = projection.rows.find((row) => row.id === 'gdp');
const shown: string = gdp?.projected ?? '';
const gap: string | undefined = gdp?.target?.gapPoints;

const answer: GoalSeek = goalSeek(scenario, 'gdp', { kind: 'level', value: '440' });
const growth: string = answer.growth;

try {
  decodeScenario('v2~damaged');
} catch (error: unknown) {
  if (isSimError(error)) {
    const code: string = error.code;
    const zh: string | undefined = error.messages.zh;
    const known: ErrorCode | undefined = code === 'scenario_malformed' ? code : undefined;
    console.log(code, zh, known);
  }
}
console.log(shown, gap, growth);
