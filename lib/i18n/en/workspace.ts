/** Strings of the workspace area. Keys start with 'workspace.'. */
export const workspace = {
  // Workspaces list
  'workspace.list.title': 'Workspaces',
  'workspace.list.label': 'Your workspaces',
  'workspace.list.itemShared': '{name}, shared',
  'workspace.list.itemLocal': '{name}, on this device only',
  'workspace.list.open': '(open)',
  'workspace.list.shared': 'shared',
  'workspace.list.local': 'this device only',
  'workspace.list.recovered':
    'Recovered from this device after the list of workspaces was lost. If it was shared, it is now a copy on this device only: ask a member for a new invite to sync again.',
  'workspace.list.join': 'Join workspace',
  'workspace.invite.warning':
    'Anyone with the invite can read and edit “{name}”. Send it only to people you trust, over a channel you trust.',
  'workspace.invite.copy': 'Copy invite',
  'workspace.invite.copied': 'Invite copied. It is also shown below.',
  'workspace.invite.copyByHand': 'Copy it from the box below.',
  'workspace.invite.rotate': 'Rotate invite',
  'workspace.invite.toShare': 'Invite to share',
  'workspace.invite.rotated':
    'The invite was rotated. Send the new invite below to each member who stays: Copy invite.',
  'workspace.invite.link': 'Invite link',
  'workspace.invite.linkHint':
    'For partners without the extension: it opens Bridgework on the web and offers to join.',
  'workspace.webApp.label': 'Web app address',
  'workspace.webApp.hint':
    'Where your district serves Bridgework on the web (https://…). Invites then also come as a link that opens it, for partners without the extension.',
  'workspace.webApp.save': 'Save web app address',
  'workspace.webApp.saved': 'Web app address saved.',
  'workspace.webApp.invalid':
    'Enter a web address that starts with https:// (http:// only for this computer).',
  'workspace.list.leave': 'Leave workspace',
  'workspace.list.localNote':
    '“{name}” stays on this device. Create a workspace to share with partners.',
  // Create
  'workspace.create.form': 'New shared workspace',
  'workspace.create.name': 'Workspace name',
  'workspace.create.hint': 'A new, empty workspace you can share with partners through an invite.',
  'workspace.create.nameMissing': 'Give the workspace a name.',
  'workspace.create.submit': 'Create workspace',
  // Join
  'workspace.join.title': 'Join workspace',
  'workspace.join.code': 'Invite code',
  'workspace.join.hint': 'Paste the code someone in the workspace sent you.',
  'workspace.join.fromLink':
    'This invite came with the link you opened. Join only if you trust the person who sent it.',
  'workspace.join.submit': 'Join',
  'workspace.join.failed': 'Could not join: {reason}',
  'workspace.join.tooLong': 'This is far too long to be an invite code. Paste only the code.',
  'workspace.join.empty': 'Paste the invite code you were sent.',
  'workspace.join.notBridgework':
    'This is not a Bridgework invite code. It should start with "bridgework:v1:".',
  'workspace.join.damaged': 'This invite code is incomplete or damaged. Ask for a new one.',
  'workspace.join.room': 'The room part of this invite code is damaged. Ask for a new one.',
  'workspace.join.secret': 'The secret part of this invite code is damaged. Ask for a new one.',
  'workspace.join.name': 'The name in this invite code is damaged. Ask for a new one.',
  'workspace.join.already': 'You are already in this workspace (“{name}”).',
  'workspace.join.oldInvite':
    'This is an old invite: “{name}” has moved and is already on this device.',
  // Leave
  'workspace.leave.title': 'Leave workspace',
  'workspace.leave.intro':
    'You will stop syncing “{name}” with others. Do you want to keep a local copy of what is on this device? Others keep their copies either way.',
  'workspace.leave.unsent':
    'Your latest edits have not reached anyone yet. If you leave, they stay only on this device; if you delete, they are gone for good. Wait until a member is online to be safe.',
  'workspace.leave.confirmDelete':
    'Delete “{name}” from this device? Your latest edits exist nowhere else and cannot be brought back.',
  'workspace.leave.deleteAnyway': 'Delete anyway',
  'workspace.leave.keepCopy': 'Keep a local copy',
  'workspace.leave.delete': 'Delete from this device',
  'workspace.leave.keptToast': 'Left; a local copy stays here.',
  'workspace.leave.deletedToast': 'Left and deleted.',
  'workspace.leave.copyName': '{name} (local copy)',
  // Rotate
  'workspace.rotate.title': 'Rotate the invite of “{name}”',
  'workspace.rotate.what':
    'Rotating moves this workspace to a new room with a new secret. Everything in it comes along. Anyone you do not send the new invite to is kept out of what happens from now on.',
  'workspace.rotate.notProtected':
    'It cannot take anything back: a removed member keeps everything they already had, on their own device.',
  'workspace.rotate.stay':
    'Members who stay need the new invite. Nobody gets it automatically: send it to each of them yourself with Copy invite. Until then they see that the workspace has moved, and their changes no longer reach you.',
  'workspace.rotate.snapshot': 'A snapshot of the workspace is taken first.',
  'workspace.rotate.failed': 'The invite was not rotated: {reason}',
  'workspace.rotate.moving': 'Moving…',
  'workspace.rotate.now': 'Rotate now',
  'workspace.rotate.done': 'Moved to a new invite. Send it to who stays.',
  'workspace.rotate.notShared': 'Only a shared workspace has an invite to rotate.',
  'workspace.rotate.roomInUse': 'That room is already in use on this device.',
  // Moved banner
  'workspace.moved.someone': 'the member who moved it',
  'workspace.moved.title': 'This workspace has moved. Ask {who} for a new invite.',
  'workspace.moved.detail':
    'It was moved to a new invite on {when}. You can keep working here, but your changes no longer reach the members who moved. Once you have the new invite, use Join workspace in Settings.',
  // Header
  'workspace.picker.label': 'Current workspace',
  'workspace.presence.label': 'Online now',
  'workspace.presence.you': '{name} (you)',
  'workspace.presence.activity': '{person}, {activity}',
  'workspace.presence.more': '{count, plural, one {# more person} other {# more people}} online',
  // Moving to another workspace
  'workspace.change.created':
    'Created “{name}”. {count, plural, =0 {“{previous}” stays on this device.} one {# partner stays in “{previous}”.} other {# partners stay in “{previous}”.}}',
  'workspace.change.joined':
    'Joined “{name}”. {count, plural, =0 {“{previous}” stays on this device.} one {# partner stays in “{previous}”.} other {# partners stay in “{previous}”.}}',
  'workspace.change.switched':
    'Switched to “{name}”. {count, plural, =0 {“{previous}” stays on this device.} one {# partner stays in “{previous}”.} other {# partners stay in “{previous}”.}}',
  'workspace.change.switchBack': 'Switch back',
  // A new workspace's empty Partners view
  'workspace.fresh.created':
    '“{name}” is new and empty. Your earlier partners are in “{previous}”.',
  'workspace.fresh.joined':
    '“{name}” has no partners here yet: they arrive once a member is online. Your earlier partners are in “{previous}”.',
  'workspace.fresh.empty':
    '“{name}” has no partners yet. Add one, capture a page, or copy partners from another workspace on this device.',
  'workspace.fresh.switchTo': 'Switch to “{name}”',
  // Copy partners from another workspace
  'workspace.copy.open': 'Copy partners from…',
  'workspace.copy.title': 'Copy partners from another workspace',
  'workspace.copy.source': 'Copy from',
  'workspace.copy.hint':
    'Copies its partners and their people into “{name}”. Partners already here are skipped. The other workspace is not changed, and Undo takes the copy back.',
  'workspace.copy.submit': 'Copy partners',
  'workspace.copy.copying': 'Copying…',
  'workspace.copy.cancel': 'Cancel',
  'workspace.copy.done':
    'Copied {partners, plural, one {# partner} other {# partners}} and {people, plural, one {# person} other {# people}} from “{source}”.',
  'workspace.copy.noneCopied': 'Nothing new to copy from “{source}”.',
  'workspace.copy.skipped':
    '{count, plural, one {# partner was already here and was skipped.} other {# partners were already here and were skipped.}}',
  'workspace.copy.failed': 'Nothing was copied: {reason}',
  'workspace.copy.closed': 'The workspace was switched while copying.',
  // Cannot open
  'workspace.unavailable.title': '“{name}” could not open',
  'workspace.unavailable.timeout': 'This device’s storage did not answer in time.',
  'workspace.unavailable.unavailable': 'This device’s storage could not be read.',
  'workspace.unavailable.timeoutAfter':
    'This device’s storage (IndexedDB) did not answer within {seconds, plural, one {# second} other {# seconds}}.',
  'workspace.unavailable.browserSaid': 'The browser reported: {detail}',
  'workspace.unavailable.unchanged': 'Nothing has been changed or deleted.',
  'workspace.unavailable.retry': 'Try again',
  'workspace.unavailable.switchLabel': 'Another workspace',
  'workspace.unavailable.switch': 'Switch',
  'workspace.unavailable.export': 'Export what can be read',
  'workspace.unavailable.exporting': 'Reading what can be read…',
  'workspace.unavailable.exported': 'Export downloaded.',
  'workspace.unavailable.leave': 'Leave this workspace',
  'workspace.unavailable.leaveQuestion':
    'Take this workspace off this device’s list? Its stored data is left as it is, and peers keep their copies.',
  'workspace.unavailable.confirmLeave': 'Leave',
  'workspace.unavailable.noneFailed': 'No workspace failed to open.',
  'workspace.unavailable.nothingRead': 'Nothing could be read: {reason}',
  'workspace.unavailable.gone': 'That workspace is no longer on this device.',
  // Default names, stored as data once the workspace exists
  'workspace.default.unnamed': 'Workspace',
  'workspace.default.personal': 'My workspace',
  'workspace.default.shared': 'Shared workspace',
  'workspace.default.recovered': 'Recovered workspace',
  'workspace.default.recoveredN': 'Recovered workspace {number}',
} as const;
