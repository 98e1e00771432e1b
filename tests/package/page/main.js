// A page that imports the package by name, bundled by esbuild (tests/node/package.test.mjs):
// shows the official preset's GDP and, after loading the full module on demand, the growth
// the official target needs.
import { goalSeek, init, presetScenario, project } from 'longgang-sim';

const show = (id, text) => {
  document.getElementById(id).textContent = text;
};
try {
  await init();
  const official = presetScenario('official');
  show('gdp', project(official).rows[0].projected);
  await init({ full: true });
  show('goal', goalSeek(official, 'gdp', { kind: 'official' }).growth);
} catch (error) {
  show('error', `${error.code}: ${error.message}`);
}
