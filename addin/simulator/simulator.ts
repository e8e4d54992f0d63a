// The compose simulator: an Outlook-like compose window backed by a fake Office object, next
// to the real task pane. As in Outlook on the web and new Outlook, the pane is a cross-origin
// iframe (http://127.0.0.1:<port> beside http://localhost:<port>, so Chromium runs it in its
// own process) and reaches the draft only through postMessage (bridge.ts): the compose window's
// layout never runs on the pane's thread. Send runs the real launchevent handler (loaded after
// this script) in this page and shows the Smart Alerts dialog text or "Sent".

import { counterpartOrigin, serveCompose } from './bridge.js';
import { createFakeOffice, parseRecipients, type FakeOffice, type LocalComposeBackend } from './fake-office.js';
import { simulatorOptions } from './simulator-options.js';

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} missing from simulator.html`);
  return node as T;
}

const options = simulatorOptions(location.search);
const to = byId<HTMLInputElement>('to');
const cc = byId<HTMLInputElement>('cc');
const subject = byId<HTMLInputElement>('subject');
const body = byId<HTMLTextAreaElement>('body');
const listeners = new Set<() => void>();

const backend: LocalComposeBackend = {
  getBody: () => body.value,
  setBody: (text) => {
    body.value = text;
  },
  getSubject: () => subject.value,
  setSubject: (text) => {
    subject.value = text;
  },
  getRecipients: (kind) => parseRecipients((kind === 'to' ? to : cc).value),
  composeType: () => options.composeType,
  bodyFormat: () => options.bodyFormat,
  onRecipientsChanged: (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

const recipientsChanged = (): void => {
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch (error) {
      listeners.delete(listener); // the pane was reloaded: its old listener is gone
      console.warn('simulator: dropped a stale RecipientsChanged listener', error);
    }
  }
};
to.addEventListener('change', recipientsChanged);
cc.addEventListener('change', recipientsChanged);

const office: FakeOffice = createFakeOffice(backend, { ...options, storage: window.localStorage });
(globalThis as unknown as { Office: unknown }).Office = office;

byId('from').textContent = office.context.mailbox.userProfile.emailAddress;
document.documentElement.dataset.theme = options.theme ?? 'light';

const pane = byId<HTMLIFrameElement>('pane');
// The pane's origin: the other loopback name on this port (the same origin on any other host).
const paneOrigin = counterpartOrigin(location.origin);
serveCompose(window, () => pane.contentWindow, paneOrigin, backend, { options, storage: window.localStorage });
pane.src = new URL(`taskpane.sim.html${location.search}`, `${paneOrigin}${location.pathname}`).href;

const result = byId('send-result');
const dialog = byId('send-dialog');
const dialogText = byId('send-dialog-text');
const sendButton = byId<HTMLButtonElement>('send');

function closeDialog(): void {
  dialog.hidden = true;
  sendButton.focus();
}
byId('send-dialog-close').addEventListener('click', closeDialog);
byId('send-dialog-open').addEventListener('click', () => {
  closeDialog();
  pane.focus();
});
dialog.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closeDialog();
});

sendButton.addEventListener('click', () => {
  const handler = office.handlers.get('onMessageSendHandler');
  result.textContent = '';
  if (!handler) {
    result.textContent = 'Send check not registered (launchevent.js did not load).';
    return;
  }
  sendButton.disabled = true;
  const started = performance.now();
  let completed = false;
  const event = {
    completed(outcome: { allowEvent: boolean; errorMessage?: string; commandId?: string }) {
      if (completed) return;
      completed = true;
      sendButton.disabled = false;
      const ms = Math.round(performance.now() - started);
      result.dataset.ms = String(ms);
      if (outcome.allowEvent) {
        result.dataset.outcome = 'sent';
        result.textContent = `Sent (checked in ${ms} ms).`;
      } else {
        result.dataset.outcome = 'blocked';
        result.textContent = `Blocked (checked in ${ms} ms).`;
        dialogText.textContent = outcome.errorMessage ?? '';
        dialog.dataset.commandId = outcome.commandId ?? '';
        dialog.hidden = false;
        byId('send-dialog-close').focus();
      }
    },
  };
  try {
    void handler(event);
  } catch (error) {
    console.error('simulator: the send handler threw', error);
  }
});
