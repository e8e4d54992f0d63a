/// <reference types="office-js" />
// Smart Alerts handler for OnMessageSend. Bundled by webpack into ONE classic script with no
// imports (classic Outlook on Windows runs it in a JavaScript-only runtime: no DOM, no
// localStorage, no Office.onReady). Settings come from roaming settings.

import { lint } from '../../linter/index.js';
import { pickLanguage } from '../shared/i18n.js';
import { ComposeAdapter, type OfficeLike } from '../shared/mailbox.js';
import { runSendCheck, type SendEventLike } from '../shared/send-check.js';
import { lintOptionsOf, loadSettings } from '../shared/settings.js';

function onMessageSendHandler(event: SendEventLike): Promise<unknown> {
  try {
    const office = Office as unknown as OfficeLike;
    const language = pickLanguage(office.context.displayLanguage);
    const adapter = new ComposeAdapter(office);
    return runSendCheck(event, {
      readDraft: () => adapter.readDraft(),
      lint,
      options: () => lintOptionsOf(loadSettings(office.context.roamingSettings, office.context.displayLanguage), language),
      language,
    });
  } catch (error) {
    // A bug of ours must never stop a member of staff from sending.
    console.error('email-lint: send check could not start; allowing the send', error);
    event.completed({ allowEvent: true });
    return Promise.resolve();
  }
}

if (typeof Office !== 'undefined' && Office.actions && typeof Office.actions.associate === 'function') {
  Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
}
