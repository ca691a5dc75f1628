/** Strings of the workspace area. Keys start with 'workspace.'. */
export const workspace = {} as const;
