// Worker entry for tests/helpers/hub-thread.ts: Node runs no TypeScript by itself, tsx does.
import { register } from 'tsx/esm/api';

register();
await import('./hub-thread.ts');
