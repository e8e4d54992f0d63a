// Loaded by taskpane.sim.html in place of office.js: defines a fake `Office` before the pane's
// bundle runs. Inside the simulator it shares the compose window of the page around it;
// opened on its own it uses a draft held in memory.

import { createFakeOffice, memoryBackend, type ComposeBackend } from './fake-office.js';
import { simulatorOptions, type SimulatorOptions } from './simulator-options.js';

interface SimulatorHost {
  __emailLintSimulator?: { backend: ComposeBackend; options: SimulatorOptions };
}

function hostOf(): SimulatorHost['__emailLintSimulator'] {
  try {
    return window.parent !== window ? (window.parent as unknown as SimulatorHost).__emailLintSimulator : undefined;
  } catch {
    return undefined; // a parent of another origin: not our simulator
  }
}

const host = hostOf();
const options = host?.options ?? simulatorOptions(location.search);
const backend =
  host?.backend ??
  memoryBackend({
    subject: 'Dėl pažymos',
    body: 'Labas,\n\ndekojame uz jusu laiska.\n\nSu pagarba\nJonas Jonaitis',
    to: 'Petras Petraitis <petras@example.com>',
    bodyFormat: options.bodyFormat,
    composeType: options.composeType,
  });

(globalThis as unknown as { Office: unknown }).Office = createFakeOffice(backend, { ...options, storage: window.localStorage });
