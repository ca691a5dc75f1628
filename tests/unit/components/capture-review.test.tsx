// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Avatar } from '../../../components/common/Avatar';
import { CaptureReview } from '../../../components/capture/CaptureReview';
import { LogoChoice } from '../../../components/capture/LogoChoice';
import { captureToDraft } from '../../../components/capture/capture-draft';
import { extractFromHtml } from '../../../lib/capture/parse-html';

afterEach(() => {
  cleanup();
});

const LOGO_A = 'https://eastside.example.org/gone.png';
const LOGO_B = 'https://eastside.example.org/logo.svg';

/** The image whose load fails, as the browser reports it: an `error` event on the element. */
function failToLoad(src: string) {
  const img = document.querySelector(`img[src="${src}"]`);
  if (!img) throw new Error(`no image ${src}`);
  fireEvent.error(img);
}

function Logos({ logos, initial }: { logos: string[]; initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <LogoChoice logos={logos} value={value} onChange={setValue} />
      <output data-testid="chosen">{value}</output>
    </>
  );
}

describe('logos that fail to load', () => {
  test('a logo that fails to load is dropped, and the next one is chosen in its place', async () => {
    render(<Logos logos={[LOGO_A, LOGO_B]} initial={LOGO_A} />);
    expect(screen.getByRole('radio', { name: 'Logo option 2' })).toBeTruthy();
    failToLoad(LOGO_A);
    await waitFor(() => expect(document.querySelector(`img[src="${LOGO_A}"]`)).toBeNull());
    expect(screen.getAllByRole('img').map((img) => img.getAttribute('src'))).toEqual([LOGO_B]);
    await waitFor(() => expect(screen.getByTestId('chosen').textContent).toBe(LOGO_B));
    expect((screen.getByRole('radio', { name: 'Logo option 1' }) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  test('when no logo loads the choice disappears and no logo is kept', async () => {
    render(<Logos logos={[LOGO_A, LOGO_B]} initial={LOGO_A} />);
    failToLoad(LOGO_A);
    await waitFor(() => expect(document.querySelector(`img[src="${LOGO_B}"]`)).toBeTruthy());
    failToLoad(LOGO_B);
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Logo' })).toBeNull());
    expect(screen.getByTestId('chosen').textContent).toBe('');
  });

  test('the avatar shows initials instead of a logo that fails to load', async () => {
    const { container } = render(<Avatar name="Eastside Youth Alliance" logo={LOGO_A} />);
    expect(container.querySelector('img')).toBeTruthy();
    failToLoad(LOGO_A);
    await waitFor(() => expect(container.querySelector('img')).toBeNull());
    expect(container.textContent).toBe('EY');
  });
});

describe('the capture review of a page', () => {
  const PAGE = 'https://eastside-youth.example.org/team';
  const html = `<!doctype html><html><head><title>Our team</title>
    <script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NGO',
      name: 'Eastside Youth Alliance',
      description: 'After-school tutoring across the Eastside school district.',
    })}</script></head><body><main>
    <div class="grid">
      <div class="card"><h3>Maria Lopez</h3><p>Program Director</p><a href="mailto:maria@eastside-youth.example.org">Email Maria</a></div>
      <div class="card"><h3>James Carter</h3><p>Outreach Coordinator</p><a href="mailto:jcarter@eastside-youth.example.org">Email James</a></div>
    </div></main>
    <footer><a href="mailto:info@eastside-youth.example.org">info@eastside-youth.example.org</a></footer></body></html>`;

  function renderReview() {
    const draft = captureToDraft(extractFromHtml(html, PAGE), PAGE);
    const onSave = vi.fn();
    render(
      <CaptureReview
        draft={draft}
        pageUrl={PAGE}
        capturedAt={0}
        matches={[]}
        onSave={onSave}
        onMerge={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    return { onSave };
  }

  test('files a typed NGO as a nonprofit and says where the kind was found', () => {
    renderReview();
    const kind = screen.getByRole('combobox', { name: 'Kind' }) as HTMLSelectElement;
    expect(kind.value).toBe('nonprofit');
    const field = kind.closest('.field')?.parentElement as HTMLElement;
    expect(within(field).getByText('Found in structured data (JSON-LD)')).toBeTruthy();
  });

  test('offers staff cards as people with their emails, and keeps those emails off the partner', () => {
    const { onSave } = renderReview();
    const people = screen.getByRole('group', { name: 'People on this page' });
    expect(within(people).getByText('maria@eastside-youth.example.org')).toBeTruthy();
    expect(within(people).getByRole('checkbox', { name: /Maria Lopez/ })).toBeTruthy();
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe(
      'info@eastside-youth.example.org',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save partner' }));
    expect(onSave).toHaveBeenCalledOnce();
    const [partner, saved] = onSave.mock.calls[0]!;
    expect(partner.kind).toBe('nonprofit');
    expect(saved).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'Maria Lopez',
          role: 'Program Director',
          emails: ['maria@eastside-youth.example.org'],
        }),
      ]),
    );
  });
});
