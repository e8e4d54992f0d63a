// English forms staff use when the client wrote in English (003 §37 allows answering in
// English). Greetings and closings only: the other lists come from the profile's language.
export const en = {
  greetings: ['dear', 'good morning', 'good afternoon', 'good evening', 'good day'],
  informalGreetings: ['hi', 'hello', 'hey', 'hiya', 'yo'],
  closings: [
    'kind regards', 'best regards', 'regards', 'yours sincerely', 'sincerely', 'yours faithfully',
    'with kind regards', 'with best regards', 'best wishes', 'have a nice day', 'respectfully',
  ],
  informalClosings: ['bye', 'cheers', 'see ya', 'later', 'ciao', 'thx', 'thanks', 'cu'],
  autoReplyMarkers: ['out of office', 'automatic reply', 'auto-reply', 'autoreply', 'i am away', 'i will be away', 'on leave until', 'on vacation'],
  standInMarkers: ['please contact', 'contact my colleague', 'in my absence'],
  thanksPhrases: ['thank you for', 'thanks for', 'we appreciate'],
  feedbackPhrases: ['feedback', 'opinion', 'suggestion*', 'survey'],
} as const;
