import type { Digest, DigestGoal } from '../../lib/model/digest';

export type { Digest, DigestGoal };

/**
 * What the dashboard shows, computed by lib/state (dashboard-view.ts) from the view models; these
 * types match its output structurally, since components may not import lib/state.
 */
export interface DashboardFigures {
  goals: {
    total: number;
    met: number;
    underway: number;
    overdue: number;
    stale: number;
    unmeasured: number;
    rows: { id: string; title: string; fraction: number | null; met: boolean }[];
  };
  /** Contacts logged per month (`YYYY-MM`), oldest first. */
  activity: { month: string; count: number }[];
  dueForContact: number;
  overdueFollowups: number;
  overdueCommitments: number;
  /** Undefined until the contributions feature can answer. */
  contributions?:
    | {
        /** "2026–27". */
        year: string;
        /** One row per kind with anything recorded this school year. */
        rows: { kind: string; label: string; total: string; weight: number }[];
      }
    | undefined;
  /** Every stakeholder group, with its partners and how many were engaged in the last 90 days. */
  inclusion: { group: string; label: string; partners: number; engaged: number }[];
  stories: { id: string; title: string; date?: string | undefined; celebrate: boolean }[];
}

export interface DashboardLinks {
  openGoals: () => void;
  openDueForContact: () => void;
  openOverdueFollowups: () => void;
}
