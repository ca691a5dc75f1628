/** Strings of the settings area. Keys start with 'settings.'. */
export const settings = {
  // Settings → You, This workspace, Your data
  'settings.you.title': 'You',
  'settings.you.intro': 'Shown to people you share a workspace with. Stored only in this browser.',
  'settings.you.name': 'Your name',
  'settings.you.colour': 'Your colour',
  'settings.you.colourN': 'Colour {number}',
  'settings.you.save': 'Save settings',
  'settings.you.saved': 'Saved on this device.',
  'settings.workspace.title': 'This workspace',
  'settings.workspace.name': 'Name of this workspace',
  'settings.workspace.rename': 'Rename workspace',
  'settings.workspace.renamed': 'Workspace renamed.',
  'settings.data.title': 'Where your data lives',
  'settings.data.intro':
    'Everything is stored in this browser (IndexedDB) and works offline. Nothing leaves this device unless you share a workspace with others.',
  // Storage on this device
  'settings.storage.title': 'Storage on this device',
  'settings.storage.checking': 'Checking storage…',
  'settings.storage.persisted':
    'The browser has agreed to keep this data even when disk space runs low.',
  'settings.storage.refused':
    'Your browser may clear this data under storage pressure (when the disk runs low), because it did not agree to keep it.',
  'settings.storage.whatToDo': 'What you can do:',
  'settings.storage.stepExport':
    'Export or back up each workspace regularly and keep the file somewhere safe.',
  'settings.storage.stepShare':
    'Share important workspaces: every member’s device keeps a full copy.',
  'settings.storage.stepFree': 'Free some disk space, then ask again.',
  'settings.storage.askAgain': 'Ask the browser again',
  'settings.storage.usage': 'Using {used} of the {quota} the browser allows.',
  // Snapshots
  'settings.snapshots.title': 'Snapshots',
  'settings.snapshots.intro':
    'Copies of this workspace kept on this device: one a day, and before every import, restore, upgrade, leave and invite rotation. Older ones are thinned out to one a week.',
  'settings.snapshots.loading': 'Reading snapshots…',
  'settings.snapshots.empty':
    'No snapshots yet. One is taken automatically each day you open this workspace.',
  'settings.snapshots.item': '{when} · {why}',
  'settings.snapshots.take': 'Take snapshot',
  'settings.snapshots.restore': 'Restore',
  'settings.snapshots.confirmTitle': 'Restore the snapshot of {when}?',
  'settings.snapshots.confirm': 'Yes, restore',
  'settings.snapshots.restoreConfirmation':
    'Everything in this snapshot comes back as new edits that every member receives: deleted records return and changed fields are set back. Records created since are kept, and nothing is deleted. A snapshot of the workspace as it is now is taken first, and Undo takes the restore back.',
  'settings.snapshots.reason.daily': 'Daily',
  'settings.snapshots.reason.manual': 'Taken by you',
  'settings.snapshots.reason.import': 'Before an import',
  'settings.snapshots.reason.restore': 'Before a restore',
  'settings.snapshots.reason.migration': 'Before an upgrade',
  'settings.snapshots.reason.leave': 'Before leaving',
  'settings.snapshots.reason.rotate': 'Before rotating the invite',
  'settings.snapshots.reason.bulkDeletion': 'When a peer deleted many records',
  'settings.snapshots.count.partners': '{count, plural, one {# partner} other {# partners}}',
  'settings.snapshots.count.people': '{count, plural, one {# person} other {# people}}',
  'settings.snapshots.count.goals': '{count, plural, one {# goal} other {# goals}}',
  'settings.snapshots.count.checkins': '{count, plural, one {# check-in} other {# check-ins}}',
  'settings.snapshots.count.log': '{count, plural, one {# log entry} other {# log entries}}',
  'settings.snapshots.count.followups': '{count, plural, one {# follow-up} other {# follow-ups}}',
  'settings.snapshots.count.contributions':
    '{count, plural, one {# contribution} other {# contributions}}',
  'settings.snapshots.count.feedback': '{count, plural, one {# feedback} other {# feedback}}',
  'settings.snapshots.count.stories': '{count, plural, one {# story} other {# stories}}',
  'settings.snapshots.count.lessons': '{count, plural, one {# lesson} other {# lessons}}',
  'settings.snapshots.count.agreements': '{count, plural, one {# agreement} other {# agreements}}',
  'settings.snapshots.count.commitments':
    '{count, plural, one {# commitment} other {# commitments}}',
  'settings.snapshots.count.concerns': '{count, plural, one {# concern} other {# concerns}}',
  'settings.snapshots.count.boardColumns':
    '{count, plural, one {# board column} other {# board columns}}',
  'settings.snapshots.empty.counts': 'Empty',
  'settings.snapshots.readError': 'Snapshots could not be read from this device’s storage.',
  'settings.snapshots.taken': 'Snapshot taken.',
  'settings.snapshots.notStored': 'The snapshot could not be stored on this device.',
  'settings.snapshots.unreadable': 'This snapshot could not be read. Nothing changed.',
  'settings.snapshots.error.unreadable': 'The snapshot could not be read.',
  'settings.snapshots.nothingChanged': '{problem} Nothing changed.',
  'settings.snapshots.noSafety':
    '{summary} No snapshot of the state before could be stored on this device; Undo still takes it back.',
  'settings.snapshots.restored': 'Restored: {parts}.',
  'settings.snapshots.restored.reinserted':
    '{count, plural, one {# record} other {# records}} brought back',
  'settings.snapshots.restored.undeleted':
    '{count, plural, one {# record} other {# records}} undeleted',
  'settings.snapshots.restored.updated':
    '{count, plural, one {# record} other {# records}} set back',
  'settings.snapshots.restored.nothing': 'Nothing to restore: everything in it is already here.',
  'settings.snapshots.restored.skipped':
    '{done} {count, plural, one {# unreadable record} other {# unreadable records}} left out.',
  'settings.snapshots.busy': 'Please wait: still working.',
  // Backup
  'settings.backup.title': 'Backup',
  'settings.backup.intro':
    'A backup is one file with everything in this workspace. Restoring it merges it back in; nothing here is deleted.',
  'settings.backup.backUp': 'Back up workspace',
  'settings.backup.restore': 'Restore backup',
  'settings.backup.file': 'File',
  'settings.backup.downloaded': 'Backup downloaded.',
  'settings.backup.failed': 'The backup could not be made: {reason}',
  'settings.backup.tooLarge':
    'This file is larger than {megabytes} MB, too large for a Bridgework backup. Nothing changed.',
  'settings.backup.unreadable': 'This file could not be read. Nothing changed.',
  'settings.backup.error.tooLarge':
    'This file is larger than {megabytes} MB, too large for a Bridgework backup.',
  'settings.backup.error.notJson': 'This file is not a Bridgework backup: it is not valid JSON.',
  'settings.backup.error.notBackup': 'This file is not a Bridgework backup.',
  'settings.backup.error.otherVersion':
    'This backup was made by another version of Bridgework and cannot be read here.',
  'settings.backup.error.missingParts': 'This backup is damaged: some of its parts are missing.',
  'settings.backup.error.damagedData': 'This backup is damaged: its workspace data cannot be read.',
  'settings.backup.confirmTitle': 'Restore the backup of “{name}” from {when}?',
  'settings.backup.confirm': 'Yes, restore backup',
  'settings.backup.restoreConfirmation':
    'Everything in this backup comes back as new edits that every member receives: deleted records return and changed fields are set back. Records created since are kept, and nothing is deleted. A snapshot of the workspace as it is now is taken first, and Undo takes the restore back.',
  // Delete everything on this device
  'settings.wipe.heading': 'This device',
  'settings.wipe.button': 'Delete everything on this device',
  'settings.wipe.title': 'Delete everything on this device?',
  'settings.wipe.what':
    'Every workspace, every snapshot and every setting stored by Bridgework in this browser is removed. This cannot be undone here.',
  'settings.wipe.peers':
    'Copies that other members have stay with them: shared workspaces can be joined again with an invite from a member. A personal workspace that syncs with no one is gone for good unless you have a backup.',
  'settings.wipe.after': 'The panel then starts again with an empty personal workspace.',
  'settings.wipe.confirmWord': 'DELETE',
  'settings.wipe.typeLabel': 'Type {word} to confirm',
  'settings.wipe.confirm': 'Yes, delete everything',
  'settings.wipe.working': 'Deleting…',
  'settings.wipe.reload': 'Start again',
  'settings.wipe.blocked':
    '{count, plural, one {One database} other {# databases}} could not be deleted yet because another Bridgework window or the browser still has it open ({names}). Close other Bridgework windows and try again, or restart the browser.',
  'settings.wipe.settingsKept': 'Stored settings could not be cleared.',
  'settings.wipe.partial': 'Deleted {deleted} of {total} databases. {problems}',
  'settings.wipe.done':
    'Deleted everything on this device ({count, plural, one {# database} other {# databases}} and all settings).',
} as const;
