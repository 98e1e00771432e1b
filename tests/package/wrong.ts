// Calls the package's types must refuse: `tsc --noEmit --strict` has to report each line
// marked `// error TSnnnn`, with that code, and nothing else (tests/node/package.test.mjs).
import { goalSeek, init, presetScenario, project } from 'longgang-sim';
import type { ErrorCode, Scenario } from 'longgang-sim';

await init({ full: 'yes' }); // error TS2322
await init({ fast: true }); // error TS2353
const scenario: Scenario = presetScenario('official');
project({ growth: { gdp: 7 } }); // error TS2322
project('official'); // error TS2345
const level: number = project(scenario).rows[0].projected; // error TS2322
goalSeek(scenario, 'gdp', { kind: 'somewhere' }); // error TS2322
const code: ErrorCode = 'no_such_code'; // error TS2322
presetScenario(); // error TS2554
console.log(level, code);
