// Loaded by taskpane.sim.html in place of office.js: defines a fake `Office` before the pane's
// bundle runs. Inside the simulator the pane is a cross-origin frame (its own renderer process,
// as in Outlook on the web and new Outlook) and its fake Office asks the compose window over
// postMessage (bridge.ts); `Office.onReady` waits for the host's first answer. Opened on its own,
// or if no simulator answers, it uses a draft held in memory.

import { connectToHost, counterpartOrigin } from './bridge.js';
import { createFakeOffice, memoryBackend, type FakeOffice } from './fake-office.js';
import { simulatorOptions } from './simulator-options.js';

type Info = { host: string; platform: string };

function standalone(): FakeOffice {
  const options = simulatorOptions(location.search);
  const backend = memoryBackend({
    subject: 'Dėl pažymos',
    body: 'Labas,\n\ndekojame uz jusu laiska.\n\nSu pagarba\nJonas Jonaitis',
    to: 'Petras Petraitis <petras@example.com>',
    bodyFormat: options.bodyFormat,
    composeType: options.composeType,
  });
  return createFakeOffice(backend, { ...options, storage: window.localStorage });
}

const global = globalThis as unknown as { Office: unknown };

if (window.parent === window) {
  global.Office = standalone();
} else {
  // The simulator serves the compose window on the other loopback name of the same port.
  const ready: Promise<FakeOffice> = connectToHost(window, window.parent, counterpartOrigin(location.origin)).then(
    (host) => createFakeOffice(host.backend, { ...host.options, storage: host.storage }),
    (error: unknown) => {
      console.warn('email-lint simulator: no compose window answered; using a draft in memory', error);
      return standalone();
    },
  );
  // Until the host has answered, `Office` is only onReady (as office.js before initialisation).
  global.Office = {
    onReady(callback?: (info: Info) => void): Promise<Info> {
      return ready.then((office) => {
        global.Office = office;
        return office.onReady(callback);
      });
    },
  };
}
