import { render } from 'preact';

render(<p>Bridgework</p>, document.getElementById('app')!);
