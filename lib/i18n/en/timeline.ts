/** Strings of the partner timeline and of the Log's search across records. Keys start with 'timeline.'. */
export const timeline = {
  'timeline.show': 'Show',
  'timeline.show.all': 'All',
  'timeline.show.contacts': 'Contacts',
  'timeline.show.accountability': 'Accountability',
  'timeline.show.value': 'Value',
  'timeline.none': 'Nothing of this kind with {name} yet.',

  'timeline.kind.agreement': 'Agreement',
  'timeline.kind.commitment': 'Commitment',
  'timeline.kind.concern': 'Concern',
  'timeline.kind.feedback': 'Feedback',
  'timeline.kind.contribution': 'Contribution',
  'timeline.kind.story': 'Story',
  'timeline.kind.lesson': 'Lesson learned',
  'timeline.badge.agreement': 'Agr',
  'timeline.badge.commitment': 'Pledge',
  'timeline.badge.concern': 'Issue',
  'timeline.badge.feedback': 'Fdbk',
  'timeline.badge.contribution': 'Gift',
  'timeline.badge.story': 'Story',
  'timeline.badge.lesson': 'Learn',

  'timeline.agreementSaved': 'Agreement saved{hasText, select, yes {: {text}} other {}}',
  'timeline.agreementConfirmed': 'Agreement confirmed by {name} ({side})',
  'timeline.commitmentPledged': 'Pledged ({side}): {text}',
  'timeline.statusChange': '{status}: {text}{hasNote, select, yes { — {note}} other {}}',
  'timeline.concernRaised': 'Raised: {text}',
  'timeline.feedback': 'Score {score} of 5{hasText, select, yes {: {text}} other {}}',
  'timeline.contributionGiven':
    'Given by the partner: {kind}, {value}{hasText, select, yes { — {text}} other {}}',
  'timeline.contributionReceived':
    'Given by the school: {kind}, {value}{hasText, select, yes { — {text}} other {}}',

  'timeline.search.records':
    '{count, plural, one {and # record of another kind} other {and # records of other kinds}}',
} as const;
