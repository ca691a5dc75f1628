import { browser } from 'wxt/browser';

/** The part of `browser.permissions` that temporary site access needs (a fake in tests). */
export interface PermissionsLike {
  contains: (permissions: { origins: string[] }) => Promise<boolean>;
  request: (permissions: { origins: string[] }) => Promise<boolean>;
  remove: (permissions: { origins: string[] }) => Promise<boolean>;
}

/**
 * Access to one site for one job. A grant asked for a single capture would otherwise stay for
 * good, letting the extension read that site at any time later; so it is removed once the job
 * is done — unless the person had granted it before, which is theirs to keep.
 *
 * Resolves to null when access was refused (the job did not run), else to the job's result.
 */
export async function withTemporarySiteAccess<T>(
  origin: string,
  job: () => Promise<T>,
  permissions: PermissionsLike = browser.permissions as unknown as PermissionsLike,
): Promise<{ result: T } | null> {
  const origins = [origin];
  const hadIt = await permissions.contains({ origins }).catch(() => false);
  if (!hadIt) {
    const granted = await permissions.request({ origins }).catch(() => false);
    if (!granted) return null;
  }
  try {
    return { result: await job() };
  } finally {
    if (!hadIt) await permissions.remove({ origins }).catch(() => false);
  }
}
