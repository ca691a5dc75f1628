import type { Partner } from '../../lib/model/partner';
import { lazyView } from '../common/lazy-view';
import type { CaptureReview as Review } from '../capture/CaptureReview';
import type { PartnerDetail as Detail } from './PartnerDetail';
import type { PartnerForm as Form } from './PartnerForm';

/**
 * The partners view's screens other than the list, each in its own chunk: the form and the
 * capture review carry the input rules (the public suffix list and phone metadata, the largest
 * part of the panel's code), which the list never needs.
 */
type FormProps = Omit<Parameters<typeof Form>[0], 'initial'> & {
  /** The partner being edited; a new partner's form when absent. */
  partner?: Partner;
};

export const PartnerFormScreen = lazyView<FormProps>(async () => {
  const [{ PartnerForm }, { EMPTY_PARTNER_FORM, partnerToForm }] = await Promise.all([
    import('./PartnerForm'),
    import('./partner-form-values'),
  ]);
  return ({ partner, ...props }: FormProps) => (
    <PartnerForm {...props} initial={partner ? partnerToForm(partner) : EMPTY_PARTNER_FORM} />
  );
});

export const PartnerDetailScreen = lazyView<Parameters<typeof Detail>[0]>(() =>
  import('./PartnerDetail').then((m) => m.PartnerDetail),
);

export const CaptureReviewScreen = lazyView<Parameters<typeof Review>[0]>(() =>
  import('../capture/CaptureReview').then((m) => m.CaptureReview),
);

/** Fetches every screen now: tests that click through synchronously call it first. */
export const preloadPartnerScreens = () =>
  Promise.all(
    [PartnerFormScreen, PartnerDetailScreen, CaptureReviewScreen].map((s) => s.preload()),
  );
