import { registerCatalogue } from '../../lib/i18n';
import { es } from '../../lib/i18n/catalog-es';

// The panel fetches Spanish when it is chosen (lib/i18n/t.ts loadLanguage); tests switch
// languages synchronously with setLocale, so every catalogue is here from the start.
registerCatalogue('es', es);
