import { paintFirstView } from './first-paint';
import './style.css';

// The list as last shown first, from this small chunk; then the app, which takes over the root.
const root = document.getElementById('app')!;
void paintFirstView(root).then((painted) =>
  import('./start-panel').then(({ startPanel }) => startPanel(root, painted)),
);
