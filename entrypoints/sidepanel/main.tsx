import { startPanel } from './start-panel';
import './style.css';

void startPanel(document.getElementById('app')!);
