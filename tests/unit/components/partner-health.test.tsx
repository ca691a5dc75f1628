// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { PartnerRow } from '../../../components/partners/PartnerRow';
import type { PartnershipHealth } from '../../../lib/model/health';
import { partner as partnerFixture } from './partner-fixture';

afterEach(() => cleanup());

function row(health: PartnershipHealth | undefined) {
  render(
    <PartnerRow
      partner={partnerFixture({ name: 'Riverside Library' })}
      peopleCount={0}
      labelId="row-1"
      onOpen={() => {}}
      contact={{ lastContact: '90 days ago', overdue: true }}
      health={health}
    />,
  );
  return screen.getByRole('button').textContent ?? '';
}

describe('a partner row', () => {
  test('adds what the contact status does not say: concerns and overdue commitments', () => {
    const text = row({
      level: 'at-risk',
      reasons: [
        { code: 'contactOverdue', count: 60 },
        { code: 'commitmentsOverdue', count: 2 },
        { code: 'openConcerns', count: 1 },
      ],
    });
    expect(text).toContain('Due for contact · Last contact 90 days ago');
    expect(text).toContain('At risk: 2 commitments overdue and 1 open concern');
    expect(text).not.toContain('contact 60 days overdue');
  });

  test('says nothing more when contact is the only reason, or all is well', () => {
    expect(row({ level: 'watch', reasons: [{ code: 'contactOverdue', count: 60 }] })).not.toMatch(
      /Needs watching/,
    );
    cleanup();
    expect(row({ level: 'good', reasons: [{ code: 'contactOnTime' }] })).not.toMatch(/Healthy/);
  });
});
