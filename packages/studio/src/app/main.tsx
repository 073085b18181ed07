// The components' stylesheet brings the brand's fonts and base styles (as a partner site imports it).
import '@blason/react/styles.css';
import '@blason/theme/css/blason.css';
import './studio.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
