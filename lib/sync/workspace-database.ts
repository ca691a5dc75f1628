/** The IndexedDB database that holds a workspace (its own module: the panel's first chunk reads it). */
export function databaseNameFor(workspaceId: string): string {
  return `bridgework-workspace-${workspaceId}`;
}
