import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extract } from '../lib/capture/extract';

// Injected into a page on demand; its return value is the executeScript result.
export default defineUnlistedScript(() => extract(document, location.href));
