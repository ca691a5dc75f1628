/** Strings of the trust area. Keys start with 'trust.'. */
export const trust = {
  'trust.kind.partners': 'partner',
  'trust.kind.people': 'person',
  'trust.kind.goals': 'goal',
  'trust.kind.checkins': 'check-in',
  'trust.kind.log': 'log entry',
  'trust.kind.followups': 'follow-up',
  'trust.kind.contributions': 'contribution',
  'trust.kind.feedback': 'feedback',
  'trust.kind.stories': 'story',
  'trust.kind.lessons': 'lesson',
  'trust.kind.boardColumns': 'board column',
  'trust.count.partners': '{count, plural, one {# partner} other {# partners}}',
  'trust.count.people': '{count, plural, one {# person} other {# people}}',
  'trust.count.goals': '{count, plural, one {# goal} other {# goals}}',
  'trust.count.checkins': '{count, plural, one {# check-in} other {# check-ins}}',
  'trust.count.log': '{count, plural, one {# log entry} other {# log entries}}',
  'trust.count.followups': '{count, plural, one {# follow-up} other {# follow-ups}}',
  'trust.count.contributions': '{count, plural, one {# contribution} other {# contributions}}',
  'trust.count.feedback': '{count, plural, one {# feedback item} other {# feedback items}}',
  'trust.count.stories': '{count, plural, one {# story} other {# stories}}',
  'trust.count.lessons': '{count, plural, one {# lesson} other {# lessons}}',
  'trust.count.boardColumns': '{count, plural, one {# board column} other {# board columns}}',

  'trust.deleted.by': 'This {what} was deleted by {by} on {when}.',
  'trust.deleted.byUnknown': 'This {what} was deleted by someone on {when}.',
  'trust.deleted.untitled': 'Untitled {kind}',

  'trust.recent.heading': 'Recently deleted',
  'trust.recent.lead':
    'Records anyone in this workspace deleted. Restoring brings one back for everyone.',
  'trust.recent.empty': 'Nothing has been deleted.',
  'trust.recent.detail': '{kind} · deleted by {by} on {when}',
  'trust.recent.detailUnknown': '{kind} · deleted by someone on {when}',
  'trust.recent.label': '{title}, {detail}',
  'trust.recent.restored': 'Restored {title}.',

  'trust.bulk.lead': '{what} were deleted by {by} (seen at {time}).',
  'trust.bulk.leadUnknown': '{what} were deleted by a peer (seen at {time}).',
  'trust.bulk.advice':
    'If that was not meant to happen, restore them for everyone in this workspace.',
  'trust.bulk.restoreAll': 'Restore all',
  'trust.bulk.restored': 'Restored {count, plural, one {# record} other {# records}}.',
  'trust.bulk.restoredSkipped':
    'Restored {count, plural, one {# record} other {# records}}. {skipped} could not be restored (deleted again, re-created or unreadable).',

  'trust.attention.title': 'Needs attention',
  'trust.attention.summary':
    '{count, plural, one {# record could not be read. It is set aside and kept unchanged.} other {# records could not be read. They are set aside and kept unchanged.}}',
  'trust.attention.show': 'Show',
  'trust.attention.hide': 'Hide',
  'trust.attention.exportAll': 'Export all as JSON',
  'trust.attention.exportOne': 'Export JSON',
  'trust.attention.writtenBy': 'Written by: {writers}',
  'trust.attention.unknownWriter': 'not known',
  'trust.attention.peer': 'a peer (client {clientId})',
  'trust.attention.createdBy': 'created by “{name}”',
  'trust.attention.record': '{kind} “{label}”',
  'trust.attention.confirmTitle': 'Delete this record?',
  'trust.attention.confirmMessage':
    '{what} is removed from this workspace for everyone. Undo brings it back; export it first if you want a copy.',
  'trust.attention.deleted': 'Record deleted.',
  'trust.attention.kept': 'That record reads fine now, so it was kept.',

  'trust.notSaved.lead': 'Not saved: changes since {since} are only in this panel.',
  'trust.notSaved.advice':
    'Bridgework keeps trying. Export a copy now so nothing is lost if the panel closes; freeing disk space or restarting the browser may help.',
  'trust.notSaved.export': 'Export',
  'trust.notSaved.exportFailed': 'The export could not be made: {reason}',
  'trust.notSaved.exported': 'Export downloaded.',
} as const;
