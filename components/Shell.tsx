import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { t, type MessageKey } from '../lib/i18n';

export const SECTIONS = ['Partners', 'Goals', 'Log', 'Dashboard', 'Settings'] as const;
export type Section = (typeof SECTIONS)[number];

/** Sections are codes (their English names); each tab shows its name in the interface language. */
const SECTION_KEYS: Record<Section, MessageKey> = {
  Partners: 'common.tab.partners',
  Goals: 'common.tab.goals',
  Log: 'common.tab.log',
  Dashboard: 'common.tab.dashboard',
  Settings: 'common.tab.settings',
};

interface Props {
  workspaceName: string;
  /** Exactly `On this device` (personal), `Offline`, `Connecting` or `Connected · N peers`. */
  syncStatus: string;
  /** What the status means, whatever the language: colours the dot (`connected`, `connecting`). */
  syncState?: 'connected' | 'connecting' | 'offline' | 'local';
  /** When this device last exchanged changes with a peer, in words. */
  syncDetail?: string;
  /** Replaces the plain workspace name (e.g. a workspace switcher). */
  workspacePicker?: ComponentChildren;
  /** Who is online in this workspace. */
  presence?: ComponentChildren;
  section: Section;
  onSection: (section: Section) => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  children: ComponentChildren;
  /** Shown under the tabs on every section (e.g. "Needs attention"). */
  notices?: ComponentChildren;
  footer?: ComponentChildren;
}

/** Header, section tabs (arrow keys move between them) and the section's content. */
export function Shell(props: Props) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onTabKey = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const target =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? SECTIONS.length - 1
          : step
            ? (index + step + SECTIONS.length) % SECTIONS.length
            : -1;
    if (target < 0) return;
    event.preventDefault();
    props.onSection(SECTIONS[target]!);
    tabs.current[target]?.focus();
  };
  return (
    <div class="shell">
      {/* Three rows, so nothing squeezes the workspace's name: the app and its tools; the open
          workspace (its own line, full width) with who is in it; when it syncs, the last exchange. */}
      <header class="app-header">
        <div class="header-bar">
          <div class="brand">
            <span class="logo" aria-hidden="true" />
            <h1>{t('common.appName')}</h1>
          </div>
          <div class="header-tools">
            <span
              role="status"
              class="sync-status"
              title={props.syncDetail || t('common.savedOnDevice')}
              data-state={props.syncState ?? 'offline'}
              aria-describedby={props.syncDetail ? 'sync-detail' : undefined}
            >
              <span class="sync-dot" aria-hidden="true" />
              {props.syncStatus}
            </span>
            <button
              type="button"
              class="icon-button"
              aria-label={t('common.undo')}
              title={t('common.undoShortcut')}
              disabled={!props.canUndo}
              onClick={props.onUndo}
            >
              ↶
            </button>
            <button
              type="button"
              class="icon-button"
              aria-label={t('common.redo')}
              title={t('common.redoShortcut')}
              disabled={!props.canRedo}
              onClick={props.onRedo}
            >
              ↷
            </button>
          </div>
        </div>
        <div class="header-workspace">
          {props.workspacePicker ?? (
            <p class="workspace-name" title={props.workspaceName}>
              {props.workspaceName}
            </p>
          )}
          {props.presence}
        </div>
        {props.syncDetail && (
          <p id="sync-detail" class="sync-detail">
            {props.syncDetail}
          </p>
        )}
      </header>
      <nav aria-label={t('common.sections')}>
        <div role="tablist" class="tabs" aria-label={t('common.sections')}>
          {SECTIONS.map((section, index) => (
            <button
              key={section}
              ref={(element) => {
                tabs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`tab-${section}`}
              aria-selected={props.section === section}
              aria-controls="section-panel"
              tabIndex={props.section === section ? 0 : -1}
              class="tab"
              onClick={() => props.onSection(section)}
              onKeyDown={(event) => onTabKey(event, index)}
            >
              {t(SECTION_KEYS[section])}
            </button>
          ))}
        </div>
      </nav>
      {props.notices}
      {/* A real main landmark; the tab panel lives inside it (a role on <main> would erase it). */}
      <main class="content">
        <div
          id="section-panel"
          role="tabpanel"
          aria-labelledby={`tab-${props.section}`}
          class="section-panel"
        >
          {props.children}
        </div>
      </main>
      {props.footer}
    </div>
  );
}
