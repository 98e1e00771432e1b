// Starts the page: loads the core, projects the official scenario and shows it.
import { load } from './wasm.js';
import { renderTable } from './render.js';

const status = document.getElementById('status');
try {
  const api = await load();
  const dataset = api.dataset();
  const projection = api.project(api.presetScenario('official'));
  renderTable(document.getElementById('projection'), dataset, projection);
  status.textContent = '';
} catch (error) {
  status.textContent = error.zh ? `${error.zh} ${error.en}` : String(error);
}
